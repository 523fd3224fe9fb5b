"""PDF files made on the server (fpdf2), in any of the portal's languages: the text is
shaped with HarfBuzz, so Arabic and Persian are joined and run right to left, in
Debian's DejaVu Sans (fonts-dejavu-core), which has their letters. No service outside
sees what the file holds."""

import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from fpdf import FPDF

FONTS = Path(settings.PORTAL_PDF_FONT_DIRECTORY)
RTL = {"ar": "arab", "fa": "arab"}


@dataclass
class Line:
    text: str
    size: int = 12
    bold: bool = False
    gap: float = 2  # millimetres before the line


@dataclass
class Page:
    language: str
    lines: list = field(default_factory=list)
    image: bytes = b""  # a PNG (a QR code), at the foot of the page


def document(title, pages):
    """A PDF of ``pages`` (one language each): its bytes."""
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_creator("Stockholms stad")
    pdf.set_margins(25, 30, 25)
    pdf.add_font("DejaVu", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", style="B", fname=str(FONTS / "DejaVuSans-Bold.ttf"))
    for page in pages:
        pdf.add_page()
        rtl = page.language in RTL
        for line in page.lines:
            # Each line runs the way its first letter does (as dir="auto" in HTML): a
            # name in Latin letters or an address on an Arabic page stays in its order.
            direction = _direction(line.text, "rtl" if rtl else "ltr")
            pdf.set_text_shaping(
                use_shaping_engine=True,
                direction=direction,
                script=RTL.get(page.language, "latn") if direction == "rtl" else "latn",
                language=page.language,
            )
            pdf.set_font("DejaVu", "B" if line.bold else "", line.size)
            pdf.ln(line.gap)
            pdf.multi_cell(
                0, line.size * 0.5, line.text, align="R" if rtl else "L", new_x="LMARGIN"
            )
        if page.image:
            pdf.ln(6)
            x = pdf.w - pdf.r_margin - 35 if rtl else pdf.l_margin
            pdf.image(io.BytesIO(page.image), x=x, w=35)
    return bytes(pdf.output())


def _direction(text, default):
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default
