"""Signing up for a forum on its page: places, waiting list, deadline, bad input, spam,
a failing mail server, cancelling, and what organisers see."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from events.models import EventIndexPage, EventPage, Registration
from events.models.registrations import places
from tests.conftest import translation_of
from tests.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

ANSWERS = {
    "name": "Amina Ali",
    "email": "amina@example.com",
    "phone": "070-123 45 67",
    "people": "2",
    "language_needs": "Tolk till somaliska",
    "accessibility_needs": "Rullstolsplats",
    "website": "",
}


@pytest.fixture
def forum():
    """An upcoming forum with 10 places and nobody registered yet."""
    index = EventIndexPage.objects.get(locale__language_code="sv")
    return EventPageFactory(parent=index, slug="testforum", capacity=10)


def register(client, forum, **changes):
    """Post the form from the forum's page, in the page's language."""
    url = f"/{forum.locale.language_code}/forum-registration/{forum.pk}/"
    return client.post(url, {**ANSWERS, **changes})


def test_registration_is_saved_confirmed_and_e_mailed_with_a_cancel_link(
    client, forum, mail_worker
):
    response = register(client, forum)
    mail_worker()

    registration = Registration.objects.get(event=forum)
    assert response.status_code == 303
    assert response["Location"] == f"/sv/forum-registrations/{registration.token}/"
    assert registration.status == Registration.Status.CONFIRMED
    assert (registration.name, registration.people) == ("Amina Ali", 2)
    assert registration.language_needs == "Tolk till somaliska"
    assert registration.confirmation_sent_at is not None
    [message] = mail.outbox
    assert message.to == ["amina@example.com"]
    assert forum.title in message.subject
    assert f"http://testserver/sv/forum-registrations/{registration.token}/" in message.body
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Du är anmäld" in page.text
    assert 'name="robots" content="noindex"' in page.text
    assert "8 platser kvar" in client.get(forum.url).text


def test_a_full_forum_puts_new_registrations_on_the_waiting_list(client, forum, mail_worker):
    RegistrationFactory(event=forum, people=9)

    register(client, forum, people="2")  # 9 + 2 > 10
    register(client, forum, people="1", email="")  # one place is free, but someone waits
    mail_worker()

    waiting = Registration.objects.filter(event=forum, status=Registration.Status.WAITING)
    assert waiting.count() == 2
    assert "reservlista" in mail.outbox[0].subject
    assert "Forumet är fullt" in client.get(forum.url).text


def test_the_demo_has_a_full_forum_with_a_waiting_list(client):
    full = EventPage.objects.get(slug="forskola-och-skola-i-skarholmen")

    taken, waiting = places(full)

    assert taken == full.capacity and waiting > 0
    assert "Anmäl dig till reservlistan" in client.get(full.url).text


def test_places_are_shared_by_every_language_version_of_a_forum(client):
    swedish = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
    somali = translation_of(EventPage, "halsa-och-valmaende-i-jarva", "so")

    before, _ = places(swedish)
    response = register(client, somali, people="3")

    assert response.status_code == 303
    assert response["Location"].startswith("/so/")
    assert places(swedish)[0] == before + 3
    token = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    assert Registration.objects.get(token=token).language == "so"
    assert Registration.objects.get(token=token).event == somali


def test_after_the_deadline_the_form_is_closed_with_a_clear_message(client, forum):
    forum.registration_deadline = timezone.now() - datetime.timedelta(hours=1)
    forum.save_revision().publish()

    page = client.get(forum.url)
    response = register(client, forum)

    assert "Anmälan stängde" in page.text
    assert 'action="/sv/forum-registration/' not in page.text
    assert response.status_code == 400
    assert "Anmälan stängde" in response.text
    assert not Registration.objects.filter(event=forum).exists()


def test_a_cancelled_forum_takes_no_registrations(client, forum):
    forum.status = "cancelled"
    forum.status_note = "Lokalen är stängd."
    forum.save_revision().publish()

    response = register(client, forum)

    assert response.status_code == 400
    assert not Registration.objects.filter(event=forum).exists()


@pytest.mark.parametrize(
    "language, changes, message",
    [
        ("sv", {"name": ""}, "Skriv ditt namn."),
        ("sv", {"email": "amina@"}, "Skriv en e-postadress"),
        ("sv", {"people": "6"}, "Välj ett antal från 1 till 5."),
        ("sv", {"name": "\x07\x1b"}, "Skriv ditt namn."),
        ("sv", {"name": "A\x00"}, None),
        ("sv", {"phone": "ring mig"}, "08-508 00 508"),
        ("ar", {"name": ""}, "اكتب اسمك."),
        ("so", {"people": "x"}, "Dooro tiro u dhexeysa 1 ilaa 5."),
    ],
)
def test_invalid_answers_get_translated_messages_a_400_and_keep_what_was_typed(
    client, language, changes, message
):
    forum = translation_of(EventPage, "halsa-och-valmaende-i-jarva", language)
    before = Registration.objects.count()

    response = register(client, forum, **changes)

    assert response.status_code == 400
    assert Registration.objects.count() == before
    assert 'class="error-summary"' in response.text
    assert f'lang="{language}"' in response.text
    if message:
        assert message in response.text
    # The messages are in the page's language, never the English source.
    assert "Write your name." not in response.text
    assert "Choose a number from 1 to 5." not in response.text
    assert 'value="Tolk till somaliska"' in response.text


def test_the_honeypot_stops_bots_and_saves_nothing(client, forum):
    response = register(client, forum, website="http://spam.example")

    assert response.status_code == 400
    assert not Registration.objects.filter(event=forum).exists()
    assert not mail.outbox


@override_settings(PORTAL_RATE_LIMITS={"registration": (3, 600), "feedback": (5, 600)})
def test_too_many_registrations_from_one_connection_are_refused(client, forum):
    statuses = [register(client, forum, people="1").status_code for _ in range(4)]

    assert statuses == [303, 303, 303, 429]
    assert Registration.objects.filter(event=forum).count() == 3


def test_a_mail_server_that_is_down_loses_no_registration_and_shows_no_error(
    client, forum, mail_server_down
):
    response = register(client, forum)

    registration = Registration.objects.get(event=forum)
    assert response.status_code == 303
    assert registration.confirmation_sent_at is None
    assert client.get(response["Location"]).status_code == 200


def test_cancelling_deletes_the_registration_and_gives_the_place_to_the_waiting_list(
    client, forum, mail_worker
):
    first = RegistrationFactory(event=forum, people=10)
    waiting = RegistrationFactory(
        event=forum, people=2, email="waiting@example.com", status=Registration.Status.WAITING
    )

    response = client.post(reverse("forum_cancel", args=[first.token]))
    mail_worker()

    assert response.status_code == 200
    assert "Du är avanmäld" in response.text
    assert not Registration.objects.filter(pk=first.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED
    assert [message.to for message in mail.outbox] == [["waiting@example.com"]]
    assert client.get(reverse("forum_registration", args=[first.token])).status_code == 404


def test_an_unknown_registration_link_is_a_404(client):
    assert client.get("/sv/forum-registrations/not-a-real-token/").status_code == 404
    assert client.post("/sv/forum-registrations/not-a-real-token/cancel/").status_code == 404


# Longer than the e-mail column (254) yet a valid address: 64 + 1 + 3 * 64 + 2 characters.
LONG_EMAIL = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".se"


def test_an_e_mail_address_longer_than_is_kept_is_refused_and_the_answers_stay(client, forum):
    response = register(client, forum, email=LONG_EMAIL)

    assert response.status_code == 400
    assert "Skriv en e-postadress med högst 254 tecken." in response.text
    assert 'value="Amina Ali"' in response.text
    assert not Registration.objects.filter(event=forum).exists()


@pytest.mark.parametrize(
    "token",
    ["%00", "%00" * 32, "a" * 31, "a" * 33, "a" * 31 + "%00", "a" * 31 + ".", "%C4%B0" * 32],
)
def test_an_address_that_cannot_be_a_registration_token_is_a_404(client, token):
    assert client.get(f"/sv/forum-registrations/{token}/").status_code == 404
    assert client.post(f"/sv/forum-registrations/{token}/cancel/").status_code == 404


def test_organisers_export_registrations_as_csv(client, django_user_model, forum):
    RegistrationFactory(event=forum, name="Amina Ali", people=2, email="amina@example.com")
    organiser = django_user_model.objects.create_superuser("organiser", "", "password")
    client.force_login(organiser)

    response = client.get(reverse("forum_registrations:index") + f"?event={forum.pk}&export=csv")

    # Wagtail writes the file, headings included, while the response is read.
    with translation.override("en"):
        text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert response.status_code == 200
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Name"], row["E-mail"], row["Number of people"]) == (
        "Amina Ali",
        "amina@example.com",
        "2",
    )
    # Stockholm time and the status in words, as the organiser reads them.
    assert row["Starts"] == timezone.localtime(forum.start).strftime("%Y-%m-%d %H:%M")
    assert row["Starts"].endswith("18:00")
    assert row["Status"] == "Has a place"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row["Registered at"])


def test_organisers_cannot_add_a_registration_that_bypasses_the_places(client, admin_user):
    client.force_login(admin_user)

    listing = client.get(reverse("forum_registrations:index"))

    assert listing.status_code == 200
    assert reverse("forum_registrations:add") not in listing.text
    assert client.get(reverse("forum_registrations:add")).status_code == 302
    assert client.post(reverse("forum_registrations:add"), {"people": "1"}).status_code == 302
    assert not Registration.objects.filter(name="").exists()


def test_anonymous_visitors_cannot_see_registrations_in_the_admin(client):
    response = client.get(reverse("forum_registrations:index"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_retention_command_deletes_only_registrations_of_forums_past_the_limit(forum):
    index = forum.get_parent()
    old = EventPageFactory(
        parent=index,
        slug="gammalt",
        start=timezone.now() - datetime.timedelta(days=31, hours=2),
        end=timezone.now() - datetime.timedelta(days=31),
    )
    recent = EventPageFactory(
        parent=index,
        slug="nyligen",
        start=timezone.now() - datetime.timedelta(days=29, hours=2),
        end=timezone.now() - datetime.timedelta(days=29),
    )
    for event in (old, recent, forum):
        RegistrationFactory(event=event)
    limit = timezone.now() - datetime.timedelta(days=30)
    expired = Registration.objects.filter(event__end__lt=limit).count()  # the demo has some too
    output = io.StringIO()

    call_command("delete_past_registrations", "--days", "30", stdout=output)

    assert not Registration.objects.filter(event=old).exists()
    assert Registration.objects.filter(event=recent).exists()
    assert Registration.objects.filter(event=forum).exists()
    assert f"Deleted {expired} registrations" in output.getvalue()
    assert expired > 1
