"""Wagtail's page view, with the first steps of its routing from the cache.

Wagtail starts every route at the site's root page, in the reader's language and as
its specific type: three queries (the locale, the translation, the home page's own
row) before the home page routes the rest of the URL (``HomePage.route``, itself
cached). Which home page a site shows in a language changes only when pages are
published, moved or deleted, which bump the version; so it is kept under it.
"""

import contextlib

from django.conf import settings
from django.http import Http404
from django.middleware import locale as django_locale
from django.utils.translation import get_language
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from core.cache import cached


def _home(site, language):
    """The site's root page in ``language`` (the root itself if it has no live
    translation), as its specific type; None when the site has no root page."""

    def build():
        root = site.root_page
        return root.localized.specific if root else None

    return cached(f"home-page:{site.pk}:{language}", build)


def serve(request, path):
    """Wagtail's ``serve``, given the route it would find."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        home = _home(site, get_language()) if site else None
        route = None
        if home is not None:
            with contextlib.suppress(Http404):
                route = home.route(request, [part for part in path.split("/") if part])
        request._wagtail_route_for_request = route
    return wagtail_serve(request, path)


class LocaleMiddleware(django_locale.LocaleMiddleware):
    """Django's, except for the addresses without a language prefix that answer in
    every language themselves (the API, by ``?locale=``): their "not found" stays a
    404 instead of a redirect to the same address under /sv/, where Wagtail's pages
    would answer."""

    def process_response(self, request, response):
        if request.path_info.startswith(settings.PORTAL_UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
