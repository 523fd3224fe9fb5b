from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, post_save

from core import retention


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.cache import bump_version_on_change
        from search.models import SynonymGroup
        from search.synonyms import push_to_elasticsearch

        # The search page knows which queries have promoted results, and the synonyms,
        # from the cache.
        bump_version_on_change(SearchPromotion, SynonymGroup)
        for signal in (post_save, post_delete):
            signal.connect(
                push_to_elasticsearch, sender=SynonymGroup, dispatch_uid="synonyms-to-elasticsearch"
            )
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
