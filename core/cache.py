"""What public pages read of rows that change only when editors publish, move or
delete pages or edit snippets: cached under a version number that those events bump.

The number lives in the database (``NavigationVersion``), so every server process
sees a bump at once even when each keeps a cache of its own. During a request the
number is read once and what was read is kept for the rest of it (``RequestMemo``);
outside one (commands, tests calling functions directly) every call reads the number
and the shared cache, so nothing outlives a change.
"""

import pickle
import threading
from collections import OrderedDict
from contextvars import ContextVar

from django.apps import apps
from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

TIMEOUT = 60 * 60 * 24
_VERSION = object()  # the memo's key for the version number

# Sent after every bump with the row whose change caused it (``instance``; a page, a
# snippet, a site …), so that caches outside this process can follow: the proxy in front
# purges what the change may show on (operations/frontend.py).
version_bumped = Signal()

# What this request has read: name -> value. None outside a request.
_memo = ContextVar("portal_cache_memo", default=None)


class RequestMemo:
    """Middleware: one memo for each request, gone when the response is made."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


class SiteFromCache:
    """Middleware, after the host check: the request's Wagtail site and the sites' root
    paths from the versioned cache. Wagtail would look the site up in the database and
    the root paths up in the shared cache for every request, and both change only when
    the version does; Wagtail reads them from the request first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = cached(
            f"site:{request.get_host()}:{request.get_port()}",
            lambda: Site._find_for_request(request),
        )
        # What Wagtail reads (from the shared cache) to make a page's URL.
        request._wagtail_cached_site_root_paths = site_root_paths()
        return self.get_response(request)


def site_root_paths():
    """Wagtail's root paths of the sites, which it needs to make a page's URL."""
    return cached("site-root-paths", Site.get_site_root_paths)


class PageURLs:
    """Makes the relative URLs of many pages from one read of the sites' root paths.

    ``page.get_url()`` without a request reads the root paths from the shared cache once
    for each page; given this object in place of a request, Wagtail reads them from it
    (its ``_wagtail_cached_site_root_paths``), as from a request. The portal is one
    site, so the URLs are relative ones, as without a request.
    """

    _wagtail_site = None

    def __init__(self):
        self._wagtail_cached_site_root_paths = site_root_paths()

    def __call__(self, page):
        return page.get_url(request=self)


def _model(name):
    """One of core's models. Looked up rather than imported: the page models in
    core.models read this cache (through core.visibility)."""
    return apps.get_model("core", name)


def version():
    """The current version number: once per request, on every call outside one."""
    memo = _memo.get()
    if memo is not None and _VERSION in memo:
        return memo[_VERSION]
    counter = _model("NavigationVersion").objects.filter(pk=1)
    number = counter.values_list("number", flat=True).first() or 0
    if memo is not None:
        memo[_VERSION] = number
    return number


class _Local:
    """The last values this process read, pickled, by their versioned key.

    A key names its version, so a value kept here is never out of date; a new version
    simply misses. Values are kept as bytes and unpickled for each request, as Redis
    would give them, so no request sees what another did to its copy.
    """

    SIZE = 512

    def __init__(self):
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            data = self._values.get(key)
            if data is not None:
                self._values.move_to_end(key)
        return None if data is None else pickle.loads(data)

    def set(self, key, value):
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._values[key] = data
            while len(self._values) > self.SIZE:
                self._values.popitem(last=False)

    def clear(self):
        with self._lock:
            self._values.clear()


_local = _Local()


def forget():
    """Empty this process's copies, as after emptying the shared cache by hand (tests do,
    after changing rows without the signals that bump the version)."""
    _local.clear()


def cached(name, build):
    """``build()``'s value under ``name``, kept until the version changes.

    ``name`` must say everything the value depends on (a language, a page); the
    portal is one site, so URLs in the value are relative ones. Read from this
    request's memo, this process's memory, the shared cache, or built, in that order.
    """
    return cached_many({name: name}, lambda _missing: {name: build()}).get(name)


def cached_many(names, build):
    """Several values at once, each kept as ``cached`` keeps one: ``names`` maps each
    wanted item to its name, ``build(items)`` gives the values of the items found
    nowhere, as a dict by item. The shared cache is asked once for them all, and
    ``build`` called once for all that are missing. Returns the values by item; an
    item that was not built is left out. (None is never kept: it is built again.)"""
    memo = _memo.get()
    found, keys = {}, {}
    number = version()
    for item, name in names.items():
        if memo is not None and name in memo:
            found[item] = memo[name]
            continue
        key = f"portal:{name}:{number}"
        value = _local.get(key)
        if value is None:
            keys[item] = key
        else:
            found[item] = value
    if keys:
        shared = cache.get_many(list(keys.values()))
        missing = [item for item, key in keys.items() if shared.get(key) is None]
        built = build(missing) if missing else {}
        if built:
            cache.set_many({keys[item]: value for item, value in built.items()}, TIMEOUT)
        for item, key in keys.items():
            value = shared.get(key)
            if value is None:
                value = built.get(item)
            if value is not None:
                _local.set(key, value)
            if value is not None or item in built:
                found[item] = value
    if memo is not None:
        memo.update({names[item]: value for item, value in found.items()})
    return found


def bump_version(sender=None, instance=None, **kwargs):
    counter = _model("NavigationVersion")
    if not counter.objects.filter(pk=1).update(number=F("number") + 1):
        counter.objects.get_or_create(pk=1)
    version_bumped.send(sender=sender, instance=instance)


def _bump_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | _model("SiteLinks") | PageViewRestriction):
        bump_version(sender=sender, instance=instance)


def bump_version_on_change(*models):
    """Rebuild what is cached under the version whenever a row of ``models`` changes."""
    for model in models:
        label = model._meta.label
        post_save.connect(bump_version, sender=model, dispatch_uid=f"portal-version-saved-{label}")
        post_delete.connect(
            bump_version, sender=model, dispatch_uid=f"portal-version-deleted-{label}"
        )


def connect_signals():
    page_published.connect(bump_version, dispatch_uid="portal-navigation-published")
    page_unpublished.connect(bump_version, dispatch_uid="portal-navigation-unpublished")
    post_page_move.connect(bump_version, dispatch_uid="portal-navigation-moved")
    post_delete.connect(_bump_on_delete, dispatch_uid="portal-navigation-deleted")
    for model in (_model("SiteLinks"), Site, PageViewRestriction):
        post_save.connect(bump_version, sender=model, dispatch_uid=f"portal-navigation-{model}")
