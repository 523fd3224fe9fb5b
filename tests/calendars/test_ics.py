"""Calendar files that calendar programs read correctly (RFC 5545)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendars.ics import CalendarEvent, calendar

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STAMP = datetime(2026, 11, 25, 12, 0, tzinfo=STOCKHOLM)


def event(**changes):
    values = {
        "uid": "forum-17@democracy.stockholm",
        "start": datetime(2026, 3, 28, 18, 0, tzinfo=STOCKHOLM),
        "end": datetime(2026, 3, 28, 20, 0, tzinfo=STOCKHOLM),
        "summary": "Forum om trygghet i Järva",
    }
    return CalendarEvent(**{**values, **changes})


def unfold(text):
    return text.replace("\r\n ", "")


def test_times_are_utc_and_keep_the_wall_clock_across_daylight_saving():
    # Sweden moves to summer time in the night to 29 March 2026.
    before = event(uid="a", start=datetime(2026, 3, 28, 18, 0, tzinfo=STOCKHOLM))
    after = event(uid="b", start=datetime(2026, 3, 29, 18, 0, tzinfo=STOCKHOLM))

    text = calendar([before, after], STAMP)

    assert "DTSTART:20260328T170000Z" in text  # 18:00 in winter time is UTC+1
    assert "DTSTART:20260329T160000Z" in text  # 18:00 in summer time is UTC+2
    assert "DTSTAMP:20261125T110000Z" in text


def test_every_line_ends_in_crlf_and_is_at_most_75_octets():
    long = event(description="مناقشة حول السلامة في الحي، مع ممثلين عن البلدية والشرطة. " * 4)

    text = calendar([long], STAMP)

    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75
    # Folding never splits a character: unfolded, the Arabic text is whole again.
    assert "DESCRIPTION:مناقشة حول السلامة في الحي، مع ممثلين" in unfold(text)


def test_text_is_escaped():
    text = unfold(calendar([event(summary="Möte; frågor, svar\noch fika\\")], STAMP))

    assert "SUMMARY:Möte\\; frågor\\, svar\\noch fika\\\\\r\n" in text


def test_a_cancelled_event_keeps_its_uid_and_says_so():
    text = calendar([event(cancelled=True, sequence=2)], STAMP)

    assert "UID:forum-17@democracy.stockholm" in text
    assert "STATUS:CANCELLED" in text
    assert "SEQUENCE:2" in text


def test_a_feed_has_a_name_and_every_event():
    text = calendar([event(uid="a"), event(uid="b")], STAMP, name="Forum i Järva")

    assert text.count("BEGIN:VEVENT") == 2
    assert "X-WR-CALNAME:Forum i Järva" in text


def test_times_without_a_time_zone_are_refused():
    with pytest.raises(ValueError):
        calendar([event(start=datetime(2026, 3, 28, 18, 0))], STAMP)
