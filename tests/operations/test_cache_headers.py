"""What the proxy and browsers may keep: public pages for a minute, nothing personal."""

import pytest
from django.contrib.auth import get_user_model

from guides.models import GuidePage
from tests.conftest import translation_of
from tests.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=60, stale-while-revalidate=600"


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_an_anonymous_reader_gets_a_page_every_reader_may_share(client, language):
    guide = translation_of(GuidePage, "soka-foreningsbidrag", language)
    response = client.get(guide.url)

    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC
    assert not response.cookies


@pytest.mark.parametrize(
    "path", ["/sv/forum/", "/sv/search/?q=f%C3%B6rening", "/sv/no-such-page/", "/sitemap.xml"]
)
def test_listings_searches_and_pages_not_found_are_public_too(client, path):
    assert client.get(path)["Cache-Control"] == PUBLIC


def test_a_signed_in_editor_gets_the_same_page_as_their_own(client):
    editor = get_user_model().objects.create_user("cache-editor", password="x", is_staff=True)
    client.force_login(editor)
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "sv")

    assert client.get(guide.url)["Cache-Control"] == "private, no-store"


def test_what_is_personal_or_depends_on_the_browser_is_never_shared(client):
    from events.models import EventPage

    registration = RegistrationFactory(event=EventPage.objects.live().first())
    answers = {
        # A registrant's own page, found by its token.
        f"/sv/forum-registrations/{registration.token}/": 200,
        # The redirect from / follows the browser's languages.
        "/": 302,
        # The sign-in form sets a CSRF cookie.
        "/admin/login/": 200,
    }
    for path, status in answers.items():
        response = client.get(path)
        assert response.status_code == status, path
        assert "private" in response["Cache-Control"], path
        assert "no-store" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path


def test_a_post_is_never_shared(client):
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "sv")
    response = client.post(f"/sv/feedback/{guide.pk}/", {"helpful": "yes"})

    assert response.status_code == 303
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
