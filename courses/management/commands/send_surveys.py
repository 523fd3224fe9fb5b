from django.core.management.base import BaseCommand

from courses.surveys import send_due


class Command(BaseCommand):
    help = (
        "E-mail each participant of a round that has ended the survey due: at the end of "
        "the round, and a year later; once each, through the outbox. The scheduler runs "
        "it daily."
    )

    def handle(self, *args, **options):
        count = send_due()
        self.stdout.write(f"Asked {count} participants to answer a survey.")
