from django.core.management.base import BaseCommand

from events.reminders import send_change_notices, send_reminders


class Command(BaseCommand):
    help = (
        "Queue the reminders that are due before forums, and a notice to everyone "
        "registered for a forum that was moved, cancelled or changed, in each person's "
        "language (e-mail, or a text message for a phone number alone). Nobody gets "
        "one twice. The scheduler runs this every minute."
    )

    def handle(self, *args, **options):
        notices = send_change_notices()
        reminders = send_reminders()
        self.stdout.write(f"Queued {notices} change notices and {reminders} reminders.")
