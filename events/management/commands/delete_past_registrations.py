import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.models import Registration


class Command(BaseCommand):
    help = (
        "Delete forum registrations (personal data) once their forum ended more than "
        "--days days ago. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.PORTAL_REGISTRATION_RETENTION_DAYS,
            help="Keep registrations this many days after the forum (default: %(default)s).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            self.stderr.write("--days cannot be negative.")
            raise SystemExit(2)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = Registration.objects.filter(event__end__lt=cutoff).delete()
        self.stdout.write(
            f"Deleted {deleted} registrations of forums that ended before {cutoff:%Y-%m-%d %H:%M}."
        )
