import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from events.reminders import send_change_notices, send_reminders


class Command(BaseCommand):
    help = (
        "Queue the reminders that are due before forums, and a notice to everyone "
        "registered for a forum that was moved, cancelled or changed, in each person's "
        "language (e-mail, or a text message for a phone number alone). Nobody gets "
        "one twice. The scheduler runs this every minute."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            type=datetime.datetime.fromisoformat,
            help=(
                "Act as if it were this time (ISO 8601, Stockholm time unless it says): "
                "to send, say, the reminders due tomorrow evening now."
            ),
        )

    def handle(self, *args, now=None, verbosity=1, **options):
        if now is not None and timezone.is_naive(now):
            now = timezone.make_aware(now)
        notices = send_change_notices(now=now)
        reminders = send_reminders(now=now)
        # The scheduler runs this every minute: quiet when there was nothing to send.
        if notices or reminders or verbosity > 1:
            self.stdout.write(f"Queued {notices} change notices and {reminders} reminders.")
