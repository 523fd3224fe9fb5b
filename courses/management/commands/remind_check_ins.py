from django.conf import settings
from django.core.management.base import BaseCommand

from courses.mentorships import remind


class Command(BaseCommand):
    help = (
        "E-mail mentor and participant about each check-in (meeting) of a running "
        "mentorship due within PORTAL_CHECK_IN_NOTICE_DAYS days, once, through the "
        "outbox. The scheduler runs it daily."
    )

    def handle(self, *args, **options):
        count = remind()
        days = settings.PORTAL_CHECK_IN_NOTICE_DAYS
        self.stdout.write(
            f"Reminded mentor and participant of {count} check-ins due within {days} days."
        )
