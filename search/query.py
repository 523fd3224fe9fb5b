"""The searching behind the search page: pages, city contacts, course materials and
editors' promotions, for a resolved ``Scope``; plain data back."""

import difflib
import html
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, Count, Q, TextField, When
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from contacts.models import CityContact, ContactFinderPage, directory
from core.cache import cached
from core.visibility import public as visible
from courses.queries import materials
from search.backends import config_for, counts_in_database
from search.forms import MAX_PAGE
from search.page_types import dates, kinds, models_of_kind, tagged_ids
from taxonomy.models import Topic, vocabulary

PER_PAGE = 10
MAX_CONTACTS = 3
START, STOP = "\x02", "\x03"  # around matched words in headlines, until escaped


@dataclass(frozen=True)
class Scope:
    """What a search looks through, resolved from the form."""

    language: str  # the reader's
    languages: tuple  # those searched, in order
    kind: str = ""  # "" for everything, a kind of page, "material" or "contact"
    topic_key: str | None = None
    district_key: str | None = None
    ids: tuple | None = None  # the pages tagged as the topic and district ask; None: all
    page: int | None = None
    # The language the reader chose, "" when they chose none: only then does a search
    # that finds nothing say which other languages have matches.
    chosen: str = ""

    @property
    def first(self):
        return self.page in (None, 1)


@dataclass
class Result:
    title: str
    url: str
    kind: str
    language: str
    language_name: str
    snippet: str = ""
    starts: object = None


@dataclass
class Found:
    listing: object  # the paginator's page
    results: list
    contacts: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    # When nothing was found: (code, name, count) of the other languages with
    # matches, and a query spelled as known words that finds something.
    elsewhere: list | None = None
    hint: str | None = None

    @property
    def total(self):
        return self.listing.paginator.count


def filtered_ids(topic_key, district_key):
    """Ids of the pages, in every language, tagged with the topic and the district
    (None when neither is asked for)."""
    ids = None
    if topic_key:
        ids = tagged_ids("topic", topic_key)
    if district_key:
        in_district = tagged_ids("district", district_key)
        ids = in_district if ids is None else ids & in_district
    return None if ids is None else tuple(sorted(ids))


def locales():
    return cached(
        "search:locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()}
    )


class Listing:
    """The results of several languages one after the other, counted in the database
    and fetched one page at a time."""

    def __init__(self, parts):
        self.parts = parts  # (language code, lazy search results)
        self._counts = None
        self._ids = None

    def counts(self):
        if self._counts is None:
            (_language, results), *others = self.parts
            if not others and counts_in_database():
                # One language: the ids of every match that can be shown, best first,
                # count them too. A separate COUNT would repeat the whole search.
                ranked = results.get_queryset().values_list("pk", flat=True)
                self._ids = list(ranked[: MAX_PAGE * PER_PAGE + 1])
                count = len(self._ids)
                if count > MAX_PAGE * PER_PAGE:
                    count = results.count()
                    del self._ids[MAX_PAGE * PER_PAGE :]
                self._counts = [count]
            else:
                self._counts = count_by_language(self.parts)
        return self._counts

    def count(self):
        return sum(self.counts())

    def __getitem__(self, window):
        if self._ids is not None:
            language = self.parts[0][0]
            ids = self._ids[window]
            pages = Page.objects.in_bulk(ids)
            return [(language, pages[pk]) for pk in ids if pk in pages]
        found, offset = [], 0
        for (language, results), count in zip(self.parts, self.counts(), strict=True):
            start, stop = max(window.start - offset, 0), min(window.stop - offset, count)
            if start < stop:
                found += [(language, page) for page in results[start:stop]]
            offset += count
        return found


def count_by_language(parts):
    """How many pages each of these searches finds: one query for them all on PostgreSQL
    (each search is limited to its own language's pages), one each elsewhere."""
    if len(parts) < 2 or not counts_in_database():
        return [results.count() for _language, results in parts]
    condition = Q(pk__in=[])
    for _language, results in parts:
        condition |= Q(pk__in=results.get_queryset().order_by().values("pk"))
    rows = (
        Page.objects.filter(condition)
        .order_by()  # grouped by language only, not by the default ordering's path
        .values("locale__language_code")
        .annotate(count=Count("pk"))
        .values_list("locale__language_code", "count")
    )
    counts = dict(rows)
    return [counts.get(language, 0) for language, _results in parts]


