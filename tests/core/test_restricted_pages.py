"""A page behind a view restriction (a password, a login) is listed nowhere anonymous
readers look: not in listings, menus, feeds, calendars, search or the sitemap."""

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from events.models import EventIndexPage, EventPage
from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )


@pytest.fixture
def forum():
    """The first upcoming Swedish forum, the one the home page shows first."""
    index = EventIndexPage.objects.get(locale__language_code="sv")
    forum = index.forums().filter(end__gte=timezone.now()).order_by("start").first()
    assert forum is not None
    return forum


def test_a_restricted_forum_leaves_the_listing_home_page_feeds_and_calendars(client, forum):
    index = forum.get_parent()
    home = HomePage.objects.get(locale__language_code="sv", depth=2)
    feeds = [f"{index.url}calendar/", f"{index.url}feed/"]
    where = [index.url, f"{index.url}?when=past", *feeds]
    # Warm the cache first: the restriction must show at once.
    shown_before = [url for url in where if forum.title in client.get(url).text]
    assert shown_before, "the forum is listed somewhere before it is restricted"

    restrict(forum)

    for url in [*where, home.url, "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert forum.title not in response.text, url
        assert forum.url not in response.text, url
    # The page itself asks for the password.
    assert "password" in client.get(forum.url).text.lower()


def test_a_restricted_guide_leaves_its_section_and_the_search(client):
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    section = guide.get_parent().specific
    assert isinstance(section, GuideIndexPage)
    assert guide.url in client.get(section.url).text

    restrict(guide)

    assert guide.url not in client.get(section.url).text
    assert guide.url not in client.get("/sv/search/?q=starta+en+förening").text


def test_a_restricted_section_leaves_the_menu_and_takes_its_guides_with_it(client):
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    section = guide.get_parent()
    home = Page.objects.get(locale__language_code="sv", depth=2)
    assert section.url in client.get(home.url).text

    restrict(section)

    page = client.get(home.url).text
    assert section.url not in page
    assert guide.url not in client.get("/sitemap.xml").text


def test_forums_of_a_restricted_listing_are_not_on_the_home_page(client, forum):
    home = HomePage.objects.get(locale__language_code="sv", depth=2)
    client.get(home.url)

    restrict(forum.get_parent())

    page = client.get(home.url).text
    assert not any(
        other.url in page for other in EventPage.objects.child_of(forum.get_parent()).live()
    )
