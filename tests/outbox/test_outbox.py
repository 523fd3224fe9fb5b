"""The outbox: e-mails are queued with what they are about, sent by the real worker
(db_worker) to a real SMTP server on loopback, retried while it is down, delivered once
when it comes up; promoted registrants are told in their language; staff can resend."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from events.models import EventIndexPage, Registration
from outbox.models import Message
from tests.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

ANSWERS = {
    "name": "Amina Ali",
    "email": "amina@example.com",
    "phone": "070-123 45 67",
    "people": "2",
    "website": "",
}


@pytest.fixture
def forum():
    """An upcoming forum with 10 places and nobody registered yet."""
    index = EventIndexPage.objects.get(locale__language_code="sv")
    return EventPageFactory(parent=index, slug="outbox-forum", capacity=10)


def register(client, forum):
    return client.post(f"/sv/forum-registration/{forum.pk}/", ANSWERS)


def pending_tasks():
    return DBTaskResult.objects.filter(backend_name="mail", status="READY")


def let_the_backoff_pass():
    """What the clock would do: every scheduled retry is due now."""
    pending_tasks().update(run_after=timezone.now() - datetime.timedelta(seconds=1))


def test_with_the_mail_server_down_the_e_mail_is_queued_retried_and_delivered_once_when_it_is_up(
    client, forum, smtp_server, mail_worker
):
    response = register(client, forum)

    # The request is answered without talking to the mail server: it is down, the
    # registration stands, and its e-mail waits in the outbox.
    registration = Registration.objects.get(event=forum)
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    [message] = Message.objects.all()
    assert (message.status, message.attempts, message.about) == ("queued", 0, registration)

    mail_worker()  # tries, fails, schedules a retry
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("queued", 1)
    assert message.last_error == "ConnectionRefusedError"
    assert message.next_attempt_at > timezone.now()
    [retry] = pending_tasks()
    assert retry.run_after == message.next_attempt_at
    mail_worker()  # the retry is not due yet
    message.refresh_from_db()
    assert message.attempts == 1
    assert smtp_server.received == []

    smtp_server.start()  # the same port
    let_the_backoff_pass()
    mail_worker()
    mail_worker()  # once more: nothing is sent twice

    [received] = smtp_server.received
    assert received["To"] == "amina@example.com"
    assert received["Message-ID"] == message.headers["Message-ID"]
    assert forum.title in received["Subject"]
    cancel_link = f"http://testserver/sv/forum-registrations/{registration.token}/"
    assert cancel_link in received.get_body(("plain",)).get_content()
    message.refresh_from_db()
    registration.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 2)
    assert registration.confirmation_sent_at == message.sent_at
    assert not pending_tasks().exists()


def test_the_request_never_talks_to_the_mail_server(client, forum, smtp_server, mail_worker):
    smtp_server.start()

    register(client, forum)

    assert smtp_server.received == []
    mail_worker()
    assert len(smtp_server.received) == 1


@override_settings(OUTBOX_MAX_ATTEMPTS=3)
def test_the_worker_gives_up_after_the_last_attempt(client, forum, mail_server_down, mail_worker):
    register(client, forum)

    for _attempt in range(4):
        mail_worker()
        let_the_backoff_pass()

    message = Message.objects.get()
    assert (message.status, message.attempts, message.next_attempt_at) == ("failed", 3, None)
    assert not pending_tasks().exists()
    assert Registration.objects.get(event=forum).confirmation_sent_at is None


def test_a_cancel_that_promotes_three_tells_each_once_in_their_own_language(
    client, forum, smtp_server, mail_worker
):
    smtp_server.start()
    first = RegistrationFactory(event=forum, people=10)
    waiting = {
        language: RegistrationFactory(
            event=forum,
            people=3,
            language=language,
            email=f"{language}@example.com",
            status=Registration.Status.WAITING,
        )
        for language in ("ar", "so", "fi")
    }

    response = client.post(reverse("forum_cancel", args=[first.token]))
    assert response.status_code == 200
    assert smtp_server.received == []
    mail_worker()
    mail_worker()

    assert sorted(m["To"] for m in smtp_server.received) == [
        "ar@example.com",
        "fi@example.com",
        "so@example.com",
    ]
    for received in smtp_server.received:
        language = received["To"].split("@")[0]
        with translation.override(language):
            expected = gettext("You have a place: %(title)s") % {"title": forum.title}
        assert received["Subject"] == expected
        assert waiting[language].token in received.get_body(("plain",)).get_content()
    for registration in waiting.values():
        registration.refresh_from_db()
        assert registration.status == Registration.Status.CONFIRMED
        assert registration.confirmation_sent_at is not None


def test_every_e_mail_any_code_sends_goes_through_the_outbox(mail_worker):
    mail.send_mail("Lösenord", "Återställ ditt lösenord.", None, ["editor@example.com"])

    assert mail.outbox == []
    assert Message.objects.get().to == ["editor@example.com"]
    mail_worker()
    [sent] = mail.outbox
    assert (sent.subject, sent.to) == ("Lösenord", ["editor@example.com"])


@pytest.fixture
def staff(django_user_model):
    def make(*codenames):
        user = django_user_model.objects.create_user("staff", "staff@example.com", "password")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in codenames:
            user.user_permissions.add(Permission.objects.get(codename=codename))
        return user

    return make


def test_staff_who_may_change_a_registration_resend_its_confirmation_once(
    client, forum, staff, mail_worker
):
    registration = RegistrationFactory(event=forum, email="amina@example.com")
    client.force_login(staff("view_registration", "change_registration"))
    inspect = client.get(reverse("forum_registrations:inspect", args=[registration.pk]))
    resend = reverse("forum_registrations:resend", args=[registration.pk])

    assert f'action="{resend}"' in inspect.text
    assert client.get(resend).status_code == 405
    response = client.post(resend)

    assert response.status_code == 302
    assert registration.emails.count() == 1
    mail_worker()
    [sent] = mail.outbox
    assert sent.to == ["amina@example.com"]
    assert registration.token in sent.body


def test_staff_who_may_only_view_cannot_resend(client, forum, staff):
    registration = RegistrationFactory(event=forum, email="amina@example.com")
    client.force_login(staff("view_registration"))
    resend = reverse("forum_registrations:resend", args=[registration.pk])

    inspect = client.get(reverse("forum_registrations:inspect", args=[registration.pk]))
    response = client.post(resend)

    assert inspect.status_code == 200
    assert resend not in inspect.text
    assert response.status_code == 302  # Wagtail's answer to a permission denied
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not registration.emails.exists()


def test_admin_lists_and_csv_show_when_the_confirmation_was_e_mailed(
    client, forum, admin_user, mail_worker
):
    register(client, forum)
    mail_worker()
    registration = Registration.objects.get(event=forum)
    client.force_login(admin_user)

    listing = client.get(reverse("forum_registrations:index") + f"?event={forum.pk}")
    export = client.get(reverse("forum_registrations:index") + f"?event={forum.pk}&export=csv")
    with translation.override("en"):
        text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    row = dict(zip(rows[0], rows[1], strict=True))

    assert listing.status_code == 200
    with translation.override("sv"):  # the admin language of every new account
        assert gettext("confirmation e-mailed at").lower() in listing.text.lower()
    sent = timezone.localtime(registration.confirmation_sent_at).strftime("%Y-%m-%d %H:%M")
    assert row["Confirmation e-mailed at"] == sent


def test_the_outbox_is_listed_for_administrators_only_without_bodies(
    client, forum, admin_user, staff, mail_worker
):
    register(client, forum)
    registration = Registration.objects.get(event=forum)

    client.force_login(admin_user)
    listing = client.get(reverse("outbox:index"))
    assert listing.status_code == 200
    assert forum.title in listing.text
    assert registration.token not in listing.text
    assert "amina@example.com" not in listing.text

    client.force_login(staff("view_registration", "change_registration"))
    assert client.get(reverse("outbox:index")).status_code == 302


def test_e_mails_are_deleted_with_their_registration_and_after_their_retention(
    client, forum, mail_worker
):
    register(client, forum)
    register(client, forum)
    mail_worker()
    first, second = Registration.objects.filter(event=forum).order_by("pk")

    first.delete()
    assert list(Message.objects.values_list("object_id", flat=True)) == [second.pk]

    Message.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    call_command("delete_old_emails", stdout=io.StringIO())
    assert not Message.objects.exists()
