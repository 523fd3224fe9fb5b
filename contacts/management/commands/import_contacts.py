from django.core.management.base import BaseCommand, CommandError

from contacts.spreadsheet import COLUMNS, ImportFailed, import_contacts


class Command(BaseCommand):
    help = (
        "Create or update city contacts from a CSV file (UTF-8, comma-separated, with a "
        f"header row). Columns: {', '.join(COLUMNS)}. If any row is wrong, nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The CSV file to import.")
        parser.add_argument(
            "--language",
            default="sv",
            help="Language of the contacts in the file (default: sv, the source language).",
        )

    def handle(self, path, language, **options):
        try:
            with open(path, encoding="utf-8-sig", newline="") as file:
                summary = import_contacts(file, language=language)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text. Save it as CSV UTF-8.") from error
        except ImportFailed as error:
            raise CommandError(
                f"Nothing was imported: {len(error.errors)} row(s) need fixing.\n{error}"
            ) from error
        self.stdout.write(
            f"Imported {path}: {summary.created} created, {summary.updated} updated, "
            f"{summary.unchanged} unchanged."
        )
