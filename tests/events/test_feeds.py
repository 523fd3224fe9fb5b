"""Calendar files and feeds, read back with the icalendar library and an XML parser."""

import datetime
import xml.etree.ElementTree as ElementTree

import icalendar
import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventStatus
from tests.conftest import translation_of
from tests.factories import EventPageFactory, in_stockholm

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def events_in(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar.walk("VEVENT")


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="sv")


def test_each_forum_has_an_ics_file_with_its_times_uid_and_place(client):
    forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")

    response = client.get(f"{forum.url}calendar/")

    [event] = events_in(response)
    assert (
        response["Content-Disposition"] == 'attachment; filename="halsa-och-valmaende-i-jarva.ics"'
    )
    assert event["UID"] == f"forum-{forum.translation_key}@stockholm.se"
    assert event.decoded("DTSTART") == forum.start
    assert event.decoded("DTEND") == forum.end
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(0)  # written in UTC
    assert event["SUMMARY"] == forum.title
    assert event["STATUS"] == "CONFIRMED"
    assert "Rinkebytorget, Rinkeby" in event["LOCATION"]
    assert event.decoded("DTSTAMP") <= timezone.now()
    assert event["URL"] == f"http://testserver{forum.url}"


def test_every_language_version_of_a_forum_has_the_same_uid(client):
    swedish = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
    arabic = translation_of(EventPage, "halsa-och-valmaende-i-jarva", "ar")

    [sv_event] = events_in(client.get(f"{swedish.url}calendar/"))
    [ar_event] = events_in(client.get(f"{arabic.url}calendar/"))

    assert sv_event["UID"] == ar_event["UID"]
    assert ar_event["SUMMARY"] == arabic.title


def test_an_event_across_the_daylight_saving_change_has_the_right_utc_times(client, index):
    # 28 March 2026 is winter time (UTC+1), 29 March summer time (UTC+2).
    saturday = EventPageFactory(
        parent=index, slug="lordag", start=in_stockholm(datetime.date(2026, 3, 28), 18)
    )
    sunday = EventPageFactory(
        parent=index, slug="sondag", start=in_stockholm(datetime.date(2026, 3, 29), 18)
    )

    [before] = events_in(client.get(f"{saturday.url}calendar/"))
    [after] = events_in(client.get(f"{sunday.url}calendar/"))

    assert before.decoded("DTSTART") == datetime.datetime(2026, 3, 28, 17, tzinfo=datetime.UTC)
    assert after.decoded("DTSTART") == datetime.datetime(2026, 3, 29, 16, tzinfo=datetime.UTC)
    assert after.decoded("DTEND") - after.decoded("DTSTART") == datetime.timedelta(hours=2)


def test_the_feed_holds_every_upcoming_forum_and_those_that_just_ended(client, index):
    now = timezone.now()
    expected = EventPage.objects.child_of(index).filter(end__gte=now - datetime.timedelta(days=30))

    events = events_in(client.get(f"{index.url}calendar/"))

    assert {str(event["UID"]) for event in events} == {forum.calendar_uid for forum in expected}
    assert len(events) == expected.count() >= 10


def test_cancelled_forums_stay_in_the_feed_as_cancelled(client, index):
    cancelled = EventPage.objects.get(locale=index.locale, status=EventStatus.CANCELLED)

    events = events_in(client.get(f"{index.url}calendar/"))

    by_uid = {str(event["UID"]): event for event in events}
    assert by_uid[cancelled.calendar_uid]["STATUS"] == "CANCELLED"
    assert by_uid[cancelled.calendar_uid]["SEQUENCE"] >= 0


@pytest.mark.parametrize("query, field", [("district=jarva", "district"), ("theme=halsa", "theme")])
def test_there_is_a_feed_per_district_and_per_theme(client, index, query, field):
    value = query.split("=")[1]
    expected = {
        forum.calendar_uid
        for forum in EventPage.objects.child_of(index).filter(
            **{f"{field}__slug": value}, end__gte=timezone.now() - datetime.timedelta(days=30)
        )
    }

    events = events_in(client.get(f"{index.url}calendar/?{query}"))

    assert {str(event["UID"]) for event in events} == expected
    assert len(expected) >= 2


def test_a_feed_with_an_unknown_district_is_a_400(client, index):
    response = client.get(f"{index.url}calendar/?district=atlantis")

    assert response.status_code == 400
    assert "Välj ett av alternativen i listan." in response.text


def test_moving_a_forum_raises_its_sequence_so_calendars_update(client, index):
    forum = EventPageFactory(parent=index, slug="flyttas")
    [before] = events_in(client.get(f"{forum.url}calendar/"))

    forum.start += datetime.timedelta(days=7)
    forum.end += datetime.timedelta(days=7)
    forum.save_revision().publish()
    [after] = events_in(client.get(f"{forum.url}calendar/"))

    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] == before["SEQUENCE"] + 1


def test_the_atom_feed_lists_upcoming_forums_in_the_page_language(client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    upcoming = EventPage.objects.child_of(index).filter(end__gte=timezone.now()).order_by("start")

    response = client.get(f"{index.url}feed/")

    feed = ElementTree.fromstring(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert response["Content-Type"].startswith("application/atom+xml")
    assert titles == [forum.title for forum in upcoming]
    assert feed.findtext(f"{ATOM}title") == index.title
    assert 'rel="alternate" type="application/atom+xml"' in client.get(index.url).text
