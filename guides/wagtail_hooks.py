from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.menu import PermissionMenuItem
from guides.models import InfluencePath, PageFeedback


class InfluencePathViewSet(SnippetViewSet):
    model = InfluencePath
    icon = "pick"
    list_display = ["name", "sort_order", "time_taken"]
    search_fields = ["name"]


register_snippet(InfluencePathViewSet)


class PageFeedbackViewSet(ModelViewSet):
    """Every answer readers gave, filterable and exportable as CSV; read only."""

    model = PageFeedback
    icon = "comment"
    menu_label = _("Page feedback")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["page", "language", "helpful", "comment", "created_at"]
    list_filter = ["language", "helpful"]
    list_export = ["page", "page_id", "language", "helpful", "comment", "created_at"]
    export_filename = "page-feedback"
    search_fields = ["comment"]
    form_fields = ["helpful", "comment"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return PageFeedback.objects.select_related("page")


page_feedback_viewset = PageFeedbackViewSet("page_feedback")


@hooks.register("register_admin_viewset")
def register_page_feedback_viewset():
    return page_feedback_viewset


class FeedbackSummaryView(ReportView):
    """Each page's answers in each language: how many, and how many found it helpful."""

    page_title = _("Feedback per page")
    header_icon = "comment"
    index_url_name = "feedback_summary"
    index_results_url_name = "feedback_summary_results"
    # Without a policy Wagtail lets every admin user in, whatever is listed as required.
    permission_policy = ModelPermissionPolicy(PageFeedback)
    any_permission_required = ["view"]
    columns = [
        Column("page__title", label=_("Page")),
        Column("language", label=_("Language")),
        Column("answers", label=_("Answers")),
        Column("helpful_yes", label=_("Helpful")),
        Column("helpful_no", label=_("Not helpful")),
        Column("comments", label=_("Comments")),
    ]
    list_export = [
        "page__title",
        "page_id",
        "language",
        "answers",
        "helpful_yes",
        "helpful_no",
        "comments",
    ]
    export_headings = {
        "page__title": _("Page"),
        "page_id": _("Page ID"),
        "language": _("Language"),
        "answers": _("Answers"),
        "helpful_yes": _("Helpful"),
        "helpful_no": _("Not helpful"),
        "comments": _("Comments"),
    }

    def get_queryset(self):
        return (
            PageFeedback.objects.values("page_id", "page__title", "language")
            .annotate(
                answers=Count("id"),
                helpful_yes=Count("id", filter=Q(helpful=True)),
                helpful_no=Count("id", filter=Q(helpful=False)),
                comments=Count("id", filter=~Q(comment="")),
            )
            .order_by("-answers", "page__title", "language")
        )


@hooks.register("register_admin_urls")
def register_feedback_summary_urls():
    return [
        path("reports/feedback/", FeedbackSummaryView.as_view(), name="feedback_summary"),
        path(
            "reports/feedback/results/",
            FeedbackSummaryView.as_view(results_only=True),
            name="feedback_summary_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_summary_menu_item():
    return PermissionMenuItem(
        _("Feedback per page"),
        reverse("feedback_summary"),
        name="feedback-summary",
        icon_name="comment",
        order=900,
        permissions=["guides.view_pagefeedback"],
    )
