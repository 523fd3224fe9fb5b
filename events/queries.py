"""What pages in other apps show of the forums: the next ones, for a home page or a guide."""

from dataclasses import dataclass

from django.utils import timezone

from core.cache import cached
from core.visibility import public
from events.cards import rendered_cards
from events.models import EventIndexPage, EventPage, EventStatus


def _upcoming(locale, theme_key=None, district_key=None):
    forums = (
        public(EventPage.objects.live())
        .filter(locale_id=getattr(locale, "pk", locale), end__gte=timezone.now())
        .exclude(status=EventStatus.CANCELLED)
        .order_by("start")
    )
    if theme_key:
        forums = forums.filter(theme__translation_key=theme_key)
    if district_key:
        forums = forums.filter(district__translation_key=district_key)
    return forums


def upcoming_forums(locale, theme_key=None, district_key=None, limit=3):
    """The next public forums in ``locale`` (a Locale or its id) that will take place,
    soonest first."""
    forums = _upcoming(locale, theme_key, district_key)
    return list(forums.select_related("district", "theme").defer_streamfields()[:limit])


@dataclass
class NextForums:
    forums: list
    index_url: str | None


def next_forums(home, language, request=None, limit=3):
    """The cards of the next forums on a home page (HTML, as the forum list shows them),
    named in ``language``, with the listing's URL."""
    ids = list(_upcoming(home.locale_id).values_list("pk", flat=True)[:limit])
    forums = rendered_cards(ids, language, request)

    def index_url():
        index = EventIndexPage.objects.live().public().child_of(home).first()
        return index.get_url() if index else None

    return NextForums(forums, cached(f"forum-index:{home.pk}", index_url))
