"""Text messages go through the outbox and the worker like e-mail, to the provider's HTTP
API (a recording server on loopback here), and are retried while the provider is down."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from outbox.models import Message
from outbox.sending import queue_sms
from outbox.sms import e164

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "written, international",
    [
        ("070-123 45 67", "+46701234567"),
        ("08-508 00 508", "+46850800508"),
        ("+46 70 123 45 67", "+46701234567"),
        ("0046 (0)70 1234567", "+46701234567"),
        ("+252 61 234 5678", "+252612345678"),
    ],
)
def test_numbers_are_sent_in_the_international_form(written, international):
    assert e164(written) == international


def test_the_worker_sends_a_text_message_to_the_provider(sms_server, mail_worker):
    message = queue_sms("070-123 45 67", "Påminnelse: forum i morgon kl. 18.", "SMS: påminnelse")

    assert sms_server.received == []  # queued, not sent in the caller's request
    mail_worker()

    [sent] = sms_server.received
    assert sent == {
        "path": "/a1/sms",
        "user": "u-test",
        "password": "p-test",
        "from": "Stockholm",
        "to": "+46701234567",
        "message": "Påminnelse: forum i morgon kl. 18.",
    }
    message.refresh_from_db()
    assert (message.channel, message.status, message.attempts) == ("sms", "sent", 1)


def test_a_provider_that_is_down_gets_the_message_later(sms_server, mail_worker):
    sms_server.answer_status = 503
    message = queue_sms("0701234567", "Forumet är inställt.", "SMS: ändring")

    mail_worker()
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == ("queued", 1, "SMSError")

    sms_server.answer_status = 200
    DBTaskResult.objects.filter(status="READY").update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )
    mail_worker()
    message.refresh_from_db()
    assert message.status == "sent"
    assert [sent["message"] for sent in sms_server.received] == ["Forumet är inställt."]


@override_settings(SMS_BACKEND="off")
def test_with_text_messages_off_nothing_is_queued(mail_worker):
    assert queue_sms("0701234567", "Hej", "SMS") is None
    assert not Message.objects.filter(channel="sms").exists()


@override_settings(SMS_BACKEND="console")
def test_in_development_the_worker_prints_the_message(mail_worker, capsys):
    queue_sms("0701234567", "Välkommen i morgon!", "SMS")
    mail_worker()

    assert "SMS to +46701234567:\nVälkommen i morgon!" in capsys.readouterr().out
