"""Reminders before a forum and notices when it changes: due at the right time, in the
registrant's language, with what they need (time, place, access, how to cancel, the
calendar file), by text message for a phone number alone, and never twice."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import EventIndexPage, EventPage, Registration
from events.reminders import send_change_notices, send_reminders
from outbox.models import Message
from tests.conftest import translation_of
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

ANSWERS = {
    "name": "Amina Ali",
    "email": "amina@example.com",
    "phone": "",
    "people": "2",
    "website": "",
}


def move(forum, start):
    """Set every language version's start (as syncing the translations would)."""
    for version in EventPage.objects.filter(translation_key=forum.translation_key):
        version.start, version.end = start, start + datetime.timedelta(hours=2)
        version.registration_deadline = None
        version.save_revision().publish()
    forum.refresh_from_db()


def register(client, forum, **changes):
    url = f"/{forum.locale.language_code}/forum-registration/{forum.pk}/"
    response = client.post(url, {**ANSWERS, **changes})
    assert response.status_code == 303, response.text
    return Registration.objects.get(token=response["Location"].rstrip("/").rsplit("/", 1)[-1])


@pytest.fixture
def forum():
    index = EventIndexPage.objects.get(locale__language_code="sv")
    return EventPageFactory(parent=index, slug="paminnelse", capacity=20)


@pytest.fixture
def somali_forum():
    """The demo's Järva forum in Somali, with nobody registered; days ahead."""
    somali = translation_of(EventPage, "halsa-och-valmaende-i-jarva", "so")
    Registration.objects.filter(event_key=somali.translation_key).delete()
    return somali


def sent_about(registration, purpose):
    return Message.objects.filter(object_id=registration.pk, purpose=purpose)


def test_the_reminder_goes_once_the_day_before_and_not_earlier(client, forum, mail_worker):
    move(forum, timezone.now() + datetime.timedelta(hours=30))
    registration = register(client, forum)

    assert send_reminders() == 0  # 30 hours ahead: too early

    now = forum.start - datetime.timedelta(hours=23)
    assert send_reminders(now=now) == 1
    assert send_reminders(now=now) == 0
    assert send_reminders(now=now + datetime.timedelta(hours=20)) == 0
    registration.refresh_from_db()
    assert registration.reminded_for == forum.start
    assert sent_about(registration, "reminder").count() == 1


@override_settings(PORTAL_FORUM_REMINDER_HOURS=72)
def test_the_reminder_time_is_a_setting(client, forum):
    move(forum, timezone.now() + datetime.timedelta(hours=100))
    register(client, forum)

    assert send_reminders(now=forum.start - datetime.timedelta(hours=73)) == 0
    assert send_reminders(now=forum.start - datetime.timedelta(hours=71)) == 1


def test_the_reminder_is_in_the_registrants_language_with_all_they_need(
    client, somali_forum, mail_worker
):
    move(somali_forum, timezone.now() + datetime.timedelta(hours=48))
    register(client, somali_forum)
    mail_worker()  # the confirmation
    mail.outbox.clear()

    assert send_reminders(now=somali_forum.start - datetime.timedelta(hours=20)) == 1
    mail_worker()

    [email] = mail.outbox
    with translation.override("so"):
        subject = gettext("Reminder: %(title)s") % {"title": somali_forum.title}
        cancel = gettext(
            "Cannot come? Cancel your registration here, so that someone else can have your place:"
        )
        stockholm_time = gettext("Stockholm time")
    with translation.override("en"):
        assert subject != gettext("Reminder: %(title)s") % {"title": somali_forum.title}
    assert email.subject == subject
    body = email.body
    start = timezone.localtime(somali_forum.start)
    assert f"{start:%H:%M}\u2013" in body
    assert f"({stockholm_time})" in body
    assert somali_forum.venue_name in body and somali_forum.venue_address in body
    assert somali_forum.venue_accessibility in body
    assert cancel in body
    assert re.search(r"http://testserver/so/forum-registrations/[\w-]+/", body)
    [(name, ics, mimetype)] = email.attachments
    assert (name, mimetype) == (f"{somali_forum.slug}.ics", "text/calendar")
    utc = somali_forum.start.astimezone(datetime.UTC)
    assert f"DTSTART:{utc:%Y%m%dT%H%M%SZ}" in ics
    assert f"SUMMARY:{somali_forum.title}" in ics


def test_one_address_registered_twice_gets_one_reminder(client, forum):
    move(forum, timezone.now() + datetime.timedelta(hours=30))
    first = register(client, forum)
    second = register(client, forum, email="AMINA@example.com", people="1")

    assert send_reminders(now=forum.start - datetime.timedelta(hours=2)) == 1
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.reminded_for == second.reminded_for == forum.start


def test_whoever_registers_within_the_window_gets_no_separate_reminder(client, forum):
    move(forum, timezone.now() + datetime.timedelta(hours=5))
    register(client, forum)

    assert send_reminders() == 0


