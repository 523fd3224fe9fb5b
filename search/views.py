"""The site search: pages and city contacts in the reader's language first, other
languages on request or when the reader's language has no match."""

import html
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, TextField
from django.db.models.functions import Cast
from django.shortcuts import render
from django.utils import translation
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from contacts.models import CityContact, ContactFinderPage, directory
from core.navigation import cached
from courses.models import MentorsPage, ModulePage, ProgrammeIndexPage, ProgrammePage, ProjectPage
from events.models import EventIndexPage, EventPage
from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePathsPage,
    OrganisationPage,
)
from search.backends import LANGUAGE_CONFIGS
from search.forms import SearchForm
from taxonomy.models import Topic, vocabulary

PER_PAGE = 10
MAX_PER_LANGUAGE = 100
MAX_CONTACTS = 3
TYPES = {
    "guide": (
        _("Guide"),
        (GuidePage, EasyReadPage, OrganisationPage, InfluencePathsPage, GuideIndexPage),
    ),
    "forum": (_("Forum"), (EventPage, EventIndexPage)),
    "programme": (
        _("Programme or course"),
        (ProgrammePage, ModulePage, ProjectPage, MentorsPage, ProgrammeIndexPage),
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


def _kinds():
    """Content type id -> the label of its kind of page."""
    kinds = {}
    for label, models in TYPES.values():
        for content_type in ContentType.objects.get_for_models(*models).values():
            kinds[content_type.pk] = label
    return kinds


def _headlines(pages, query, language):
    """A snippet of each page's text with the matched words marked (PostgreSQL only)."""
    if connection.vendor != "postgresql" or not pages:
        return {}
    config = LANGUAGE_CONFIGS.get(language, "simple")
    entries = IndexEntry.objects.filter(
        object_id__in=[str(page.pk) for page in pages],
        content_type_id__in={page.content_type_id for page in pages},
    ).annotate(
        headline=SearchHeadline(
            "body_text",
            SearchQuery(query, config=config, search_type="websearch"),
            config=config,
            start_sel=START,
            stop_sel=STOP,
            max_words=30,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
    )
    return {
        # Escaped first: only the marks become tags.
        object_id: mark_safe(
            html.escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
        )
        for object_id, headline in entries.values_list("object_id", "headline")
        if headline
    }


def _pages(query, locale, kind):
    pages = Page.objects.live().public().filter(locale=locale)
    if kind:
        pages = pages.type(*TYPES[kind][1])
    with translation.override(locale.language_code):
        found = list(pages.search(query)[:MAX_PER_LANGUAGE])
    return found


def _results(request, pages, query, language):
    kinds = _kinds()
    headlines = _headlines(pages, query, language)
    forum_type = ContentType.objects.get_for_model(EventPage).pk
    forums = [page.pk for page in pages if page.content_type_id == forum_type]
    starts = (
        dict(EventPage.objects.filter(pk__in=forums).values_list("pk", "start")) if forums else {}
    )
    names = dict(settings.LANGUAGES)
    return [
        Result(
            title=page.title,
            url=page.get_url(request),
            kind=kinds.get(page.content_type_id, _("Page")),
            language=language,
            language_name=names[language],
            snippet=headlines.get(str(page.pk), ""),
            starts=starts.get(page.pk),
        )
        for page in pages
    ]


def _contacts(request, query, locale, limit):
    with translation.override(locale.language_code):
        found = list(
            get_search_backend().search(query, CityContact.objects.filter(locale=locale))[:limit]
        )
    cards = {card.reference: card for card in directory(request, locale.language_code)}
    return [cards[contact.reference] for contact in found if contact.reference in cards]


def _counts_elsewhere(query, locales, kind):
    """How many pages match in each of these languages, by locale id: one query on
    PostgreSQL, each language's words parsed with its own configuration."""
    if connection.vendor != "postgresql":
        return {locale.pk: len(_pages(query, locale, kind)) for locale in locales}
    condition = Q(pk__in=[])
    for locale in locales:
        words = SearchQuery(
            query,
            config=LANGUAGE_CONFIGS.get(locale.language_code, "simple"),
            search_type="websearch",
        )
        entries = IndexEntry.objects.filter(
            object_id=OuterRef("text_id"), content_type_id=OuterRef("content_type_id")
        ).filter(Q(title=words) | Q(body=words))
        condition |= Q(locale=locale) & Exists(entries)
    pages = Page.objects.live().public()
    if kind:
        pages = pages.type(*TYPES[kind][1])
    rows = (
        pages.annotate(text_id=Cast("pk", TextField()))
        .filter(condition)
        .values("locale")
        .annotate(count=Count("pk"))
        .values_list("locale", "count")
    )
    return dict(rows)


def search_view(request):
    form = SearchForm(request.GET or None)
    language = get_language()
    context = {"form": form, "language": language}
    if form.is_bound and not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query = form.cleaned_data["q"] if form.is_bound else ""
    if not query:
        return render(request, "search/search.html", _help(request, context, language))

    kind = form.cleaned_data["type"]
    scope = form.cleaned_data["language"]
    locales = cached(
        request,
        "search:locales",
        lambda request, site: {locale.language_code: locale for locale in Locale.objects.all()},
    )
    others = [code for code, _name in settings.LANGUAGES if code != language]
    languages = [language, *others] if scope == "all" else [scope or language]

    results, contacts = [], []
    for code in languages:
        if kind != "contact":
            pages = _pages(query, locales[code], kind or None)
            results += _results(request, pages, query, code)
        if kind in ("", "contact") and code == languages[0]:
            contacts = _contacts(request, query, locales[code], 20 if kind else MAX_CONTACTS)

    listing = Paginator(results, PER_PAGE).get_page(form.cleaned_data["page"])
    context.update(
        query=query,
        listing=listing,
        contacts=contacts,
        total=len(results),
        scope=scope,
        base_query=urlencode({"q": query, "type": kind, "language": scope}),
    )
    if not results and not contacts:
        if not scope and kind != "contact":
            # Nothing in the reader's language: say where else there are matches.
            names = dict(settings.LANGUAGES)
            counts = _counts_elsewhere(query, [locales[code] for code in others], kind or None)
            context["elsewhere"] = [
                (code, names[code], counts[locales[code].pk])
                for code in others
                if counts.get(locales[code].pk)
            ]
        _help(request, context, language)
    return render(request, "search/search.html", context)


def _help(request, context, language):
    """What the page offers when there is nothing to show: topics and the contact finder."""
    context["topics"] = vocabulary(request, Topic, language).choices[:8]
    context["finder_url"] = cached(request, f"search:finder:{language}", _finder_url)
    return context


def _finder_url(request, site):
    finder = ContactFinderPage.objects.live().filter(locale__language_code=get_language()).first()
    return finder.get_url(request) if finder else ""
