"""QR codes drawn by the server (segno): no third-party service sees what they hold."""

import io

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_svg(text, label, scale=4):
    """An inline SVG of ``text`` as a QR code, an image named ``label`` for screen readers."""
    code = segno.make(text, error="m")
    svg = code.svg_inline(scale=scale, dark="#000", light="#fff", svgclass="qr", lineclass=None)
    # The drawing is ours (segno's output): only the label comes from outside.
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))


def qr_png(text, scale=6):
    """``text`` as a QR code in a PNG file, to attach to an e-mail or print."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