def test_the_waiting_list_gets_no_reminder(client, forum):
    forum.capacity = 2
    forum.save_revision().publish()
    move(forum, timezone.now() + datetime.timedelta(hours=30))
    register(client, forum, email="first@example.com")
    waiting = register(client, forum, email="second@example.com")
    assert waiting.status == Registration.Status.WAITING

    assert send_reminders(now=forum.start - datetime.timedelta(hours=2)) == 1
    assert not sent_about(waiting, "reminder").exists()


def test_a_moved_forum_tells_everyone_registered_in_their_language_and_reminds_again(
    client, somali_forum, mail_worker
):
    somali_forum_sv = EventPage.objects.get(
        translation_key=somali_forum.translation_key, locale__language_code="sv"
    )
    in_somali = register(client, somali_forum)
    in_swedish = register(client, somali_forum_sv, email="lars@example.com")
    assert send_change_notices() == 0
    mail_worker()
    mail.outbox.clear()

    # The editor moves the Swedish page; the Somali translation is not synced yet.
    new_start = somali_forum.start + datetime.timedelta(days=7)
    somali_forum_sv.status = "moved"
    somali_forum_sv.status_note = "Forumet flyttas en vecka."
    somali_forum_sv.start, somali_forum_sv.end = new_start, new_start + datetime.timedelta(hours=2)
    somali_forum_sv.save_revision().publish()

    assert send_change_notices() == 2
    assert send_change_notices() == 0  # never twice
    mail_worker()
    by_address = {email.to[0]: email for email in mail.outbox}
    with translation.override("so"):
        moved_so = gettext("Moved: %(title)s") % {"title": somali_forum.title}
    assert by_address["amina@example.com"].subject == moved_so
    assert by_address["lars@example.com"].subject == f"Flyttat: {somali_forum_sv.title}"
    new_time = f"{timezone.localtime(new_start):%H:%M}"
    for email in mail.outbox:
        assert new_time in email.body
        assert "Forumet flyttas en vecka." in email.body  # the newest version's note
        assert "SEQUENCE:" in email.attachments[0][1]

    # Registered after the change: nothing to tell; before the new day, a reminder.
    late = register(client, somali_forum_sv, email="late@example.com")
    assert send_change_notices() == 0
    assert send_reminders(now=new_start - datetime.timedelta(hours=3)) == 3
    for registration in (in_somali, in_swedish, late):
        assert sent_about(registration, "reminder").count() == 1


def test_a_cancelled_forum_tells_everyone_and_sends_no_reminder(client, forum, mail_worker):
    move(forum, timezone.now() + datetime.timedelta(hours=30))
    registration = register(client, forum)
    forum.status, forum.status_note = "cancelled", "Lokalen är stängd."
    forum.save_revision().publish()

    assert send_change_notices() == 1
    assert send_reminders(now=forum.start - datetime.timedelta(hours=2)) == 0
    mail_worker()
    notice = [email for email in mail.outbox if email.subject.startswith("Inställt")]
    [notice] = notice
    assert "Lokalen är stängd." in notice.body
    assert registration.token not in notice.body  # nothing to cancel
    assert "STATUS:CANCELLED" in notice.attachments[0][1]


def test_a_phone_number_alone_gets_a_text_message_in_its_language(
    client, somali_forum, sms_server, mail_worker
):
    move(somali_forum, timezone.now() + datetime.timedelta(hours=30))
    registration = register(client, somali_forum, email="", phone="070-123 45 67")

    assert send_change_notices() == 0
    assert send_reminders(now=somali_forum.start - datetime.timedelta(hours=2)) == 1
    mail_worker()

    [sms] = sms_server.received
    assert sms["to"] == "+46701234567"
    with translation.override("so"):
        assert sms["message"].startswith(
            gettext("Reminder: %(title)s") % {"title": somali_forum.title}
        )
    assert f"/so/forum-registrations/{registration.token}/" in sms["message"]
    assert sent_about(registration, "reminder").get().channel == "sms"


def test_the_scheduler_command_says_what_it_queued(client, forum, capsys):
    move(forum, timezone.now() + datetime.timedelta(hours=3))
    Registration.objects.create(
        event=forum,
        event_key=forum.translation_key,
        language="sv",
        name="X",
        email="x@example.com",
        notified_sequence=forum.sequence,
    )

    call_command("notify_forum_registrants")

    assert capsys.readouterr().out.strip() == "Queued 0 change notices and 1 reminders."


def test_the_command_can_act_as_at_a_later_time(client, forum, capsys):
    move(forum, timezone.now() + datetime.timedelta(days=5))
    register(client, forum)
    at = timezone.localtime(forum.start - datetime.timedelta(hours=20))

    call_command("notify_forum_registrants", "--now", at.strftime("%Y-%m-%dT%H:%M"))

    assert capsys.readouterr().out.strip() == "Queued 0 change notices and 1 reminders."
