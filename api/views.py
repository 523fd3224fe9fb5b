"""The public, read-only API: pages (Wagtail's API), forums, city contacts and the
taxonomy, each in every language (``?locale=``), paginated (``?limit=``, ``?offset=``)
and rate-limited. Only what the public pages show is served: each endpoint lists its
fields, and a page type adds the ones it declares in ``api_fields``.
"""

import re

from django.conf import settings
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.serializers import PageLocaleField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Page

from api.throttling import ClientRateThrottle
from contacts.models import CityContact
from core.visibility import public
from events.models import EventPage
from taxonomy.models import District, Language, Theme, Topic

# No search here: the site search (/<language>/search/) is the one that stems each
# language; Wagtail's would search every language alike.
PAGE_FILTERS = [
    backend for backend in PagesAPIViewSet.filter_backends if backend.__name__ != "SearchFilter"
]


# Parameters that name a page by its id ("root": the site's home page).
ID_PARAMETERS = {"child_of", "descendant_of", "ancestor_of", "translation_of", "id"}
NUMBER = re.compile(r"[0-9]{1,18}")
LANGUAGES = {code for code, _name in settings.LANGUAGES}


class PublicAPIMixin:
    """JSON only (no browsable pages with scripts of their own), rate-limited, and no
    parameter that the database could not take (a NUL, a number past 64 bits, a
    language the site does not have) gets as far as a query."""

    renderer_classes = [JSONRenderer]
    throttle_classes = [ClientRateThrottle]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            for value in values:
                if "\x00" in value:
                    raise BadRequestError(f"{name} contains a NUL character")
                if name in ID_PARAMETERS and not (
                    NUMBER.fullmatch(value) or (value == "root" and name != "ancestor_of")
                ):
                    raise BadRequestError(f"{name} must be a page id")
                if name in {"limit", "offset"} and NUMBER.fullmatch(value) is None:
                    raise BadRequestError(f"{name} must be a positive integer")
                if name == "locale" and value not in LANGUAGES:
                    raise BadRequestError(f"locale must be one of {', '.join(sorted(LANGUAGES))}")


class PagesEndpoint(PublicAPIMixin, PagesAPIViewSet):
    filter_backends = PAGE_FILTERS
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }

    def get_base_queryset(self):
        """The live pages a visitor may read, in every language: those behind a view
        restriction (or under one) left out as the site's listings do, from the cached
        list of restrictions instead of a query for each use."""
        return public(Page.objects.live().filter(depth__gt=1))


class ForumsEndpoint(PagesEndpoint):
    """The forums, with their time, place and district in every listing."""

    model = EventPage
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "start",
        "end",
        "venue_name",
        "venue_address",
        "district",
        "theme",
        "status",
        "is_example",
    ]
    # Each question names the city unit that owns it: a query per forum, so a listing
    # leaves the questions to each forum's own answer.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "questions"]

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("locale", "district", "theme")
            .prefetch_related("languages", "interpretation", "associations")
        )


class SnippetEndpoint(PublicAPIMixin, BaseAPIViewSet):
    """A translatable snippet's public fields, in one language with ``?locale=``."""

    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = (BaseAPIViewSet.known_query_parameters | {"locale"}) - {
        "search",
        "search_operator",
    }
    # The language code, as pages have it (PageLocaleField reads any object's locale).
    meta_fields = [*BaseAPIViewSet.meta_fields, APIField("locale", PageLocaleField(read_only=True))]

    # Relations a listing reads for every item, fetched in one query each.
    prefetch = ()

    def get_queryset(self):
        queryset = self.model.objects.select_related("locale").order_by("id")
        return queryset.prefetch_related(*self.prefetch)


class ContactsEndpoint(SnippetEndpoint):
    prefetch = ("districts", "topics")
    model = CityContact
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "name",
        "kind",
        "helps_with",
        "districts",
        "topics",
        "phone",
        "email",
        "website",
        "visiting_address",
        "opening_hours",
        "accessibility",
    ]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "kind", "locale"]


class TermEndpoint(SnippetEndpoint):
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "description"]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "name",
        "slug",
        "description",
        "locale",
    ]


class DistrictsEndpoint(TermEndpoint):
    model = District


class TopicsEndpoint(TermEndpoint):
    model = Topic


class ThemesEndpoint(TermEndpoint):
    model = Theme


class LanguagesEndpoint(TermEndpoint):
    model = Language


# By the name in their address (/api/v2/<name>/). Not the classes' ``name``: Django REST
# framework empties it when it makes the views.
ENDPOINTS = {
    "pages": PagesEndpoint,
    "forums": ForumsEndpoint,
    "contacts": ContactsEndpoint,
    "districts": DistrictsEndpoint,
    "topics": TopicsEndpoint,
    "themes": ThemesEndpoint,
    "languages": LanguagesEndpoint,
}
