"""Forums as calendar files (RFC 5545) and as an Atom feed."""

from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext

from calendars.ics import CalendarEvent, ics_response
from core.structured_data import script_json


def _bad_filters(form):
    lines = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
    return HttpResponse("\n".join(lines), status=400, content_type="text/plain; charset=utf-8")


def calendar_event(forum, url, facts=None):
    """The forum as a calendar event; ``url`` is its page's full address. ``facts``: the
    language version with the latest time, place and status, if not ``forum`` itself."""
    facts = facts or forum
    description = forum.summary
    if forum.status_note:
        description = f"{forum.get_status_display()}: {forum.status_note}\n\n{description}"
    return CalendarEvent(
        uid=facts.calendar_uid,
        start=facts.start,
        end=facts.end,
        summary=forum.title,
        description=description,
        location=f"{forum.venue_name}, {facts.venue_address}",
        url=url,
        cancelled=facts.is_cancelled,
        sequence=facts.sequence,
    )


def calendar_response(request, page, forums, form, filename=None):
    """An .ics file: one forum to download (``filename``), or a feed to subscribe to."""
    if forums is None:
        return _bad_filters(form)
    events = [
        calendar_event(forum, request.build_absolute_uri(forum.get_url(request)))
        for forum in forums
    ]
    return ics_response(events, page.title, filename)


def atom_response(request, page, forums, form):
    if forums is None:
        return _bad_filters(form)
    link = request.build_absolute_uri(page.get_url(request))
    feed = Atom1Feed(
        title=page.title,
        link=link,
        description=page.intro,
        language=get_language(),
        feed_url=request.build_absolute_uri(),
        feed_guid=link,
    )
    for forum in forums:
        url = request.build_absolute_uri(forum.get_url(request))
        when = formats.date_format(timezone.localtime(forum.start), "DATETIME_FORMAT")
        status = f"{forum.get_status_display()}. " if forum.status_note else ""
        feed.add_item(
            title=forum.title,
            link=url,
            unique_id=url,
            description=f"{status}{when}, {forum.venue_name}. {forum.summary}",
            pubdate=forum.first_published_at,
            updateddate=forum.last_published_at,
            categories=[gettext("Forum")],
        )
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8"
    )


STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "moved": "https://schema.org/EventRescheduled",
    "cancelled": "https://schema.org/EventCancelled",
}


def json_ld(request, forum, extras):
    """schema.org Event data for search engines, as JSON-LD."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": forum.title,
        "description": forum.summary,
        "url": request.build_absolute_uri(forum.get_url(request)),
        "startDate": timezone.localtime(forum.start).isoformat(),
        "endDate": timezone.localtime(forum.end).isoformat(),
        "eventStatus": STATUS.get(forum.status, STATUS["scheduled"]),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": True,
        "inLanguage": get_language(),
        "location": {
            "@type": "Place",
            "name": forum.venue_name,
            "address": forum.venue_address,
        },
        "organizer": {"@type": "GovernmentOrganization", "name": gettext("City of Stockholm")},
    }
    if extras["associations"]:
        data["sponsor"] = [
            {"@type": "Organization", "name": name, **({"url": url} if url else {})}
            for name, url in extras["associations"]
        ]
    if forum.capacity:
        data["maximumAttendeeCapacity"] = forum.capacity
    return script_json(data)
