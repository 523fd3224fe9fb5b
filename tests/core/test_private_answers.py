"""Answers that carry a resident's details or a token are never kept by a shared cache
or the browser: the forms' answers, the registrant's and applicant's own pages, a cancel."""

import pytest

from courses.models import MentorsPage, ProgrammePage
from events.models import EventIndexPage
from guides.models import GuidePage
from tests.conftest import translation_of
from tests.courses.test_applications import ANSWERS, OFFER
from tests.events.test_registration import ANSWERS as REGISTRATION
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def assert_private(response):
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control, response["Cache-Control"]


def test_a_registration_its_page_its_errors_and_its_cancel_are_private(client):
    index = EventIndexPage.objects.get(locale__language_code="sv")
    forum = EventPageFactory(parent=index, slug="privat-forum", capacity=10)
    url = f"/sv/forum-registration/{forum.pk}/"

    wrong = client.post(url, {**REGISTRATION, "email": "not an address"})
    assert wrong.status_code == 400
    assert_private(wrong)
    saved = client.post(url, REGISTRATION)
    assert saved.status_code == 303
    assert_private(saved)
    own_page = client.get(saved["Location"])
    assert own_page.status_code == 200
    assert_private(own_page)
    cancelled = client.post(f"{saved['Location']}cancel/")
    assert cancelled.status_code == 200
    assert_private(cancelled)
    # The forum page itself, without anyone's details, may be cached as before.
    assert "no-store" not in client.get(forum.url).get("Cache-Control", "")


def test_an_application_an_offer_and_their_pages_are_private(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    mentors = MentorsPage.objects.get(locale__language_code="sv")
    for url, answers in (
        (f"/sv/programme-application/{programme.pk}/", ANSWERS),
        (f"/sv/mentor-offer/{mentors.pk}/", OFFER),
    ):
        wrong = client.post(url, {**answers, "email": "not an address"})
        assert wrong.status_code == 400
        assert_private(wrong)
        saved = client.post(url, answers)
        assert saved.status_code == 303, url
        assert_private(saved)
        own_page = client.get(saved["Location"])
        assert own_page.status_code == 200
        assert_private(own_page)


def test_page_feedback_and_its_errors_are_private(client):
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "sv")
    url = f"/sv/feedback/{guide.pk}/"

    wrong = client.post(url, {"comment": "Mitt namn är Amina"})
    assert wrong.status_code == 400
    assert_private(wrong)
    saved = client.post(url, {"helpful": "yes", "comment": "Bra"})
    assert saved.status_code == 303
    assert_private(saved)
