import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from outbox.apps import purge_emails


class Command(BaseCommand):
    help = (
        "Delete e-mails that were sent or given up on more than OUTBOX_RETENTION_DAYS "
        "days ago (they hold addresses and cancel links). Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.OUTBOX_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted = purge_emails(cutoff)
        self.stdout.write(f"Deleted {deleted} e-mails from before {cutoff:%Y-%m-%d}.")
