"""The loader of the demo content: it reads the data files and translates what the
builders make of them.

The content is data, in Swedish: ``demo/content/<subject>/``, a TOML file per page or
per list (the city contacts are a CSV file in the format ``import_contacts`` reads). The
builders in ``demo/builders/`` make pages and snippets of it and translate them the way
editors translate: through wagtail-localize, segment by segment. The translations live
in PO files (``demo/translations/<subject>/<language>.po``) whose msgids are the
Swedish segments, so a changed Swedish sentence shows up as a missing translation
instead of silently keeping an outdated one.
"""

import re
import tomllib
from contextlib import contextmanager
from pathlib import Path

import polib
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.strings import StringValue

from demo.processes import can_fork, in_processes, start_processes
from demo.sources import translation_source

SOURCE_LANGUAGE = "sv"
CONTENT = Path(__file__).resolve().parent / "content"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


class MissingDemoTranslation(Exception):
    pass


class DemoContentError(Exception):
    pass


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
LINE_BREAK_BETWEEN_TAGS = re.compile(r">[ \t]*\n\s*<")
LINE_BREAK = re.compile(r"\s*\n\s*")


def prose(text: str) -> str:
    """A string of a data file as the page gets it.

    Prose is wrapped in the files for reading: a line break is a space, or nothing
    between two tags (``</p>`` and ``<p>``, say); a blank line separates paragraphs and
    stays one blank line.
    """
    paragraphs = PARAGRAPH_BREAK.split(text.strip())
    return "\n\n".join(
        LINE_BREAK.sub(" ", LINE_BREAK_BETWEEN_TAGS.sub("><", paragraph))
        for paragraph in paragraphs
    )


def _unwrapped(value):
    if isinstance(value, str):
        return prose(value)
    if isinstance(value, list):
        return [_unwrapped(item) for item in value]
    if isinstance(value, dict):
        return {key: _unwrapped(item) for key, item in value.items()}
    return value


def read(path: Path) -> dict:
    """One TOML data file, its strings as :func:`prose` makes them."""
    with path.open("rb") as file:
        try:
            return _unwrapped(tomllib.load(file))
        except tomllib.TOMLDecodeError as error:
            raise DemoContentError(f"{path.relative_to(CONTENT)}: {error}") from error


def read_page(folder: Path, name: str) -> dict:
    """The data file of one page or list: ``<name>.toml`` in ``folder``."""
    return read(folder / f"{name}.toml")


def check_listed(folder: Path, names) -> None:
    """Fail unless ``folder`` holds exactly the data files and subfolders ``names`` (a
    file's name without ``.toml``): a file that no list names would never be built."""
    present = {
        path.name.removesuffix(".toml")
        for path in folder.iterdir()
        if not path.name.startswith(".")
    }
    where = folder.relative_to(CONTENT)
    for problem, found in (
        ("is in no list", present - set(names)),
        ("is listed but missing", set(names) - present),
    ):
        if found:
            raise DemoContentError(f"{where}/{sorted(found)[0]} {problem}.")


def stream(blocks) -> list[tuple]:
    """StreamField data from a data file's blocks: each a table with its ``type`` and
    either a ``value`` or the block's fields."""
    return [
        (
            block["type"],
            block["value"]
            if "value" in block
            else {key: value for key, value in block.items() if key != "type"},
        )
        for block in blocks
    ]


# Notes every save while the demo is built (indexes_updated_once).
SAVED = "demo-content-saved"


@contextmanager
def indexes_updated_once():
    """Build without updating the search index and Wagtail's reference index on every
    save, then bring both up to date once.

    Each page is saved several times while it is built (the page, its revision, its
    publication, each translation), and every save would update both indexes; once at
    the end, for everything, takes a fraction of the time. A run that saves nothing (the
    demo is all there) leaves them as they are.
    """
    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    saved = []
    post_save.connect(lambda sender, **kwargs: saved.append(sender), weak=False, dispatch_uid=SAVED)
    try:
        with disable_reference_index_auto_update():
            yield
            translated = finish_translations()
    finally:
        post_save.disconnect(dispatch_uid=SAVED)
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    if not saved and not translated:
        return  # a run that found everything there: the indexes are up to date
    commands = ["update_index", "rebuild_references_index"]
    if can_fork(commands):
        in_processes(lambda name: call_command(name, verbosity=0) or 0, commands, DemoContentError)
    else:
        for name in commands:
            call_command(name, verbosity=0)


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def load_catalogue(directory: Path, language: str) -> dict[str, str]:
    """Swedish segment -> translated segment, from one demo PO file."""
    path = directory / f"{language}.po"
    if not path.exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}


def source_texts(page) -> list[str]:
    """The Swedish segments wagtail-localize extracts from ``page``, in page order.

    Text from rich text keeps its inline tags, numbered as wagtail-localize
    numbers them: ``Läs mer på <a id="a1">val.se</a>.``
    """
    source = translation_source(page)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    return [segment.string.data for segment in segments.order_by("order")]


