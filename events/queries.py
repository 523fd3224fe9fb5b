"""What pages in other apps show of the forums: the next ones, for a home page or a guide."""

from dataclasses import dataclass

from django.utils import timezone

from core.cache import cached
from core.visibility import public
from events.labels import forum_cards
from events.models import EventIndexPage, EventPage, EventStatus


def upcoming_forums(locale, theme_key=None, district_key=None, limit=3):
    """The next public forums in ``locale`` (a Locale or its id) that will take place,
    soonest first."""
    forums = (
        public(EventPage.objects.live())
        .filter(locale_id=getattr(locale, "pk", locale), end__gte=timezone.now())
        .exclude(status=EventStatus.CANCELLED)
        .select_related("district", "theme")
        .defer_streamfields()
        .order_by("start")
    )
    if theme_key:
        forums = forums.filter(theme__translation_key=theme_key)
    if district_key:
        forums = forums.filter(district__translation_key=district_key)
    return list(forums[:limit])


@dataclass
class NextForums:
    forums: list
    index_url: str | None


def next_forums(home, language, limit=3):
    """Cards for the next forums on a home page, named in ``language``, with the listing's URL."""
    forums = forum_cards(
        upcoming_forums(home.locale_id, limit=limit), language, with_languages=False
    )

    def index_url():
        index = EventIndexPage.objects.live().public().child_of(home).first()
        return index.get_url() if index else None

    return NextForums(forums, cached(f"forum-index:{home.pk}", index_url))
