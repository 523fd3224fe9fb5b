import sys

from django.core.management.base import BaseCommand

from contacts.spreadsheet import export_contacts


class Command(BaseCommand):
    help = "Write the city contacts as CSV, in the format import_contacts reads."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument("--language", default="sv", help="Language to export (default: sv).")

    def handle(self, output=None, language="sv", **options):
        if output:
            with open(output, "w", encoding="utf-8", newline="") as file:
                count = export_contacts(file, language=language)
            self.stderr.write(f"Wrote {count} contacts to {output}.")
        else:
            export_contacts(sys.stdout, language=language)
