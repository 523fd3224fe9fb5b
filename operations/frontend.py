"""The proxy in front (Varnish, or a CDN that takes the same requests) keeps the pages
anonymous visitors see; this tells it what a change may have altered.

Whatever makes the versioned cache start again (core/cache.py: a page published,
unpublished, moved or deleted, a snippet or the site's links saved) is passed on:

- a page: its address in every language (its translations, whose language links name
  it, and its own path under every language prefix) and the sitemap, then every page of
  its language, since menus, listings, breadcrumbs and related links show it;
- a row with a language (a translated snippet: a topic's name, a contact): every page of
  that language;
- anything else (the site's footer links, the site): every page.

The purge is a task, enqueued when the change commits: publishing never waits on the
proxy, and the proxy never fetches the page again before the change can be read.
"""

import logging
import re
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.tasks import task
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page

logger = logging.getLogger(__name__)

ALL = "*"


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purge (one address, ``PURGE``), and ``BAN`` for a whole language.

    ``deploy/varnish/default.vcl`` takes both from loopback only. The portal is one
    site, so the proxy keys its cache on the path alone and the host does not matter.
    """

    def ban(self, path_pattern):
        request = Request(
            f"{self.cache_scheme}://{self.cache_netloc}/",
            method="BAN",
            headers={"X-Ban-Path": path_pattern},
        )
        try:
            urlopen(request, timeout=5).close()
        except (URLError, OSError) as error:
            logger.error("Could not ban %s in the proxy: %s", path_pattern, error)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def _prefix_pattern(language):
    if language == ALL:
        return "^/"
    return f"^/{re.escape(language)}/"


def page_paths(page):
    """The page's path in every language: its translations' and its own under each prefix."""
    paths = set()
    pages = [page, *Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)]
    prefix = re.compile(r"^/[a-z]{2}(?:-[a-z]+)?/")
    for each in pages:
        parts = each.get_url_parts()
        if not parts or not parts[2]:
            continue
        path = parts[2]
        paths.add(path)
        for code in languages():
            paths.add(prefix.sub(f"/{code}/", path))
    return sorted(paths)


def purge_after_change(sender=None, instance=None, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    paths = []
    if isinstance(instance, Page):
        # The sitemap lists every page, under no language.
        paths = [*page_paths(instance), "/sitemap.xml"]
        bans = [instance.locale.language_code]
    elif getattr(instance, "locale_id", None):
        bans = [instance.locale.language_code]
    else:
        bans = [ALL]
    transaction.on_commit(lambda: purge.enqueue(paths, bans))


@task()
def purge(paths, bans):
    """Purge ``paths`` and ban every page under each language in ``bans`` (``*``: all)."""
    urls = [f"{settings.WAGTAILADMIN_BASE_URL}{path}" for path in paths]
    for backend in get_backends().values():
        # A backend without bans (a CDN's purge API) gets the pages' own addresses only.
        for language in bans if hasattr(backend, "ban") else ():
            backend.ban(_prefix_pattern(language))
        if urls:
            backend.purge_batch(urls)