def update_catalogue(directory: Path, language: str, texts: list[str]) -> int:
    """Add any of ``texts`` missing from the language's PO file, untranslated. Returns the count."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{language}.po"
    if path.exists():
        po = polib.pofile(str(path), wrapwidth=0)
    else:
        po = polib.POFile(wrapwidth=0)
        po.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": language,
            "X-Source-Language": SOURCE_LANGUAGE,
        }
    known = {entry.msgid for entry in po}
    added = 0
    for text in texts:
        if text not in known:
            po.append(polib.POEntry(msgid=text, msgstr=""))
            known.add(text)
            added += 1
    if added:
        po.save(str(path))
    return added


def ensure_child(parent: Page, page: Page) -> tuple[Page, bool]:
    """Add and publish ``page`` under ``parent`` unless a page with its slug is there.

    An existing page is left as it is, so edits made in the admin survive a
    second run of the command.
    """
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing is not None:
        return existing, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


TAG = re.compile(r"<(\w+)(?: id=\"(\w+)\")?>")


def _translated_data(source, translated, instance):
    """wagtail-localize's data for a translation, keeping the source's inline tags.

    Segments of rich text carry their links and emphasis as numbered tags
    (``<a id="a1">``); a translation must use the same ones.
    """
    if not TAG.search(source):
        return StringValue.from_plaintext(translated).data
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translated)):
        raise MissingDemoTranslation(
            f"The translation {translated!r} must keep the tags of {source!r} ({instance})."
        )
    # What wagtail-localize checks when a translation is saved one by one.
    try:
        StringValue.from_translated_html(translated)
    except ValueError as error:
        message = f"{translated!r} is not valid ({instance}): {error}"
        raise MissingDemoTranslation(message) from error
    return StringValue(translated).data


@transaction.atomic
def translate_object(page, language: str, catalogue: dict[str, str], sources=None):
    """Create the ``language`` translation of ``page`` (or a translatable snippet)
    with wagtail-localize.

    Every segment must have a translation in ``catalogue``; otherwise
    MissingDemoTranslation names the missing Swedish text. An existing
    translation is left alone. ``sources`` keeps the page's translation source for
    its next language: extracting it again would read and rewrite every segment.
    """
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return (existing.specific if isinstance(existing, Page) else existing), False

    source = _source(page, {} if sources is None else sources)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string")
    translations = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, translation_of__in=[segment.string_id for segment in segments]
        )
    }
    new, changed = [], []
    for segment in segments:
        text = segment.string.data
        translated = catalogue.get(text)
        if not translated:
            raise MissingDemoTranslation(f"No {language} translation for {text!r} ({page}).")
        data = _translated_data(text, translated, page)
        row = translations.get((segment.string_id, segment.context_id))
        if row is None:
            row = StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context_id=segment.context_id,
                data=data,
            )
            translations[(segment.string_id, segment.context_id)] = row
            new.append(row)
        elif row.data != data:
            row.data = data
            changed.append(row)
    # In bulk: one query for all of a page's segments instead of two for each.
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(changed, ["data"])
    translation.save_target(publish=True)
    translated = page.get_translation(locale)
    return (translated.specific if isinstance(translated, Page) else translated), True


def translate_all(objects, directory: Path, update_catalogues=False, languages=None) -> int:
    """Translate ``objects`` into ``languages`` (default: all) from the app's demo PO files.

    With ``update_catalogues``, new Swedish texts are instead added, untranslated,
    to every language's file, for translators to fill in before the next run.
    Returns how many translations were created.
    """
    languages = languages or target_languages()
    if update_catalogues:
        texts = [text for instance in objects for text in source_texts(instance)]
        for language in languages:
            update_catalogue(directory, language, texts)
        return 0
    catalogues = {language: load_catalogue(directory, language) for language in languages}
    sources = {}

    def translate(instances, languages):
        created = 0
        # Each object into every language in turn, its source extracted once. A parent
        # comes before its children in ``objects``, so it is there in every language first.
        for instance in instances:
            for language in languages:
                _translation, was_created = translate_object(
                    instance, language, catalogues[language], sources
                )
                created += was_created
        return created

    tops = [instance for instance in objects if isinstance(instance, Page) and instance.depth <= 2]
    missing = [(instance, _missing(instance, languages)) for instance in objects]
    rest = [instance for instance, count in missing if count and instance not in tops]
    if not can_fork(languages):
        finish_translations()
        return translate(tops, languages) + translate(rest, languages)
    # Every segment is in the database before the processes start: they share the strings.
    # (The translations still under way add only pages and their own rows meanwhile.)
    for instance in rest:
        _source(instance, sources)
    # These pages hang under those translated last; the home pages' translations are
    # siblings under the tree's root: one at a time.
    finish_translations()
    created = translate(tops, languages)
    if rest:
        _under_way.append(
            start_processes(
                lambda language: translate(rest, [language]), languages, MissingDemoTranslation
            )
        )
    # What the processes will make (counted before they start).
    return created + sum(count for instance, count in missing if instance in rest)


# Translations started in other processes and not yet finished (start_processes).
_under_way = []


def finish_translations() -> int:
    """Wait for the translations under way in other processes; how many they made.

    Translating in the background lets the next subject's Swedish pages be built
    meanwhile. Whatever needs the translations (the next translations, the editorial
    demo's changes, the indexes) calls this first. A failure is raised here.
    """
    total = 0
    while _under_way:
        total += _under_way.pop(0).wait()
    return total


def _source(instance, sources):
    key = (instance._meta.label, instance.pk)
    if key not in sources:
        sources[key] = translation_source(instance)
    return sources[key]


def _missing(instance, languages) -> int:
    """How many of ``languages`` ``instance`` has no translation in."""
    translations = type(instance).objects.filter(
        translation_key=instance.translation_key, locale__language_code__in=languages
    )
    return len(languages) - translations.count()


def simple_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing ``lines`` of text, for demo downloads.

    Uses the standard Helvetica font with its Latin-1 encoding, which covers
    Swedish; other characters are replaced.
    """

    def text(line):
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return escaped.encode("latin-1", "replace")

    content = b"BT /F1 14 Tf 72 770 Td 20 TL\n"
    for line in lines:
        content += b"(" + text(line) + b") Tj T*\n"
    content += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    pdf += f"startxref\n{xref}\n%%EOF\n".encode()
    return pdf


def pdf_document(title, filename, lines):
    """A Wagtail document holding a one-page PDF of ``lines``, made once per title."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(simple_pdf(lines)), save=False)
        document.save()
    return document
