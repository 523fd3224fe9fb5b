"""Forums: the forum list, co-hosting associations and forums dated relative to the day
the command runs, so the demo always has upcoming and past forums; from
``demo/content/events/``.

The forums, the listing and the associations are translated into every language.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from demo.builders.contacts import by_reference
from demo.builders.home import swedish_home
from demo.loader import (
    CONTENT,
    TRANSLATIONS,
    check_listed,
    ensure_child,
    pdf_document,
    read_page,
    translate_all,
)
from events.models import (
    Association,
    EventIndexPage,
    EventPage,
    ForumAttendance,
    Registration,
)
from taxonomy.models import District, Language, Theme

FOLDER = CONTENT / "events"
ASSOCIATIONS = "associations"
EVERY_LANGUAGE = ["en", "ar", "fa", "so", "fi"]


def read():
    index = read_page(FOLDER, "index")
    slugs = index.pop("forums")
    check_listed(FOLDER, ["index", ASSOCIATIONS, *slugs])
    return {
        "index": index,
        "associations": read_page(FOLDER, ASSOCIATIONS)["association"],
        "forums": [read_page(FOLDER, slug) for slug in slugs],
    }


def plan(content):
    forums = content["forums"]
    past = sum(forum["days_from_today"] < 0 for forum in forums)
    return (
        f"Forums: {len(forums)} forums ({past} past), {len(content['associations'])} associations"
    )


def schedule(data, today):
    """(start, end, registration deadline) of a demo forum, counted from ``today``."""
    day = today + datetime.timedelta(days=data["days_from_today"])
    hour, minute = (int(part) for part in data["start"].split(":"))
    start = datetime.datetime.combine(
        day, datetime.time(hour, minute), timezone.get_default_timezone()
    )
    end = start + datetime.timedelta(minutes=data["minutes"])
    return start, end, start - datetime.timedelta(days=data["deadline_days_before"])


def _forum(data, terms, contacts, hosts, today):
    start, end, deadline = schedule(data, today)
    after = data.get("after", {})
    forum = EventPage(
        title=data["title"],
        slug=data["slug"],
        listing_summary=data["summary"][:255],
        theme=terms["themes"][data["theme"]],
        summary=data["summary"],
        start=start,
        end=end,
        registration_deadline=deadline,
        capacity=data["capacity"],
        venue_name=data["venue_name"],
        venue_address=data["venue_address"],
        venue_accessibility=data["venue_accessibility"],
        directions=data["directions"],
        district=terms["districts"][data["district"]],
        is_example=data["example"],
        status=data["status"],
        status_note=data["status_note"],
        agenda=[
            (
                "item",
                {
                    "time": datetime.time.fromisoformat(item["time"]),
                    "title": item["title"],
                    "description": item["description"],
                },
            )
            for item in data["agenda"]
        ],
        after_summary=after.get("summary", ""),
        questions=[
            (
                "question",
                {
                    "question": item["question"],
                    "status": item.get("status", "answered"),
                    "unit": contacts[item["unit"]] if item.get("unit") else None,
                    "answer": f"<p>{item['answer']}</p>" if item.get("answer") else "",
                },
            )
            for item in after.get("questions", [])
        ],
        materials=[
            (
                "material",
                {
                    "title": item["title"],
                    "document": pdf_document(item["title"], item["filename"], item["lines"]),
                },
            )
            for item in after.get("materials", [])
        ],
    )
    forum.languages = [terms["languages"][code] for code in data["languages"]]
    forum.interpretation = [terms["languages"][code] for code in data["interpretation"]]
    forum.associations = [hosts[slug] for slug in data["associations"]]
    forum.representatives = [contacts[reference] for reference in data["representatives"]]
    return forum


def _reschedule(forum, data, today):
    """Move a forum made on an earlier day to its dates counted from today, in every
    language, so a long-lived demo database never runs out of upcoming forums."""
    start, end, deadline = schedule(data, today)
    if forum.start == start:
        return
    for version in EventPage.objects.filter(translation_key=forum.translation_key):
        version.start, version.end, version.registration_deadline = start, end, deadline
        version.save_revision().publish()


@transaction.atomic
def _registrations(forum, confirmed, waiting=()):
    """Made-up registrations (numbers of people each), so the admin has something to show."""
    if Registration.objects.filter(event_key=forum.translation_key).exists():
        return
    for index, people in enumerate([*confirmed, *waiting]):
        Registration.objects.create(
            event=forum,
            event_key=forum.translation_key,
            language="sv",
            name=f"Exempeldeltagare {index + 1}",
            people=people,
            status=(
                Registration.Status.CONFIRMED
                if index < len(confirmed)
                else Registration.Status.WAITING
            ),
        )


def _associations(rows, locale, districts):
    hosts = {}
    for data in rows:
        host = Association.objects.filter(slug=data["slug"], locale=locale).first()
        if host is None:
            host = Association.objects.create(
                locale=locale,
                slug=data["slug"],
                name=data["name"],
                description=data["description"],
                district=districts.get(data["district"]),
            )
        hosts[host.slug] = host
    return hosts


def build(content, stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    terms = {
        "districts": {term.slug: term for term in District.objects.filter(locale=locale)},
        "themes": {term.slug: term for term in Theme.objects.filter(locale=locale)},
        "languages": {term.slug: term for term in Language.objects.filter(locale=locale)},
    }
    contacts = by_reference(locale)
    hosts = _associations(content["associations"], locale, terms["districts"])
    index, _ = ensure_child(swedish_home(), EventIndexPage(**content["index"], show_in_menus=True))

    today = timezone.localdate()
    everywhere = [index]
    for data in content["forums"]:
        forum, created = ensure_child(index, _forum(data, terms, contacts, hosts, today))
        if not created:
            _reschedule(forum, data, today)
        everywhere.append(forum)
        if data.get("demo_full"):
            # Every place taken by pairs (and one single), and two more waiting.
            capacity = data["capacity"]
            _registrations(forum, [2] * (capacity // 2) + [1] * (capacity % 2), waiting=[1, 2])
        elif data["days_from_today"] < 0:
            _registrations(forum, [1, 2, 1])
        if "attendance" in data:
            ForumAttendance.objects.get_or_create(
                event_key=forum.translation_key, defaults=data["attendance"]
            )

    created = translate_all(
        list(hosts.values()), TRANSLATIONS / "events", update_catalogues, EVERY_LANGUAGE
    )
    created += translate_all(everywhere, TRANSLATIONS / "events", update_catalogues, EVERY_LANGUAGE)
    if stdout is not None:
        stdout.write(
            f"Forums: {len(content['forums'])} forums, {len(hosts)} associations, "
            f"{created} translations created."
        )
