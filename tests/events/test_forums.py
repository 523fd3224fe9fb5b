"""The forum listing and forum pages, as a reader sees them."""

import datetime
import json
import re
from urllib.parse import quote_plus

import pytest
from django.utils import formats, timezone, translation

from demo.builders import events as demo_events
from events.models import Association, EventIndexPage, EventPage, EventStatus
from guides.models import GuidePage
from taxonomy.models import District, Language, Theme
from tests.conftest import translation_of
from tests.factories import EventPageFactory, in_stockholm

pytestmark = pytest.mark.django_db
DASH = "\u2013"  # between start and end times
FORUMS = demo_events.read()["forums"]


def listed_titles(response):
    """Forum titles in the order the listing shows them."""
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.text)


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="sv")


def test_upcoming_forums_come_soonest_first_and_past_ones_in_the_archive_latest_first(
    client, index
):
    now = timezone.now()
    forums = EventPage.objects.child_of(index).live()
    upcoming = [forum.title for forum in forums.filter(end__gte=now).order_by("start")]
    past = [forum.title for forum in forums.filter(end__lt=now).order_by("-start")]

    assert len(upcoming) == 9 and len(past) == 4
    assert listed_titles(client.get(index.url)) == upcoming
    assert listed_titles(client.get(f"{index.url}?when=past")) == past


def upcoming_demo(**choices):
    """Titles of the demo's upcoming forums that match ``choices`` (district, theme, language)."""
    return {
        forum["title"]
        for forum in FORUMS
        if forum["days_from_today"] > 0
        and choices.get("district", forum["district"]) == forum["district"]
        and choices.get("theme", forum["theme"]) == forum["theme"]
        and (
            "language" not in choices
            or choices["language"] in forum["languages"] + forum["interpretation"]
        )
    }


@pytest.mark.parametrize(
    "choices",
    [
        {"district": "jarva"},
        {"theme": "halsa"},
        {"language": "so"},
        {"district": "jarva", "theme": "halsa", "language": "so"},
        {"district": "skarholmen", "language": "ar"},
        {"district": "jarva", "theme": "utbildning"},
    ],
    ids=lambda choices: "&".join(f"{key}={value}" for key, value in choices.items()),
)
def test_listing_filters_by_district_theme_and_language_and_their_combination(
    client, index, choices
):
    query = "&".join(f"{key}={value}" for key, value in choices.items())

    response = client.get(f"{index.url}?{query}")

    titles = listed_titles(response)
    assert response.status_code == 200
    assert sorted(titles) == sorted(upcoming_demo(**choices))
    if len(choices) == 1:
        assert len(titles) >= 2


def test_the_next_forum_in_jarva_on_health_in_somali_is_found():
    assert upcoming_demo(district="jarva", theme="halsa", language="so") == {
        "Hälsa och välmående i Järva"
    }


def test_listing_filters_by_month(client, index):
    forum = EventPage.objects.child_of(index).filter(end__gte=timezone.now()).earliest("start")
    month = timezone.localtime(forum.start).strftime("%Y-%m")
    in_month = {
        page.title
        for page in EventPage.objects.child_of(index).filter(end__gte=timezone.now())
        if timezone.localtime(page.start).strftime("%Y-%m") == month
    }

    titles = listed_titles(client.get(f"{index.url}?month={month}"))

    assert forum.title in titles and set(titles) == in_month


@pytest.mark.parametrize(
    "query, language, message",
    [
        ("district=atlantis", "sv", "Välj ett av alternativen i listan."),
        ("month=2026-13", "sv", "Välj ett av alternativen i listan."),
        ("theme=<script>", "ar", "اختر أحد الخيارات في القائمة."),
    ],
)
def test_unknown_filter_values_get_a_translated_message_and_a_400(client, query, language, message):
    index = EventIndexPage.objects.get(locale__language_code=language)

    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 400
    assert message in response.text
    assert "<script>" not in response.text.split("<main", 1)[1]


def test_listing_is_paginated_and_keeps_the_filters(client, index):
    for number in range(3):
        EventPageFactory(parent=index, slug=f"extra-{number}", title=f"Extra forum {number}")

    first = client.get(f"{index.url}?district=jarva")
    second = client.get(f"{index.url}?district=jarva&page=2")

    assert len(listed_titles(first)) == len(upcoming_demo(district="jarva")) + 3
    assert "page=2" not in first.text
    everything = client.get(index.url)
    assert len(listed_titles(everything)) == EventIndexPage.PER_PAGE
    assert 'href="?page=2" rel="next"' in everything.text
    assert len(listed_titles(client.get(f"{index.url}?page=2"))) == 2
    assert second.status_code == 200


def test_forum_page_shows_time_place_languages_hosts_and_representatives(client):
    forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
    with translation.override("sv"):
        day = formats.date_format(timezone.localtime(forum.start), "DATE_FORMAT")

    response = client.get(forum.url)

    text = response.text
    assert response.status_code == 200
    assert f"{day}, 18:00{DASH}20:00" in text
    assert forum.venue_address in text
    assert f"https://www.openstreetmap.org/search?query={quote_plus(forum.venue_address)}" in text
    assert "<iframe" not in text
    assert "somaliska, svenska" in text and "arabiska, tigrinja" in text
    hosts, representatives = forum.associations.all(), forum.representatives.all()
    assert hosts and all(host.name in text for host in hosts)
    assert representatives and all(contact.name in text for contact in representatives)
    assert 'action="/sv/forum-registration/' in text