def _headlines(hits, query):
    """A snippet of each page's text with the matched words marked, each in its own
    language's configuration: one query for all (PostgreSQL only)."""
    if connection.vendor != "postgresql" or not hits:
        return {}
    by_language = {}
    for language, page in hits:
        by_language.setdefault(language, []).append(str(page.pk))
    snippets = [
        When(
            object_id__in=ids,
            then=SearchHeadline(
                "body_text",
                SearchQuery(query, config=config_for(language), search_type="websearch"),
                config=config_for(language),
                start_sel=START,
                stop_sel=STOP,
                max_words=30,
                min_words=12,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        for language, ids in by_language.items()
    ]
    entries = IndexEntry.objects.filter(
        object_id__in=[str(page.pk) for _language, page in hits],
        content_type_id__in={page.content_type_id for _language, page in hits},
    ).annotate(headline=Case(*snippets, output_field=TextField()))
    return {
        # Escaped first: only the marks become tags.
        object_id: mark_safe(
            html.escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
        )
        for object_id, headline in entries.values_list("object_id", "headline")
        if headline
    }


def _pages(public, query, language, kind, ids=None):
    """The pages among ``public`` of one language that match, best first, not yet
    fetched. (``public`` is made once per search: making it reads the restrictions.)"""
    pages = public.filter(locale=locales()[language])
    if kind:
        pages = pages.type(*models_of_kind(kind))
    if ids is not None:
        pages = pages.filter(id__in=ids)
    with translation.override(language):
        return pages.search(query)


def _results(hits, query, request=None):
    """Results for one page of (language, page) pairs, with snippets and forum dates.
    (Given the request, the pages' URLs come from what it has already read of the site.)"""
    labels = kinds()
    headlines = _headlines(hits, query)
    starts = dates([page for _language, page in hits])
    names = dict(settings.LANGUAGES)
    return [
        Result(
            title=page.title,
            url=page.get_url(request),
            kind=labels.get(page.content_type_id, _("Page")),
            language=language,
            language_name=names[language],
            snippet=headlines.get(str(page.pk), ""),
            starts=starts.get(page.pk),
        )
        for language, page in hits
    ]


def _contacts(query, language, limit, topic_key=None, district_key=None):
    with translation.override(language):
        found = list(
            get_search_backend().search(
                query, CityContact.objects.filter(locale=locales()[language])
            )[:limit]
        )
    cards = {card.reference: card for card in directory(language)}
    cards = [cards[contact.reference] for contact in found if contact.reference in cards]
    return [
        card
        for card in cards
        if (not topic_key or topic_key in card.topic_keys)
        and (not district_key or district_key in card.district_keys)
    ]


def _materials(query, language):
    """Course materials whose title, module or kind holds every word of the query."""
    words = query.casefold().split()
    names = dict(settings.LANGUAGES)
    results = []
    for row in materials(language):
        text = f"{row['title']} {row['module_title']} {row['kind_label']}".casefold()
        if all(word in text for word in words):
            results.append(
                Result(
                    title=row["title"],
                    url=row["url"],
                    kind=_("Course material"),
                    language=language,
                    language_name=names[language],
                    snippet=f"{row['module_title']} · {row['kind_label']} · {row['language_name']}",
                )
            )
    return results


def _promoted_queries():
    return set(SearchPromotion.objects.values_list("query__query_string", flat=True))


def _promotions(query, language, request=None):
    """What editors recommend for this query: their pages in this language, and links.
    The database is asked only for a query that has promotions."""
    normalised = normalise_query_string(query)
    if normalised not in cached("search:promoted", _promoted_queries):
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(Q(page__isnull=True) | Q(page__locale=locales()[language], page__live=True))
        .select_related("page")
    )
    return [
        {
            "title": promotion.title,
            "url": promotion.page.get_url(request) if promotion.page else promotion.link,
            "description": promotion.description,
        }
        for promotion in promotions
    ]


def _lexicon(language):
    """Every word of the page titles, topics and contacts of ``language``."""

    def build():
        texts = (
            Page.objects.live()
            .public()
            .filter(locale__language_code=language)
            .values_list("title", flat=True)
        )
        words = set()
        for text in [
            *texts,
            *(name for _slug, name in vocabulary(Topic, language).choices),
            *(card.name for card in directory(language)),
        ]:
            words.update(word for word in re.findall(r"\w+", text.casefold()) if len(word) > 2)
        return sorted(words)

    return cached(f"search:lexicon:{language}", build)


def _spelling_hint(public, query, language, kind, ids):
    """A query with each unknown word replaced by the closest known one, if that finds
    something; None otherwise."""
    lexicon = _lexicon(language)
    known = set(lexicon)
    words = query.casefold().split()
    corrected = [
        word
        if word in known
        else next(iter(difflib.get_close_matches(word, lexicon, 1, 0.75)), word)
        for word in words
    ]
    if corrected == words:
        return None
    hint = " ".join(corrected)
    return hint if _pages(public, hint, language, kind, ids).count() else None


def search(query, scope, request=None):
    """What ``query`` finds in ``scope``: one page of results, and on the first page
    the contacts and promotions; ``request``, when there is one, for the results' URLs."""
    public = visible(Page.objects.live())
    kind, ids = scope.kind, scope.ids
    contacts, promotions = [], []
    if kind in ("", "contact") and scope.first:
        contacts = _contacts(
            query,
            scope.languages[0],
            20 if kind else MAX_CONTACTS,
            scope.topic_key,
            scope.district_key,
        )
    if kind == "material":
        listing = Paginator(_materials(query, scope.language), PER_PAGE).get_page(scope.page)
        results = listing.object_list
    elif kind == "contact":
        listing, results = Paginator([], PER_PAGE).get_page(1), []
    else:
        pages = Listing(
            [(code, _pages(public, query, code, kind, ids)) for code in scope.languages]
        )
        listing = Paginator(pages, PER_PAGE).get_page(scope.page)
        results = _results(listing.object_list, query, request)
        if scope.first and scope.languages[0] == scope.language:
            promotions = _promotions(query, scope.language, request)
    found = Found(listing, results, contacts, promotions)
    if (
        not found.total
        and not contacts
        and not scope.chosen
        and kind not in ("contact", "material")
    ):
        # Nothing in the reader's language: say where else there are matches.
        others = [code for code, _name in settings.LANGUAGES if code != scope.language]
        names = dict(settings.LANGUAGES)
        counts = count_by_language(
            [(code, _pages(public, query, code, kind or None, ids)) for code in others]
        )
        found.elsewhere = [
            (code, names[code], count) for code, count in zip(others, counts, strict=True) if count
        ]
        found.hint = _spelling_hint(public, query, scope.language, kind or None, ids)
    return found


def finder_url(language):
    """The contact finder in ``language``, for readers who found nothing."""

    def build():
        finder = (
            ContactFinderPage.objects.live().public().filter(locale__language_code=language).first()
        )
        return finder.get_url() if finder else ""

    return cached(f"search:finder:{language}", build)
