"""An e-mail backend that stores messages in the outbox instead of sending them.

Set as ``MAILERS["default"]``, so that every e-mail any code sends (ours, Wagtail's
moderation notifications, password resets) is queued in the sender's transaction and
delivered by the worker through ``MAILERS[OUTBOX_MAILER]``.
"""

from django.core.mail.backends.base import BaseEmailBackend

from outbox.sending import queue


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for email in email_messages:
            queue(email)
        return len(email_messages)
