"""Organisers hear when a forum fills abnormally fast; residents notice nothing."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import override_settings

from editorial import roles
from events.models import EventIndexPage, Registration
from tests.events.test_registration import ANSWERS
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum():
    index = EventIndexPage.objects.get(locale__language_code="sv")
    return EventPageFactory(parent=index, slug="populart-forum", capacity=40)


@pytest.fixture
def organiser(django_user_model):
    user = django_user_model.objects.create_user("arrangor-test", "arrangor@example.com", "x")
    user.groups.add(Group.objects.get(name=roles.EVENT_ORGANISERS))
    django_user_model.objects.create_user("redaktor-test", "redaktor@example.com", "x").groups.add(
        Group.objects.get(name=roles.EDITORS)
    )
    return user


def register(client, forum, people, **changes):
    return client.post(
        f"/sv/forum-registration/{forum.pk}/", {**ANSWERS, "people": str(people), **changes}
    )


@pytest.fixture
def alerts(mail_worker):
    def sent():
        mail_worker()
        return [message for message in mail.outbox if "fylls snabbt" in message.subject]

    return sent


@override_settings(PORTAL_RATE_LIMITS={"registration": (100, 600)})
def test_one_registration_takes_at_most_five_places(client, forum):
    assert register(client, forum, 10).status_code == 400
    assert "Välj ett antal från 1 till 5." in register(client, forum, 6).text
    assert register(client, forum, 5).status_code == 303
    assert Registration.objects.get(event=forum).people == 5


@override_settings(PORTAL_RATE_LIMITS={"registration": (100, 600)})
def test_organisers_are_told_once_when_half_the_places_go_within_an_hour(
    client, forum, organiser, alerts, django_capture_on_commit_callbacks
):
    def five_more():
        # What runs once the registration is committed runs here, as in production.
        with django_capture_on_commit_callbacks(execute=True):
            # Residents without e-mail register as before.
            assert register(client, forum, 5, email="").status_code == 303

    for _ in range(3):
        five_more()
    assert alerts() == []  # 15 of 40 places: nothing unusual

    five_more()

    [alert] = alerts()
    assert alert.to == ["arrangor@example.com"]  # organisers, not editors
    assert forum.title in alert.subject
    assert "20 platser" in alert.body and "av 40" in alert.body
    assert f"/admin/forum_registrations/?event={forum.pk}" in alert.body
    assert "Amina" not in alert.body  # no resident's details in the alert

    five_more()
    assert len(alerts()) == 1  # at most once a day per forum
