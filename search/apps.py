from django.apps import AppConfig
from django.conf import settings

from core import retention


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.cache import bump_version_on_change

        # The search page knows which queries have promoted results from the cache.
        bump_version_on_change(SearchPromotion)
        retention.register(
            "search statistics",
            lambda: settings.PORTAL_SEARCH_RETENTION_DAYS,
            purge_search_statistics,
        )


def purge_search_statistics(cutoff):
    """Daily counts of what was searched for, from days before ``cutoff``: a query can
    hold a name or an address."""
    from django.utils import timezone

    from search.models import QueryCount

    # The counts are dated in Stockholm time; the cutoff's UTC date is a day behind late
    # in the evening.
    deleted, _by_model = QueryCount.objects.filter(date__lt=timezone.localdate(cutoff)).delete()
    return deleted
