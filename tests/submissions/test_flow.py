"""The four resident forms are taken one way (submissions.flow): once a connection has
posted too often, each answers with the same "too many" page, in the page's language,
and saves nothing."""

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from courses.models import Application, MentorOffer, MentorsPage, ProgrammePage
from events.models import EventPage, Registration
from guides.models import GuidePage, PageFeedback
from tests.conftest import LANGUAGES, translation_of
from tests.core.test_private_answers import assert_private

pytestmark = pytest.mark.django_db

# No post allowed: the first one is already too many.
NONE_ALLOWED = {"feedback": (0, 600), "registration": (0, 600), "application": (0, 600)}


def form_pages(language):
    """(address the form posts to, the page it is on) for each of the four forms."""
    pages = {
        "feedback": translation_of(GuidePage, "soka-foreningsbidrag", language),
        "forum-registration": translation_of(EventPage, "halsa-och-valmaende-i-jarva", language),
        "programme-application": translation_of(ProgrammePage, "ledarprogrammet", language),
        "mentor-offer": MentorsPage.objects.get(locale__language_code=language),
    }
    return [(f"/{language}/{route}/{page.pk}/", page) for route, page in pages.items()]


@override_settings(PORTAL_RATE_LIMITS=NONE_ALLOWED)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_four_forms_share_one_translated_too_many_page(client, language):
    saved = (PageFeedback, Registration, Application, MentorOffer)
    before = [model.objects.count() for model in saved]
    with translation.override(language):
        title = escape(gettext("Too many attempts"))
        explanation = escape(
            gettext(
                "We have received many forms from your connection in a short time. "
                "Please wait a few minutes and try again."
            )
        )

    for url, page in form_pages(language):
        response = client.post(url, {"name": "Amina Ali", "helpful": "yes"})

        assert response.status_code == 429, url
        assert response.templates[0].name == "submissions/limited.html"
        assert f'<html lang="{language}"' in response.text
        assert f"<h1>{title}</h1>" in response.text
        assert explanation in response.text
        assert f'href="{page.url}"' in response.text
        if language != "en":
            assert "Too many attempts" not in response.text
        assert_private(response)
    assert [model.objects.count() for model in saved] == before
