from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from core.filters import IndexView
from core.menu import PermissionMenuItem
from core.permissions import NoAddPermissionPolicy
from courses import participants, round_views
from courses.applications import queue_confirmation
from courses.models import Application, MentorOffer
from outbox.viewsets import ResendConfirmationMixin

COMMON_EXPORT = ["name", "email", "phone", "district", "languages"]
STATUS_EXPORT = [
    "get_status_display",
    "received_at",
    "confirmation_sent",
    "language",
    "reviewer_note",
]
EXPORT_HEADINGS = {
    "get_status_display": capfirst(_("status")),
    "get_source_display": capfirst(_("heard of it through")),
    "get_sector_display": capfirst(_("sector")),
    "received_at": capfirst(_("received")),
    "confirmation_sent": capfirst(_("confirmation e-mailed at")),
}

for model in (Application, MentorOffer):
    register_permission_policy(model, NoAddPermissionPolicy(model))


class ApplicationEditView(EditView):
    def save_instance(self):
        """Accepting an application makes the applicant a participant of the programme's
        round (and welcomes them); taking the acceptance back undoes it."""
        application = super().save_instance()
        participants.follow_status(application)
        return application


class ApplicationViewSet(ResendConfirmationMixin, ModelViewSet):
    """Applications to the programmes: staff with permission to change them set each
    one's status as they review it; those who may view them can also export them."""

    model = Application
    icon = "form"
    menu_label = pgettext_lazy("admin menu", "Applications")
    list_display = [
        "name",
        "programme",
        "district",
        "status",
        "language",
        "created_at",
        "confirmation_sent_at",
    ]
    list_filter = ["programme", "status", "language", "district", "source", "sector"]
    index_view_class = IndexView
    list_export = [
        "programme",
        *COMMON_EXPORT,
        "association",
        "get_source_display",
        "get_sector_display",
        "motivation",
        "project_idea",
        *STATUS_EXPORT,
    ]
    export_headings = EXPORT_HEADINGS
    export_filename = "programme-applications"
    search_fields = ["name", "email", "association", "project_idea"]
    form_fields = ["status", "reviewer_note"]
    edit_view_class = ApplicationEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    queue_confirmation = staticmethod(queue_confirmation)

    def get_queryset(self, request):
        return Application.objects.select_related("programme", "district")


class MentorOfferViewSet(ResendConfirmationMixin, ModelViewSet):
    """People who offered to be a mentor, with the same review statuses."""

    model = MentorOffer
    icon = "user"
    menu_label = _("Offers to mentor")
    list_display = [
        "name",
        "district",
        "status",
        "language",
        "created_at",
        "confirmation_sent_at",
    ]
    list_filter = ["status", "language", "district"]
    index_view_class = IndexView
    list_export = [*COMMON_EXPORT, "experience", *STATUS_EXPORT]
    export_headings = EXPORT_HEADINGS
    export_filename = "mentor-offers"
    search_fields = ["name", "email", "experience"]
    form_fields = ["status", "reviewer_note"]
    inspect_view_enabled = True
    copy_view_enabled = False
    queue_confirmation = staticmethod(queue_confirmation)

    def get_queryset(self, request):
        return MentorOffer.objects.select_related("district")


class ProgrammeSubmissionsGroup(ViewSetGroup):
    menu_label = _("Programme applications")
    menu_icon = "form"
    menu_order = 860
    items = (ApplicationViewSet("programme_applications"), MentorOfferViewSet("mentor_offers"))


@hooks.register("register_admin_viewset")
def register_submission_viewsets():
    return ProgrammeSubmissionsGroup()


@hooks.register("register_admin_urls")
def register_round_urls():
    return [
        path("programme-rounds/", round_views.rounds_view, name="programme_rounds"),
        path(
            "programme-rounds/<int:pk>/<str:round_id>/",
            round_views.round_view,
            name="programme_round",
        ),
        path(
            "programme-rounds/<int:pk>/<str:round_id>/sessions/<str:session_id>/",
            round_views.session_view,
            name="programme_session",
        ),
        path(
            "programme-rounds/<int:pk>/<str:round_id>/participants/<int:participant_id>/project/",
            round_views.project_view,
            name="programme_project",
        ),
        path(
            "programme-rounds/<int:pk>/<str:round_id>/participants/<int:participant_id>/mentor/",
            round_views.mentor_view,
            name="programme_mentor",
        ),
        path("programme-sectors/<int:pk>/", round_views.sectors_view, name="programme_sectors"),
        path(
            "programme-evaluation/<int:pk>/",
            round_views.evaluation_view,
            name="programme_evaluation",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_rounds_menu_item():
    return PermissionMenuItem(
        _("Programme rounds"),
        reverse("programme_rounds"),
        icon_name="group",
        order=861,
        permissions=[round_views.VIEW_PERMISSION],
    )
