from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.navigation import bump_version_on_change

        # The search page knows which queries have promoted results from the cache.
        bump_version_on_change(SearchPromotion)