def test_a_preview_shows_the_forum_as_edited_and_the_live_page_as_published(client):
    forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
    published_hosts = [host.name for host in forum.associations.all()]
    sv = {"locale__language_code": "sv"}
    host = Association.objects.filter(**sv).exclude(name__in=published_hosts).first()
    finnish = Language.objects.get(slug="fi", **sv)
    # The editor's draft, as the edit form hands it to the preview: nothing saved.
    forum.district = District.objects.get(slug="skarpnack", **sv)
    forum.associations = [host]
    forum.languages = [finnish]

    preview = forum.make_preview_request().content.decode()
    live = client.get(forum.url).text

    assert "Skarpnäck" in preview and "Skarpnäck" not in live
    assert host.name in preview and host.name not in live
    assert "finska" in preview and "finska" not in live


def test_forum_page_in_arabic_names_terms_and_hosts_in_arabic(client):
    forum = translation_of(EventPage, "halsa-och-valmaende-i-jarva", "ar")

    text = client.get(forum.url).text

    assert 'lang="ar" dir="rtl"' in text
    theme = Theme.objects.get(slug="halsa", locale__language_code="ar")
    assert theme.name in text
    assert f"18:00{DASH}20:00" in text


def test_forum_page_carries_schema_org_event_data(client):
    forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")

    text = client.get(forum.url).text

    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text)[1])
    assert data["@type"] == "Event"
    assert data["name"] == forum.title
    assert datetime.datetime.fromisoformat(data["startDate"]) == forum.start
    assert data["startDate"].endswith(("+01:00", "+02:00"))
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["address"] == forum.venue_address


def test_cancelled_and_moved_forums_keep_their_page_and_say_so(client, index):
    cancelled = EventPage.objects.get(locale=index.locale, status=EventStatus.CANCELLED)
    moved = EventPage.objects.get(locale=index.locale, status=EventStatus.MOVED)

    cancelled_page = client.get(cancelled.url).text
    moved_page = client.get(moved.url).text
    listing = client.get(index.url).text

    assert "Forumet är inställt" in cancelled_page and cancelled.status_note in cancelled_page
    assert 'action="/sv/forum-registration/' not in cancelled_page
    assert "EventCancelled" in cancelled_page
    assert "Forumet har flyttats" in moved_page and moved.status_note in moved_page
    assert "EventRescheduled" in moved_page
    assert cancelled.title in listing and "Inställt" in listing


def test_an_event_across_the_daylight_saving_change_shows_stockholm_wall_clock_times(client, index):
    # Summer time ends at 03:00 on Sunday 25 October 2026: clocks go back to 02:00.
    night = EventPageFactory(
        parent=index,
        slug="natten-da-klockan-stalls",
        start=in_stockholm(datetime.date(2026, 10, 25), 1, 30),
        end=in_stockholm(datetime.date(2026, 10, 25), 3, 30),
    )

    text = client.get(night.url).text

    assert f"01:30{DASH}03:30" in text
    assert "Söndag 25 oktober 2026" in text
    lasts = night.end.astimezone(datetime.UTC) - night.start.astimezone(datetime.UTC)
    assert lasts == datetime.timedelta(hours=3)  # the hour from 02:00 is lived twice


def test_home_page_shows_the_next_forums_with_a_link_to_all(client, home_pages):
    index = EventIndexPage.objects.get(locale__language_code="en")
    upcoming = (
        EventPage.objects.live()
        .filter(locale=index.locale, end__gte=timezone.now())
        .exclude(status=EventStatus.CANCELLED)
        .order_by("start")[:3]
    )

    text = client.get("/en/").text

    section = text.split('id="next-forums-heading"', 1)[1]
    assert [forum.title for forum in upcoming] == listed_titles_in(section)
    assert f'href="{index.url}"' in section


def test_a_forum_card_is_the_same_on_the_home_page_and_in_the_listing(client, home_pages):
    """Both show the card rendered once for the language, with the languages spoken,
    whichever page a visitor opens first."""
    index = EventIndexPage.objects.get(locale__language_code="en")
    home_section = client.get("/en/").text.split('id="next-forums-heading"', 1)[1]
    listing = client.get(index.url).text

    home_cards = re.findall(r'<article class="card forum-card">.*?</article>', home_section, re.S)
    assert home_cards
    for card in home_cards:
        assert card in listing
    assert any("Languages:" in card for card in home_cards)


def listed_titles_in(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_a_guide_points_to_upcoming_forums_on_its_theme(client):
    guide = GuidePage.objects.get(slug="sa-paverkar-du-i-din-stadsdel")
    democracy = EventPage.objects.filter(
        locale=guide.locale, theme__slug="demokrati", end__gte=timezone.now()
    ).exclude(status=EventStatus.CANCELLED)

    text = client.get(guide.url).text

    assert 'id="forums-demokrati"' in text
    assert democracy.exists()
    for forum in democracy:
        assert f'href="{forum.url}"' in text
