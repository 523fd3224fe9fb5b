"""City contacts to and from CSV, so the city can keep hundreds of them in a spreadsheet.

One row per contact. Districts and topics are their slugs separated by
semicolons; an empty cell means the whole city or any question. Rows are
matched to existing contacts by their reference, so importing the same file
twice changes nothing.
"""

import csv
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale

from contacts.models import CityContact
from core.exports import Writer, restore
from taxonomy.models import District, Topic

COLUMNS = [
    "reference",
    "name",
    "kind",
    "districts",
    "topics",
    "helps_with",
    "phone",
    "email",
    "website",
    "visiting_address",
    "opening_hours",
    "accessibility",
    "is_fallback",
]
TEXT_FIELDS = [
    "name",
    "kind",
    "helps_with",
    "phone",
    "email",
    "website",
    "visiting_address",
    "opening_hours",
    "accessibility",
]
TRUE, FALSE = {"yes", "ja", "true", "1", "x"}, {"", "no", "nej", "false", "0"}


class ImportFailed(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _split(cell):
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def import_contacts(lines, language="sv"):
    """Create or update contacts from CSV text lines. All rows or none.

    Every row is checked before anything is saved; ImportFailed lists each bad
    row by its line number in the file.
    """
    locale = Locale.objects.get(language_code=language)
    reader = csv.DictReader(lines)
    fieldnames = _read(reader, lambda: reader.fieldnames) or []
    if any("\x00" in column for column in fieldnames):
        raise ImportFailed([f"Line 1: {NUL_PROBLEM}."])
    missing = [column for column in ("reference", "name", "kind") if column not in fieldnames]
    if missing:
        raise ImportFailed([f"Line 1: missing column(s): {', '.join(missing)}."])
    unknown = [column for column in fieldnames if column not in COLUMNS]
    if unknown:
        raise ImportFailed([f"Line 1: unknown column(s): {', '.join(unknown)}."])

    districts = {d.slug: d for d in District.objects.filter(locale=locale)}
    topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
    existing = {c.reference: c for c in CityContact.objects.filter(locale=locale)}
    stored_terms = _stored_terms(locale)
    errors, rows, seen = [], [], {}

    last_line = reader.line_num
    for row in _rows(reader):
        # A quoted cell may span lines: name the line the row starts on.
        line, last_line = last_line + 1, reader.line_num
        problems = []
        if any("\x00" in cell for cell in _cells(row)):
            # PostgreSQL cannot store it, and no contact has one.
            errors.append(f"Line {line}: {NUL_PROBLEM}.")
            continue
        # What export_contacts wrote as text (a phone number "+46 8 …") reads back as typed.
        row = {key: restore(value) for key, value in row.items()}
        reference = (row.get("reference") or "").strip()
        if reference in seen:
            problems.append(f"reference {reference!r} is also used on line {seen[reference]}")
        seen[reference] = line
        contact = existing.get(reference) or CityContact(locale=locale, reference=reference)
        before = _state(contact, *stored_terms.get(contact.pk, (set(), set())))
        for field in TEXT_FIELDS:
            if field in row:
                setattr(contact, field, (row[field] or "").strip())
        fallback = (row.get("is_fallback") or "").strip().lower()
        if fallback in TRUE:
            contact.is_fallback = True
        elif fallback in FALSE:
            contact.is_fallback = False
        else:
            problems.append(f"is_fallback must be yes or no, not {fallback!r}")
        chosen = {}
        for column, known in (("districts", districts), ("topics", topics)):
            slugs = _split(row.get(column))
            bad = [slug for slug in slugs if slug not in known]
            if bad:
                problems.append(f"unknown {column}: {', '.join(bad)}")
            chosen[column] = [known[slug] for slug in slugs if slug in known]
        try:
            contact.full_clean(
                exclude=["translation_key", "districts", "topics"], validate_unique=False
            )
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                problems.extend(f"{field}: {message}" for message in messages)
        if problems:
            errors.append(f"Line {line}: " + "; ".join(problems) + ".")
        else:
            after = _state(
                contact,
                {district.pk for district in chosen["districts"]},
                {topic.pk for topic in chosen["topics"]},
            )
            rows.append((contact, chosen, contact.pk is None or after != before))

    if errors:
        raise ImportFailed(errors)

    summary = ImportSummary()
    with transaction.atomic():
        for contact, chosen, changed in rows:
            is_new = contact.pk is None
            if not changed:
                summary.unchanged += 1
                continue
            contact.districts = chosen["districts"]
            contact.topics = chosen["topics"]
            contact.save()
            if is_new:
                summary.created += 1
            else:
                summary.updated += 1
    return summary


NUL_PROBLEM = "a cell holds a NUL character (0x00), which is not text; save the file as CSV UTF-8"


def _read(reader, step):
    """What ``step`` reads from the file; a line the CSV reader cannot read ends the import
    with its line number (a cell longer than the reader takes is the usual one)."""
    try:
        return step()
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            problem = (
                f"a cell holds more than {csv.field_size_limit()} characters, "
                "more than any contact field takes"
            )
        else:
            problem = f"cannot be read as CSV ({error})"
        # The reader counts the lines it has read whole: the one it failed on is the next.
        raise ImportFailed([f"Line {reader.line_num + 1}: {problem}."]) from error


def _rows(reader):
    rows = iter(reader)
    while True:
        try:
            yield _read(reader, lambda: next(rows))
        except StopIteration:
            return


def _cells(row):
    """Every cell of a DictReader row, also those past the header's columns."""
    for value in row.values():
        if isinstance(value, list):
            yield from value
        elif value is not None:
            yield value


def _stored_terms(locale):
    """contact id -> (district ids, topic ids) as saved, in two queries."""
    terms = {}
    for index, (through, field) in enumerate(
        ((CityContact.districts.through, "district_id"), (CityContact.topics.through, "topic_id"))
    ):
        rows = through.objects.filter(citycontact__locale=locale).values_list(
            "citycontact_id", field
        )
        for contact_id, term_id in rows:
            terms.setdefault(contact_id, (set(), set()))[index].add(term_id)
    return terms


def _state(contact, district_ids, topic_ids):
    """Everything a row sets on a contact, to tell whether importing it changes anything."""
    text = tuple(getattr(contact, field) for field in TEXT_FIELDS)
    return text, contact.is_fallback, frozenset(district_ids), frozenset(topic_ids)


def export_contacts(output, language="sv"):
    """Write every contact of ``language`` as CSV to ``output``. Returns the count."""
    writer = Writer(output)
    writer.writerow(COLUMNS)
    contacts = CityContact.objects.filter(locale__language_code=language).prefetch_related(
        "districts", "topics"
    )
    count = 0
    for contact in contacts.order_by("reference"):
        row = {field: getattr(contact, field) for field in TEXT_FIELDS}
        row.update(
            reference=contact.reference,
            districts=";".join(sorted(d.slug for d in contact.districts.all())),
            topics=";".join(sorted(t.slug for t in contact.topics.all())),
            is_fallback="yes" if contact.is_fallback else "no",
        )
        writer.writerow([row[column] for column in COLUMNS])
        count += 1
    return count
