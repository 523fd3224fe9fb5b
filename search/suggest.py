"""Suggestions while a reader types in the search box: live public pages in the reader's
language with words in their titles that start with what was typed, as JSON for the
search page's combobox (static/js/autocomplete.js). The search page works without them.

Not cached: each suggestion is one query on the search index, and caching every prefix
anyone types would push the navigation out of the shared cache.
"""

from django import forms
from django.http import JsonResponse
from django.utils.translation import get_language, gettext, ngettext
from django.views.decorators.http import require_safe
from wagtail.models import Page

from core.forms import printable
from core.visibility import public as visible
from search.forms import MAX_QUERY
from search.matching import locales
from search.page_types import kinds

MIN_LENGTH = 2
MAX_SUGGESTIONS = 8
# Candidates taken by the index's rank, then put in the order readers expect (_order).
CANDIDATES = 3 * MAX_SUGGESTIONS


class SuggestForm(forms.Form):
    q = forms.CharField(max_length=MAX_QUERY, required=False)

    def clean_q(self):
        return " ".join(printable(self.cleaned_data["q"]).split())


@require_safe
def suggest_view(request):
    """``{"suggestions": [{"title", "url", "kind"}, …], "status": "…"}``: the status
    is the sentence the combobox announces to screen readers."""
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return _response([], status=400)
    query = form.cleaned_data["q"]
    if len(query) < MIN_LENGTH:
        return _response([])
    return _response(_suggestions(request, query, get_language()))


def _suggestions(request, query, language):
    locale = locales().get(language)
    if locale is None:
        return []
    pages = visible(Page.objects.live()).filter(locale=locale, depth__gt=1)
    found = sorted(pages.autocomplete(query)[:CANDIDATES], key=lambda page: _order(page, query))
    labels = kinds()
    suggestions = []
    for page in found:
        url = page.get_url(request)
        if url:
            kind = labels.get(page.content_type_id, gettext("Page"))
            suggestions.append({"title": page.title, "url": url, "kind": str(kind)})
        if len(suggestions) == MAX_SUGGESTIONS:
            break
    return suggestions


def _order(page, query):
    """Titles that begin with what was typed first, then those where the first word typed
    begins an earlier word, then shorter titles; the index's rank breaks ties."""
    title = page.title.casefold()
    typed = query.casefold()
    first = typed.split()[0]
    words = title.split()
    position = next((i for i, word in enumerate(words) if word.startswith(first)), len(words))
    return (not title.startswith(typed), position, len(title))


def _response(suggestions, status=200):
    count = len(suggestions)
    if count:
        message = ngettext(
            "%(count)d suggestion. Use the up and down arrow keys to choose.",
            "%(count)d suggestions. Use the up and down arrow keys to choose.",
            count,
        ) % {"count": count}
    else:
        message = gettext("No suggestions.")
    response = JsonResponse({"suggestions": suggestions, "status": message}, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
