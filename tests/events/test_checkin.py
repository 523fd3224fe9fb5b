"""Checking people in at the door: the code on the confirmation (and its QR code), finding
by code or name, walk-ins, the attendance figure on the past forum's page, and who may."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from editorial import roles
from events.models import EventIndexPage, EventPage, ForumAttendance, Registration
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

ANSWERS = {"name": "Amina Ali", "email": "amina@example.com", "people": "2", "website": ""}


@pytest.fixture
def forum():
    index = EventIndexPage.objects.get(locale__language_code="sv")
    return EventPageFactory(parent=index, slug="dorren", capacity=20)


def register(client, forum, **changes):
    response = client.post(f"/sv/forum-registration/{forum.pk}/", {**ANSWERS, **changes})
    assert response.status_code == 303
    return Registration.objects.get(token=response["Location"].rstrip("/").rsplit("/", 1)[-1])


@pytest.fixture
def organiser(client, django_user_model):
    user = django_user_model.objects.create_user("dorrvakt", "", "x")
    user.groups.add(Group.objects.get(name=roles.EVENT_ORGANISERS))
    return user


def test_the_confirmation_shows_the_check_in_code_and_its_qr_code(client, forum, mail_worker):
    registration = register(client, forum)
    mail_worker()

    assert re.fullmatch(r"[ACDEFGHJKMNPQRTUVWXY34679]{6}", registration.code)
    page = client.get(f"/sv/forum-registrations/{registration.token}/").text
    assert f'<p class="checkin-code__code" dir="ltr">{registration.code}</p>' in page
    assert f'role="img" aria-label="QR-kod med din incheckningskod {registration.code}"' in page
    [email] = mail.outbox
    assert f"Din incheckningskod: {registration.code}" in email.body
    [(name, png, mimetype)] = email.attachments
    assert (name, mimetype) == (f"check-in-{registration.code}.png", "image/png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_two_registrations_of_a_forum_never_share_a_code(client, forum):
    codes = {register(client, forum, email=f"p{n}@example.com").code for n in range(5)}
    assert len(codes) == 5


def test_an_organiser_checks_someone_in_by_the_code_and_the_figures_follow(
    client, forum, organiser
):
    registration = register(client, forum)
    register(client, forum, name="Lars Berg", email="lars@example.com", people="1")
    client.force_login(organiser)
    url = reverse("forum_checkin", args=[forum.pk])

    # As typed at the door: lower case, a space in the middle.
    typed = f"{registration.code[:3].lower()} {registration.code[3:].lower()}"
    found = client.get(url, {"q": typed})
    assert found.status_code == 200
    assert "Amina Ali" in found.text and "Lars Berg" not in found.text.split("Alla anmälda")[0]
    assert Registration.objects.get(pk=registration.pk).checked_in_at is None  # GET: no change

    response = client.post(url, {"registration": registration.pk, "action": "check_in"})
    assert response.status_code == 303
    page = client.get(response["Location"]).text
    assert "Amina Ali har kommit (2 personer)." in page
    assert 'data-figure="checked-in">2<' in page
    assert 'data-figure="registered">3<' in page
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


def test_an_organiser_finds_by_name_counts_walk_ins_and_can_undo(client, forum, organiser):
    registration = register(client, forum)
    client.force_login(organiser)
    url = reverse("forum_checkin", args=[forum.pk])

    found = client.get(url, {"q": "amina"})
    assert "Amina Ali" in found.text
    nothing = client.get(url, {"q": "Zzyzx"})
    assert "Ingen anmälan har den koden eller det namnet." in nothing.text

    client.post(url, {"registration": registration.pk, "action": "check_in"})
    client.post(url, {"registration": registration.pk, "action": "active"})
    client.post(url, {"walk_ins": "5"})
    record = ForumAttendance.objects.get(event_key=forum.translation_key)
    assert (record.checked_in, record.walk_ins, record.total) == (2, 5, 7)
    registration.refresh_from_db()
    assert registration.active

    client.post(url, {"registration": registration.pk, "action": "undo"})
    record.refresh_from_db()
    assert (record.checked_in, record.total) == (0, 5)


@pytest.mark.parametrize("bad", ["-3", "abc", "", "99999999999"])
def test_a_bad_walk_in_number_is_explained_and_changes_nothing(client, forum, organiser, bad):
    client.force_login(organiser)
    url = reverse("forum_checkin", args=[forum.pk])
    client.post(url, {"walk_ins": "4"})

    response = client.post(url, {"walk_ins": bad}, follow=True)

    assert response.status_code == 200
    assert re.search(r"Skriv (ett tal|högst)|Talet kan inte", response.text)
    assert ForumAttendance.objects.get(event_key=forum.translation_key).walk_ins == 4


def test_a_registration_of_another_forum_cannot_be_checked_in_here(client, forum, organiser):
    other = EventPageFactory(parent=forum.get_parent(), slug="annat-forum")
    registration = register(client, other)
    client.force_login(organiser)

    url = reverse("forum_checkin", args=[forum.pk])
    assert (
        client.post(url, {"registration": registration.pk, "action": "check_in"}).status_code == 404
    )
    assert client.post(url, {"registration": "x", "action": "check_in"}).status_code == 303
    assert client.post(url, {"registration": registration.pk, "action": "drop"}).status_code == 303
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_the_past_forum_page_shows_how_many_came(client, forum, organiser):
    registration = register(client, forum)
    client.force_login(organiser)
    url = reverse("forum_checkin", args=[forum.pk])
    client.post(url, {"registration": registration.pk, "action": "check_in"})
    client.post(url, {"walk_ins": "3"})
    client.logout()

    assert "Så många kom" not in client.get(forum.url).text  # not before the forum
    forum.start = timezone.now() - datetime.timedelta(days=2)
    forum.end = forum.start + datetime.timedelta(hours=2)
    forum.save_revision().publish()

    page = client.get(forum.url).text
    assert '<dt>Så många kom</dt><dd><data value="5">5</data>' in page
    assert "3 av dem utan att anmäla sig" in page


@pytest.mark.parametrize(
    "role",
    [roles.EDITORS, roles.MODERATORS, roles.TRANSLATORS["so"], roles.PROGRAMME_STAFF, None],
)
def test_only_organisers_and_administrators_may_check_people_in(
    client, django_user_model, forum, role
):
    registration = register(client, forum)
    user = django_user_model.objects.create_user("nagon", "", "x", is_staff=role is None)
    if role:
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    url = reverse("forum_checkin", args=[forum.pk])

    page = client.get(url, {"q": registration.code})
    post = client.post(url, {"registration": registration.pk, "action": "check_in"})
    walk = client.post(url, {"walk_ins": "9"})
    invitations = client.get(reverse("forum_invitations", args=[forum.pk]))

    for response in (page, post, walk, invitations):
        assert response.status_code == 302
        assert not response["Location"].startswith(url)
    registration.refresh_from_db()
    assert registration.checked_in_at is None
    record = ForumAttendance.objects.get(event_key=forum.translation_key)
    assert (record.checked_in, record.walk_ins) == (0, 0)
    assert "Amina Ali" not in client.get(url, follow=True).text


def test_the_check_in_list_offers_the_forums_around_today(client, forum, organiser):
    client.force_login(organiser)
    far = EventPageFactory(
        parent=forum.get_parent(),
        slug="langt-bort",
        start=timezone.now() + datetime.timedelta(days=60),
        end=timezone.now() + datetime.timedelta(days=60, hours=2),
    )

    page = client.get(reverse("forum_checkin_forums")).text

    assert reverse("forum_checkin", args=[forum.pk]) in page
    assert reverse("forum_checkin", args=[far.pk]) not in page
    assert EventPage.objects.filter(pk=far.pk).exists()
