from django.conf import settings
from django.core.management.base import BaseCommand

from core.retention import cutoff
from courses.apps import purge_applications


class Command(BaseCommand):
    help = (
        "Delete programme applications and offers to mentor (personal data) received more "
        "than --days days ago and not accepted, with what the audit log says about them. "
        "Accepted ones (participants and mentors) are kept MENTORING_RETENTION_DAYS. "
        "enforce_retention runs this daily with the other stores."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.PORTAL_APPLICATION_RETENTION_DAYS,
            help="Keep them this many days after they came in (default: %(default)s).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            self.stderr.write("--days cannot be negative.")
            raise SystemExit(2)
        before = cutoff(days)
        deleted = purge_applications(before)
        self.stdout.write(
            f"Deleted {deleted} applications and offers to mentor not accepted, received before "
            f"{before:%Y-%m-%d %H:%M}, with their history."
        )
