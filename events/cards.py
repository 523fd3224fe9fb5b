"""Forum cards as the listings show them (the forum list, each home page's next forums),
rendered once per language and version.

All a card shows (the forum's fields, its district, theme and languages) changes only
when something is published or a snippet is saved, which starts the version again. A
listing therefore needs only the ids of its forums: the cards of a warm cache cost no
query, and those missing are built together. (The forum list's model uses this module,
so the forum model is looked up when needed rather than imported.)
"""

from django.apps import apps
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.cache import cached_many
from events.labels import forum_cards


def rendered_cards(ids, language, request=None):
    """The HTML of each forum's card, in the order of ``ids``, named in ``language``."""

    def build(missing):
        forums = (
            apps.get_model("events", "EventPage")
            .objects.filter(pk__in=missing)
            .select_related("district", "theme")
            .defer_streamfields()
        )
        return {
            card.page.pk: render_to_string(
                "events/event_page_card.html", {"card": card}, request=request
            )
            for card in forum_cards(forums, language)
        }

    html = cached_many({pk: f"forum-card:{pk}:{language}" for pk in ids}, build)
    # Our own template's output, escaped as it was rendered.
    return [mark_safe(html[pk]) for pk in ids if pk in html]
