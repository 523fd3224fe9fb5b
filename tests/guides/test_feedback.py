"""“Was this page helpful?” on every guide."""

import pytest
from django.test import override_settings
from django.urls import reverse

from guides.models import GuidePage, PageFeedback
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide():
    return translation_of(GuidePage, "soka-foreningsbidrag", "ar")


def feedback_url(page):
    return f"/{page.locale.language_code}/feedback/{page.pk}/"


def test_every_guide_asks_whether_it_helped_without_setting_a_cookie(client, guide):
    response = client.get(guide.url)
    content = response.content.decode()

    assert f'<form method="post" action="{feedback_url(guide)}" novalidate>' in content
    assert 'name="helpful" value="yes"' in content
    assert not response.cookies


def test_feedback_is_stored_with_page_and_language_and_thanked(client, guide):
    response = client.post(feedback_url(guide), {"helpful": "no", "comment": "  أين الموعد؟ "})

    assert response.status_code == 303
    assert response["Location"] == f"{guide.url}?feedback=thanks#feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.language, feedback.helpful, feedback.comment) == (
        guide.pk,
        "ar",
        False,
        "أين الموعد؟",
    )
    thanks = client.get(response["Location"]).content.decode()
    assert "شكرًا" in thanks or "شكرا" in thanks


def test_feedback_without_an_answer_gets_a_400_that_keeps_the_comment(client, guide):
    response = client.post(feedback_url(guide), {"comment": "Texten var svår"})
    content = response.content.decode()

    assert response.status_code == 400
    assert '<div class="error-summary" role="alert"' in content
    assert "Texten var svår</textarea>" in content
    assert PageFeedback.objects.count() == 0


def test_the_honeypot_stops_bots_and_saves_nothing(client, guide):
    response = client.post(feedback_url(guide), {"helpful": "yes", "website": "http://spam"})

    assert response.status_code == 400
    assert '<div class="error-summary" role="alert"' in response.text
    assert PageFeedback.objects.count() == 0


@pytest.mark.parametrize(
    "data",
    [
        {"helpful": "maybe"},
        {"helpful": "yes", "comment": "x" * 5000},
        {"helpful": "yes", "comment": "nul\x00byte"},
        {"helpful": ["yes", "no"], "comment": ["a", "b"]},
    ],
    ids=["unknown-answer", "too-long", "null-byte", "repeated"],
)
def test_bad_feedback_never_gives_a_500(client, guide, data):
    response = client.post(feedback_url(guide), data)

    assert response.status_code in (303, 400)


def test_feedback_for_a_missing_page_or_by_get_is_refused(client, guide):
    assert client.post("/sv/feedback/999999/", {"helpful": "yes"}).status_code == 404
    assert client.get(feedback_url(guide)).status_code == 405
    # A page must be answered in its own language.
    assert client.post(f"/sv/feedback/{guide.pk}/", {"helpful": "yes"}).status_code == 404


@override_settings(PORTAL_RATE_LIMITS={"feedback": (2, 600)})
def test_feedback_is_rate_limited_per_visitor(client, guide):
    for _ in range(2):
        assert client.post(feedback_url(guide), {"helpful": "yes"}).status_code == 303

    response = client.post(feedback_url(guide), {"helpful": "yes"})

    assert response.status_code == 429
    assert PageFeedback.objects.count() == 2
    other_visitor = client.post(feedback_url(guide), {"helpful": "yes"}, REMOTE_ADDR="10.0.0.9")
    assert other_visitor.status_code == 303


def test_editors_see_feedback_per_page_and_export_it_as_csv(client, guide, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redaktor", "", "pw"))
    PageFeedback.objects.create(page=guide, language="ar", helpful=True)
    PageFeedback.objects.create(page=guide, language="ar", helpful=False, comment="Oklart")

    summary = client.get(reverse("feedback_summary")).content.decode()
    export = client.get(reverse("feedback_summary"), {"export": "csv"})
    listing = client.get(reverse("page_feedback:index"), {"export": "csv"})

    assert guide.title in summary
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[1].endswith(f",{guide.pk},ar,2,1,1,1") or f"{guide.pk},ar,2,1,1,1" in rows[1]
    assert "Oklart" in b"".join(listing.streaming_content).decode()
