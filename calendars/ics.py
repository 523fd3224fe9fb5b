"""iCalendar (RFC 5545) files for forums and course sessions: one event, or a feed to
subscribe to.

Times are written in UTC, which every calendar program converts to the
reader's own time zone; so an event in Stockholm keeps its wall-clock time on
both sides of a daylight-saving change without a VTIMEZONE block.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.http import HttpResponse
from django.utils import timezone

PRODUCT = "-//City of Stockholm//Democracy and participation portal//EN"
LINE_OCTETS = 75


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable: the same event keeps it through every change
    start: datetime  # aware
    end: datetime  # aware
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    cancelled: bool = False
    sequence: int = 0  # raise it when the event changes, so calendars update


def escape(text):
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def utc(moment):
    if moment.tzinfo is None:
        raise ValueError("Calendar times must be aware of their time zone.")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """Split a content line into lines of at most 75 octets, never inside a character."""
    parts, current, size = [], "", 0
    for character in line:
        octets = len(character.encode())
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1  # continuations start with a space
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
        current += character
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def calendar(events, stamp, name=""):
    """The text of an .ics file holding ``events``; ``stamp`` is when it was made."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN"]
    lines.append("METHOD:PUBLISH")
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{utc(stamp)}",
            f"DTSTART:{utc(event.start)}",
            f"DTEND:{utc(event.end)}",
            f"SEQUENCE:{event.sequence}",
            f"SUMMARY:{escape(event.summary)}",
            f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape(event.location)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def ics_response(events, name, filename=None):
    """An .ics file of ``events`` (forums, course sessions), stamped with the time it was made."""
    stamp = timezone.now().replace(microsecond=0)
    response = HttpResponse(
        calendar(events, stamp, name=name), content_type="text/calendar; charset=utf-8"
    )
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
