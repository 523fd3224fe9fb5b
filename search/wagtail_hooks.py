import datetime

import django_filters
from django.conf import settings
from django.db.models import Max, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.menu import PermissionMenuItem
from search.models import QueryCount, SynonymGroup

PERIODS = {"7": 7, "30": 30, "365": 365}


class QueryCountFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=[
            ("7", _("Last 7 days")),
            ("30", _("Last 30 days")),
            ("365", _("Last 365 days")),
        ],
        method="filter_period",
        empty_label=_("All time"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )
    found_nothing = django_filters.BooleanFilter(
        label=_("Found nothing at least once"), method="filter_found_nothing"
    )

    class Meta:
        model = QueryCount
        fields = ["period", "language", "found_nothing"]

    def filter_period(self, queryset, name, value):
        since = timezone.localdate() - datetime.timedelta(days=PERIODS[value] - 1)
        return queryset.filter(date__gte=since)

    def filter_found_nothing(self, queryset, name, value):
        return queryset.filter(total_misses__gt=0) if value else queryset.filter(total_misses=0)


class QueryCountReportView(ReportView):
    """What residents search for in each language, and what finds nothing: the gaps in
    the content, and the queries that need a promoted result."""

    page_title = _("Searches")
    header_icon = "search"
    index_url_name = "search_queries"
    index_results_url_name = "search_queries_results"
    # Without a policy Wagtail lets every admin user in, whatever is listed as required.
    permission_policy = ModelPermissionPolicy(QueryCount)
    any_permission_required = ["view"]
    filterset_class = QueryCountFilterSet
    columns = [
        Column("query_string", label=_("Query")),
        Column("language", label=_("Language")),
        Column("total_searches", label=_("Searches")),
        Column("total_misses", label=_("Searches without results")),
        Column("last_searched", label=_("Last searched")),
    ]
    list_export = [
        "query_string",
        "language",
        "total_searches",
        "total_misses",
        "last_searched",
    ]
    export_headings = {
        "query_string": _("Query"),
        "language": _("Language"),
        "total_searches": _("Searches"),
        "total_misses": _("Searches without results"),
        "last_searched": _("Last searched"),
    }

    def get_queryset(self):
        return (
            QueryCount.objects.values("query_string", "language")
            .annotate(
                total_searches=Sum("searches"),
                total_misses=Sum("misses"),
                last_searched=Max("date"),
            )
            .order_by("-total_searches", "query_string", "language")
        )


@hooks.register("register_admin_urls")
def register_query_count_urls():
    return [
        path("reports/searches/", QueryCountReportView.as_view(), name="search_queries"),
        path(
            "reports/searches/results/",
            QueryCountReportView.as_view(results_only=True),
            name="search_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_query_count_menu_item():
    return PermissionMenuItem(
        _("Searches"),
        reverse("search_queries"),
        name="searches",
        icon_name="search",
        order=1300,
        permissions=["search.view_querycount"],
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms(request, menu_items):
    """Wagtail's own search terms report counts nothing here: the portal counts searches
    per language in the report above."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


class SynonymGroupViewSet(SnippetViewSet):
    """Editors' synonyms, per language; each change is kept with who made it (History)."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["words", "language"]
    list_filter = ["language"]
    search_fields = ["words"]
    ordering = ["language", "words"]


register_snippet(SynonymGroupViewSet)
