"""How long each store of personal data is kept, and the purge that enforces it.

Each subject app registers its stores when it is ready; ``manage.py enforce_retention``
(run daily) purges them all and says how much went. The privacy page states the same
periods to residents. What Wagtail's audit log keeps about a purged row goes with it:
its label is the row's name (a registrant's name, for one), shown under site history.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class Store:
    name: str
    days: object  # a callable that returns the days, read from settings when purging
    purge: object  # called with the cut-off time, returns how many records went


_stores = {}


def register(name, days, purge):
    _stores[name] = Store(name, days, purge)


def stores():
    return list(_stores.values())


def cutoff(days):
    if days < 0:
        raise ValueError("A retention cannot be negative.")
    return timezone.now() - datetime.timedelta(days=days)


def delete_with_history(queryset):
    """Delete the rows of ``queryset`` and the audit log entries about them; returns how
    many rows went."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    content_type = ContentType.objects.get_for_model(queryset.model)
    ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(content_type=content_type, object_id__in=ids).delete()
    _total, by_model = queryset.delete()
    return by_model.get(queryset.model._meta.label, 0)


def forget_deleted(*models):
    """Audit log entries about rows of ``models`` that no longer exist (deleted in the
    admin, or before this purge existed): their labels still name people."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    forgotten = 0
    for model in models:
        content_type = ContentType.objects.get_for_model(model)
        entries = ModelLogEntry.objects.filter(content_type=content_type)
        existing = {str(pk) for pk in model.objects.values_list("pk", flat=True)}
        gone = {object_id for object_id in entries.values_list("object_id", flat=True)}
        gone -= existing
        if gone:
            forgotten += entries.filter(object_id__in=gone).delete()[0]
    return forgotten


def enforce(only=None):
    """Purge every registered store (or those named in ``only``): name -> records gone."""
    return {
        store.name: store.purge(cutoff(store.days()))
        for store in stores()
        if only is None or store.name in only
    }
