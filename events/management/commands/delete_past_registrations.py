from django.conf import settings
from django.core.management.base import BaseCommand

from core.retention import cutoff
from events.apps import purge_registrations


class Command(BaseCommand):
    help = (
        "Delete forum registrations (personal data) once their forum ended more than "
        "--days days ago, with what the audit log says about them. enforce_retention "
        "runs this daily with the other stores."
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
        before = cutoff(days)
        deleted = purge_registrations(before)
        self.stdout.write(
            f"Deleted {deleted} registrations of forums that ended before "
            f"{before:%Y-%m-%d %H:%M}, with their history."
        )
