from django.core.management.base import BaseCommand, CommandError

from core import retention


class Command(BaseCommand):
    help = (
        "Delete personal data that has been kept as long as the privacy page says: forum "
        "registrations, applications, feedback comments, search statistics, e-mails, "
        "sign-in records. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            action="append",
            choices=sorted(store.name for store in retention.stores()),
            help="Purge only this store (may be given more than once).",
        )

    def handle(self, *args, only=None, **options):
        try:
            results = retention.enforce(only)
        except ValueError as error:
            raise CommandError(str(error)) from error
        for store in retention.stores():
            if store.name in results:
                self.stdout.write(
                    f"{store.name}: {results[store.name]} deleted (kept {store.days()} days)."
                )
