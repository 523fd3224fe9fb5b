"""The searching behind the search page: pages, city contacts, course materials and
editors' promotions, for a resolved ``Scope``; plain data back."""

import difflib
import html
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from contacts.cards import rendered_cards
from contacts.models import CityContact, ContactFinderPage, directory
from core.cache import cached
from core.visibility import public as visible
from courses.queries import materials
from search import ranking
from search.backends import counts_in_database
from search.matching import PER_PAGE, START, STOP, locales, matching, reading
from search.page_types import dates, kinds, tagged_ids
from taxonomy.models import Topic, vocabulary

MAX_CONTACTS = 3


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
    as_typed: bool = False  # misspelt words are searched for as typed
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
    partial: bool = False  # matches only some of the words


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
    corrected: str = ""  # the query searched for instead, with misspelt words corrected

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


def _marked(snippet):
    """A snippet from PostgreSQL as HTML: escaped first, so only the marks become tags."""
    return mark_safe(html.escape(snippet).replace(START, "<mark>").replace(STOP, "</mark>"))


def _snippets(hits, query):
    """Page id -> snippet, for pages found by another backend where the database index
    is kept beside it on PostgreSQL (search.elasticsearch)."""
    if connection.vendor != "postgresql":
        return {}
    pages = ranking.pages_with_snippets(
        query, [(language, page.pk) for language, page in hits], START, STOP
    )
    return {pk: page.snippet for pk, page in pages.items()}


def _results(hits, query, request=None, partial=frozenset()):
    """Results for one page of (language, page) pairs, with snippets and forum dates.
    (Given the request, the pages' URLs come from what it has already read of the site.)"""
    labels = kinds()
    if hits and not hasattr(hits[0][1], "snippet"):
        snippets = _snippets(hits, query)
        for _language, page in hits:
            page.snippet = snippets.get(page.pk)
    starts = dates([page for _language, page in hits])
    names = dict(settings.LANGUAGES)
    return [
        Result(
            title=page.title,
            url=page.get_url(request),
            kind=labels.get(page.content_type_id, _("Page")),
            language=language,
            language_name=names[language],
            snippet=_marked(page.snippet) if page.snippet else "",
            starts=starts.get(page.pk),
            partial=page.pk in partial,
        )
        for language, page in hits
    ]


def _contacts(query, language, limit, topic_key=None, district_key=None):
    """The cards (HTML) of the city contacts that match, best first, of the topic and
    district if asked."""
    among = None
    if topic_key or district_key:
        among = [
            card.reference
            for card in directory(language)
            if (not topic_key or topic_key in card.topic_keys)
            and (not district_key or district_key in card.district_keys)
        ]
    if counts_in_database():
        references = ranking.ranked_contacts(
            [reading(query, language)],
            language,
            locales()[language].pk,
            ContentType.objects.get_for_model(CityContact).pk,
            limit,
            references=among,
        )
    else:
        contacts = CityContact.objects.filter(locale=locales()[language])
        with translation.override(language):
            found = get_search_backend().search(query, contacts)
            if among is None:
                found = found[:limit]
            references = [contact.reference for contact in found]
        if among is not None:
            wanted = set(among)
            references = [reference for reference in references if reference in wanted][:limit]
    return rendered_cards(references, language, "search")


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
    return hint if sum(matching(public, hint, [language], kind, ids).totals()) else None


def search(query, scope, request=None):
    """What ``query`` finds in ``scope``: one page of results, and on the first page
    the contacts and promotions; ``request``, when there is one, for the results' URLs."""
    public = visible(Page.objects.live())
    kind, ids = scope.kind, scope.ids
    contacts, promotions, corrected = [], [], ""
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
        pages = matching(public, query, scope.languages, kind, ids, correct=not scope.as_typed)
        listing = Paginator(pages, PER_PAGE).get_page(scope.page)
        results = _results(listing.object_list, pages.query, request, pages.partial)
        corrected = pages.corrected
        if scope.first and scope.languages[0] == scope.language:
            promotions = _promotions(query, scope.language, request)
    found = Found(listing, results, contacts, promotions, corrected=corrected)
    if (
        not found.total
        and not contacts
        and not scope.chosen
        and kind not in ("contact", "material")
    ):
        # Nothing in the reader's language: say where else there are matches.
        others = [code for code, _name in settings.LANGUAGES if code != scope.language]
        names = dict(settings.LANGUAGES)
        counts = matching(public, query, others, kind, ids, read_first=False).totals()
        found.elsewhere = [
            (code, names[code], count) for code, count in zip(others, counts, strict=True) if count
        ]
        if not counts_in_database():
            # On PostgreSQL misspelt words are corrected as the search is made.
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
