"""The site search: pages and city contacts in the reader's language first, other
languages on request or when the reader's language has no match."""

import difflib
import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, Count, Q, TextField, When
from django.shortcuts import render
from django.utils import translation
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.database.postgres.postgres import PostgresSearchResults
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from contacts.models import CityContact, ContactFinderPage, directory
from core.cache import cached
from courses.models import (
    MaterialsLibraryPage,
    MentorsPage,
    ModulePage,
    ProgrammeIndexPage,
    ProgrammePage,
    ProjectPage,
)
from events.models import EventIndexPage, EventPage
from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePathsPage,
    OrganisationPage,
)
from search.backends import config_for
from search.forms import MAX_PAGE, SearchForm
from search.models import QueryCount
from taxonomy.models import District, Topic, vocabulary

PER_PAGE = 10
MAX_CONTACTS = 3
TYPES = {
    "guide": (
        _("Guide"),
        (GuidePage, EasyReadPage, OrganisationPage, InfluencePathsPage, GuideIndexPage),
    ),
    "forum": (_("Forum"), (EventPage, EventIndexPage)),
    "programme": (
        _("Programme or course"),
        (
            ProgrammePage,
            ModulePage,
            ProjectPage,
            MentorsPage,
            ProgrammeIndexPage,
            MaterialsLibraryPage,
        ),
    ),
}
START, STOP = "\x02", "\x03"  # around matched words in headlines, until escaped


@dataclass
class Result:
    title: str
    url: str
    kind: str
    language: str
    language_name: str
    snippet: str = ""
    starts: object = None


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
            if not others and isinstance(results, PostgresSearchResults):
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
    if len(parts) < 2 or not all(isinstance(r, PostgresSearchResults) for _l, r in parts):
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


def kinds():
    """Content type id -> the label of its kind of page."""
    labels = {}
    for label, models in TYPES.values():
        for content_type in ContentType.objects.get_for_models(*models).values():
            labels[content_type.pk] = label
    return labels


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


def _pages(public, query, locale, kind, ids=None):
    """The pages among ``public`` of one language that match, best first, not yet
    fetched. (``public`` is made once per request: making it reads the restrictions.)"""
    pages = public.filter(locale=locale)
    if kind:
        pages = pages.type(*TYPES[kind][1])
    if ids is not None:
        pages = pages.filter(id__in=ids)
    with translation.override(locale.language_code):
        return pages.search(query)


def _results(request, hits, query):
    """Results for one page of (language, page) pairs, with snippets and forum dates."""
    labels = kinds()
    headlines = _headlines(hits, query)
    forum_type = ContentType.objects.get_for_model(EventPage).pk
    forums = [page.pk for _language, page in hits if page.content_type_id == forum_type]
    starts = (
        dict(EventPage.objects.filter(pk__in=forums).values_list("pk", "start")) if forums else {}
    )
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


def _filtered_ids(topic_key, district_key):
    """Ids of the pages, in every language, tagged with the topic and the district.

    Translations keep their links to the Swedish terms, so the translation key finds
    them all."""
    ids = None
    if topic_key:
        ids = set(
            GuidePage.topics.through.objects.filter(topic__translation_key=topic_key).values_list(
                "guidepage_id", flat=True
            )
        )
    if district_key:
        in_district = set(
            GuidePage.districts.through.objects.filter(
                district__translation_key=district_key
            ).values_list("guidepage_id", flat=True)
        )
        for model in (EventPage, ProjectPage):
            in_district.update(
                model.objects.filter(district__translation_key=district_key).values_list(
                    "pk", flat=True
                )
            )
        ids = in_district if ids is None else ids & in_district
    return None if ids is None else sorted(ids)


def _contacts(request, query, locale, limit, topic_key=None, district_key=None):
    with translation.override(locale.language_code):
        found = list(
            get_search_backend().search(query, CityContact.objects.filter(locale=locale))[:limit]
        )
    cards = {card.reference: card for card in directory(locale.language_code)}
    cards = [cards[contact.reference] for contact in found if contact.reference in cards]
    return [
        card
        for card in cards
        if (not topic_key or topic_key in card.topic_keys)
        and (not district_key or district_key in card.district_keys)
    ]


