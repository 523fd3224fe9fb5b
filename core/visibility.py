"""What anonymous readers may see listed, in feeds and in calendars."""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.cache import cached


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_paths():
    """The tree paths of the pages with a view restriction (each covers those below)."""
    return cached("restricted-paths", _restricted_paths)


def public(pages):
    """``pages`` without those behind a view restriction (a password, a login, a group)
    or under one.

    Wagtail's ``.public()`` reads the restrictions on every call; here they come from
    the cache under the version, which a new or removed restriction bumps, so a listing
    on a warm cache asks nothing more.
    """
    paths = restricted_paths()
    hidden = Q()
    for path in paths:
        hidden |= Q(path__startswith=path)
    return pages.exclude(hidden) if paths else pages
