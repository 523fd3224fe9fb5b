"""Contact cards as the search page shows them, rendered once per language and version
(as events.cards does for forums): a search that finds three contacts reads their
HTML in one call to the cache, not the whole directory."""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from contacts.models import directory
from core.cache import cached_many


def rendered_cards(references, language, suffix):
    """The HTML of each contact's card, in the order of ``references``: the contact in
    ``language``, the labels in the reader's; ``suffix`` keeps the cards' heading ids
    apart from others on the same page."""

    def build(missing):
        cards = {card.reference: card for card in directory(language)}
        return {
            reference: render_to_string(
                "components/contact_card.html", {"contact": cards[reference], "suffix": suffix}
            )
            for reference in missing
            if reference in cards
        }

    reader = get_language()
    names = {
        reference: f"contact-card:{reader}:{language}:{reference}:{suffix}"
        for reference in references
    }
    html = cached_many(names, build)
    # Our own template's output, escaped as it was rendered.
    return [mark_safe(html[reference]) for reference in references if reference in html]