def _materials(request, query, language):
    """Course materials whose title, module or kind holds every word of the query."""
    library = cached(
        f"search:library:{language}",
        lambda: (
            MaterialsLibraryPage.objects.live()
            .public()
            .filter(locale__language_code=language)
            .first()
        ),
    )
    if library is None:
        return []
    words = query.casefold().split()
    names = dict(settings.LANGUAGES)
    results = []
    for row in library.rows(language):
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


def _promotions(request, query, locale):
    """What editors recommend for this query: their pages in this language, and links.
    The database is asked only for a query that has promotions."""
    normalised = normalise_query_string(query)
    if normalised not in cached("search:promoted", _promoted_queries):
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(Q(page__isnull=True) | Q(page__locale=locale, page__live=True))
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


def _lexicon():
    """Every word of the page titles, topics and contacts of the active language."""
    language = get_language()
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


def _spelling_hint(request, public, query, locale, kind, ids):
    """A query with each unknown word replaced by the closest known one, if that finds
    something; None otherwise."""
    lexicon = cached(f"search:lexicon:{locale.language_code}", _lexicon)
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
    return hint if _pages(public, hint, locale, kind, ids).count() else None


def search_view(request):
    language = get_language()
    topics = vocabulary(Topic, language)
    districts = vocabulary(District, language)
    form = SearchForm(request.GET or None, topics=topics.choices, districts=districts.choices)
    context = {"form": form, "language": language}
    if form.is_bound and not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query = form.cleaned_data["q"] if form.is_bound else ""
    if not query:
        return render(request, "search/search.html", _help(request, context, language))

    data = form.cleaned_data
    kind, scope = data["type"], data["language"]
    topic_key = topics.keys.get(data["topic"])
    district_key = districts.keys.get(data["district"])
    locales = cached(
        "search:locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )
    others = [code for code, _name in settings.LANGUAGES if code != language]
    languages = [language, *others] if scope == "all" else [scope or language]
    ids = _filtered_ids(topic_key, district_key)
    public = Page.objects.live().public()

    first = data["page"] in (None, 1)
    contacts, promotions = [], []
    if kind in ("", "contact") and first:
        contacts = _contacts(
            request,
            query,
            locales[languages[0]],
            20 if kind else MAX_CONTACTS,
            topic_key,
            district_key,
        )
    if kind == "material":
        listing = Paginator(_materials(request, query, language), PER_PAGE).get_page(data["page"])
        results = listing.object_list
    elif kind == "contact":
        listing, results = Paginator([], PER_PAGE).get_page(1), []
    else:
        pages = Listing(
            [(code, _pages(public, query, locales[code], kind, ids)) for code in languages]
        )
        listing = Paginator(pages, PER_PAGE).get_page(data["page"])
        results = _results(request, listing.object_list, query)
        if first and scope in ("", "all", language):
            promotions = _promotions(request, query, locales[language])
    total = listing.paginator.count
    if first:
        QueryCount.record(query, language, found=bool(total or contacts or promotions))

    context.update(
        query=query,
        listing=listing,
        results=results,
        contacts=contacts,
        promotions=promotions,
        total=total,
        scope=scope,
        base_query=urlencode(
            {
                "q": query,
                "type": kind,
                "topic": data["topic"],
                "district": data["district"],
                "language": scope,
            }
        ),
    )
    if not total and not contacts:
        if not scope and kind not in ("contact", "material"):
            # Nothing in the reader's language: say where else there are matches.
            names = dict(settings.LANGUAGES)
            counts = count_by_language(
                [(code, _pages(public, query, locales[code], kind or None, ids)) for code in others]
            )
            context["elsewhere"] = [
                (code, names[code], count)
                for code, count in zip(others, counts, strict=True)
                if count
            ]
            context["hint"] = _spelling_hint(
                request, public, query, locales[language], kind or None, ids
            )
        _help(request, context, language)
    return render(request, "search/search.html", context)


def _help(request, context, language):
    """What the page offers when there is nothing to show: topics and the contact finder."""
    context["topics"] = vocabulary(Topic, language).choices[:8]
    context["finder_url"] = cached(f"search:finder:{language}", _finder_url)
    return context


def _finder_url():
    finder = (
        ContactFinderPage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .first()
    )
    return finder.get_url() if finder else ""
