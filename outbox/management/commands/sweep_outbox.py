from django.core.management.base import BaseCommand

from outbox.sending import sweep


class Command(BaseCommand):
    help = (
        "Give every queued e-mail whose task was lost a task again, so that the worker "
        "sends it. The scheduler runs it every five minutes."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{sweep()} e-mails enqueued again.")
