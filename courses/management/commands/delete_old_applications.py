import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.models import Application, MentorOffer


class Command(BaseCommand):
    help = (
        "Delete programme applications and offers to mentor (personal data) received more "
        "than --days days ago. Run it daily."
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
        cutoff = timezone.now() - datetime.timedelta(days=days)
        applications, _ = Application.objects.filter(created_at__lt=cutoff).delete()
        offers, _ = MentorOffer.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(
            f"Deleted {applications} applications and {offers} offers to mentor "
            f"received before {cutoff:%Y-%m-%d %H:%M}."
        )
