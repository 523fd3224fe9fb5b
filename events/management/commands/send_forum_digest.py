from django.core.management.base import BaseCommand

from events.subscriptions import send_digests


class Command(BaseCommand):
    help = (
        "Queue the weekly e-mail about new forums for each confirmed subscription that is "
        "due and has new forums to tell of, in its language. The scheduler runs this daily."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {send_digests()} digests of new forums.")
