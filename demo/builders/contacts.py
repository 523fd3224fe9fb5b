"""City contacts, from ``demo/content/contacts/contacts.csv``: the spreadsheet the city
keeps its contacts in (README, "City contacts in a spreadsheet"), imported the way
``import_contacts`` imports it.

The units are real parts of the City of Stockholm. Every card gives the number of the
city's contact centre, which puts callers through to the unit, and the city's website:
demo data must not invent direct numbers or addresses.
"""

import csv
import io

from wagtail.models import Locale

from contacts.models import CityContact
from contacts.spreadsheet import COLUMNS, ImportFailed, import_contacts
from demo.loader import CONTENT, TRANSLATIONS, DemoContentError, check_listed, translate_all

FOLDER = CONTENT / "contacts"
FILE = FOLDER / "contacts.csv"


def read():
    """The rows of the contacts file, each a dict of its columns."""
    check_listed(FOLDER, [FILE.name])
    with FILE.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def plan(rows):
    return f"Contacts: {len(rows)} contacts from {FILE.name}"


def _import(rows):
    """Import ``rows`` as import_contacts imports a file: all of them, or none."""
    spreadsheet = io.StringIO()
    writer = csv.DictWriter(spreadsheet, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    spreadsheet.seek(0)
    try:
        import_contacts(spreadsheet, language="sv")
    except ImportFailed as error:
        # On a first build every row is imported, so the line numbers are the file's.
        raise DemoContentError(f"{FILE.relative_to(CONTENT)}: {error}") from error


def build(rows, stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    existing = set(CityContact.objects.filter(locale=locale).values_list("reference", flat=True))
    # Only the contacts not there yet: one edited in the admin keeps its edits, as pages do.
    new = [row for row in rows if row["reference"] not in existing]
    if new:
        _import(new)
    contacts = by_reference(locale)
    made = [contacts[row["reference"]] for row in rows]
    created = translate_all(made, TRANSLATIONS / "contacts", update_catalogues)
    if stdout is not None:
        stdout.write(f"Contacts: {len(made)} contacts, {created} translations created.")


def by_reference(locale=None):
    """Swedish contacts by reference, for guides that show contact cards."""
    locale = locale or Locale.objects.get(language_code="sv")
    return {contact.reference: contact for contact in CityContact.objects.filter(locale=locale)}
