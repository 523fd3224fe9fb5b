"""Moderation, scheduled publishing and the editorial demo."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.http import HttpRequest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, WorkflowState

from courses.models import ProgrammePage
from demo.builders import editorial as demo_editorial
from editorial import reviews, translation_status
from events.models import EventPage
from events.queries import upcoming_forums
from guides.models import GuidePage
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db
DEMO = demo_editorial.read()


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user("moderera", "", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(user)
    return user


def approve(client, page):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )


def test_the_demo_has_pages_waiting_one_outdated_guide_and_two_overdue_reviews():
    waiting = WorkflowState.objects.active()
    outdated = [
        status
        for status in translation_status.statuses(translation_status.swedish_pages())
        if status.state == translation_status.OUTDATED
    ]

    assert sorted(state.content_object.specific.slug for state in waiting) == sorted(
        [DEMO["waiting_guide"]["page"]["slug"], DEMO["waiting_change"]["programme"]]
    )
    # One guide changed in Swedish after it was translated: out of date in every language.
    assert sorted((status.page.slug, status.language) for status in outdated) == sorted(
        (DEMO["outdated_translation"]["guide"], code) for code in ("en", "ar", "fa", "so", "fi")
    )
    assert len([review for review in reviews.reviews() if review.overdue]) == 2
    # The accounts are for a local machine only: the tests run without DEBUG.
    assert not get_user_model().objects.filter(username="redaktor").exists()


def test_a_moderator_approves_the_demos_programme_change_and_it_goes_live(client, moderator):
    programme = translation_of(ProgrammePage, DEMO["waiting_change"]["programme"], "sv")
    new_intro = DEMO["waiting_change"]["intro"]
    assert new_intro not in client.get(programme.url).text

    response = approve(client, programme)

    assert response.status_code == 302
    assert new_intro in client.get(programme.url).text
    assert not programme.workflow_in_progress


def test_a_moderator_asks_for_changes_and_the_new_guide_stays_unpublished(client, moderator):
    guide = GuidePage.objects.get(slug="hyra-lokal", locale__language_code="sv")
    task_state = guide.current_workflow_state.current_task_state

    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "reject", task_state.pk]),
        {"comment": "Lägg till en kontakt."},
    )

    assert response.status_code == 302
    guide.refresh_from_db()
    assert not guide.live
    assert guide.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_moderator_compares_revisions(client, moderator):
    programme = translation_of(ProgrammePage, DEMO["waiting_change"]["programme"], "sv")

    response = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[programme.pk, "live", "latest"])
    )

    assert response.status_code == 200
    # The demo's change adds a sentence to the live intro.
    added = DEMO["waiting_change"]["intro"].removeprefix(programme.intro).strip()
    assert added and added in response.text


def test_a_forum_unpublished_on_schedule_leaves_the_upcoming_forums(client):
    forum = upcoming_forums(Locale.objects.get(language_code="sv"))[0]
    listing = forum.get_parent().url
    assert forum.title in client.get(listing).text

    # A moderator sets an expiry time an hour from now and publishes.
    forum.expire_at = timezone.now() + datetime.timedelta(hours=1)
    forum.save_revision().publish()
    call_command("publish_scheduled", verbosity=0)
    forum.refresh_from_db()
    assert forum.live
    # An hour later, the scheduled job runs again.
    EventPage.objects.filter(pk=forum.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled", verbosity=0)

    forum.refresh_from_db()
    assert not forum.live
    assert forum.expired
    assert forum.title not in client.get(listing).text
    assert forum not in upcoming_forums(forum.locale, limit=100)
    assert client.get(forum.url).status_code == 404


def test_a_change_scheduled_to_go_live_is_published_on_time(client):
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "sv")
    guide.title = "Söka föreningsbidrag 2027"
    # A moderator sets "go live" an hour from now and publishes: the change is scheduled.
    guide.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = guide.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at == guide.go_live_at
    call_command("publish_scheduled", verbosity=0)
    assert "Söka föreningsbidrag 2027" not in client.get(guide.url).text
    # An hour later, the scheduled job runs again.

    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", verbosity=0)

    assert "<h1>Söka föreningsbidrag 2027</h1>" in client.get(guide.url).text


@override_settings(DEBUG=True)
def test_on_a_local_machine_the_demo_makes_one_account_per_role_and_prints_them(client):
    output = io.StringIO()

    class Out:
        def write(self, text):
            output.write(text + "\n")

    demo_editorial.build(DEMO, stdout=Out())

    User = get_user_model()
    for account in DEMO["accounts"]:
        username, group = account["username"], account["group"]
        user = User.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert f"{username:<16} {group}" in output.getvalue()
        # Axes needs the request a login comes with; the test client sends none of its own.
        assert client.login(request=HttpRequest(), username=username, password=username)
    assert "the password is the user name" in output.getvalue()
