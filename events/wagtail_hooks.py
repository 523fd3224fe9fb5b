import django_filters
from django import forms
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contacts.models import CityContact
from core.filters import FilterSet, IndexView
from core.menu import PermissionMenuItem
from core.permissions import NoAddPermissionPolicy
from events import checkin_views
from events.models import Association, AssociationRecord, Registration
from events.models.registrations import queue_confirmation
from outbox.viewsets import ResendConfirmationMixin
from taxonomy.choosers import chooser_with_terms
from taxonomy.models import District, Language


class AssociationViewSet(SnippetViewSet):
    model = Association
    icon = "group"
    list_display = ["name", "district", "website"]
    search_fields = ["name"]
    chooser_viewset_class = chooser_with_terms("district")


register_snippet(AssociationViewSet)


register_permission_policy(Registration, NoAddPermissionPolicy(Registration))


class RegistrationViewSet(ResendConfirmationMixin, ModelViewSet):
    """Who has signed up for which forum; filterable by forum and exportable as CSV.

    Organisers may move someone between the waiting list and a place, or
    correct the number of people; the registrations are deleted after the
    forum by the delete_past_registrations command.
    """

    model = Registration
    icon = "list-ul"
    menu_label = _("Forum registrations")
    add_to_admin_menu = True
    menu_order = 850
    list_display = [
        "name",
        "event",
        "people",
        "status",
        "language",
        "created_at",
        "confirmation_sent_at",
    ]
    list_filter = ["event", "status", "language"]
    index_view_class = IndexView
    list_export = [
        "event",
        "event_start",
        "name",
        "email",
        "phone",
        "people",
        "get_status_display",
        "language",
        "language_needs",
        "accessibility_needs",
        "registered_at",
        "confirmation_sent",
    ]
    # Stockholm time, to the minute, and statuses in words, as organisers read them.
    export_headings = {
        "event_start": capfirst(_("starts")),
        "get_status_display": capfirst(_("status")),
        "registered_at": capfirst(_("registered at")),
        "confirmation_sent": capfirst(_("confirmation e-mailed at")),
    }
    export_filename = "forum-registrations"
    search_fields = ["name", "email"]
    form_fields = ["status", "people", "language_needs", "accessibility_needs"]
    inspect_view_enabled = True
    copy_view_enabled = False
    queue_confirmation = staticmethod(queue_confirmation)

    def get_queryset(self, request):
        return Registration.objects.select_related("event")


registration_viewset = RegistrationViewSet("forum_registrations")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register("register_admin_urls")
def register_checkin_urls():
    return [
        path("forum-checkin/", checkin_views.forums_view, name="forum_checkin_forums"),
        path("forum-checkin/<int:pk>/", checkin_views.forum_view, name="forum_checkin"),
        path(
            "forum-checkin/<int:pk>/invitations/",
            checkin_views.invitations_view,
            name="forum_invitations",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_checkin_menu_item():
    return PermissionMenuItem(
        _("Forum check-in"),
        reverse("forum_checkin_forums"),
        icon_name="tick",
        order=851,
        permissions=[checkin_views.PERMISSION],
    )


@hooks.register("insert_global_admin_css")
def events_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-events.css"))


class AssociationRecordFilters(FilterSet):
    """The register by district (every administration's contacts at once), language,
    city unit and need of premises."""

    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="association__district",
        queryset=District.objects.filter(locale__language_code="sv"),
    )
    languages = django_filters.ModelChoiceFilter(
        label=_("Language reached"),
        queryset=Language.objects.filter(locale__language_code="sv"),
    )
    units_in_contact = django_filters.ModelChoiceFilter(
        label=_("City unit in contact"),
        queryset=CityContact.objects.filter(locale__language_code="sv"),
    )

    class Meta:
        model = AssociationRecord
        fields = ["district", "languages", "units_in_contact", "needs_premises"]


class AssociationRecordViewSet(ModelViewSet):
    """The associations city staff work with, shared by every administration: contact
    person, communities and languages reached, the city units in contact, needs. Staff
    only; the public pages show an association's name, description and website alone."""

    model = AssociationRecord
    icon = "group"
    menu_label = _("Association register")
    add_to_admin_menu = True
    menu_order = 852
    list_display = [
        "association",
        "district",
        "contact_person",
        "languages_reached",
        "units",
        "needs_premises",
        "updated_at",
    ]
    filterset_class = AssociationRecordFilters
    index_view_class = IndexView
    search_fields = ["association__name", "contact_person", "communities", "needs", "notes"]
    list_export = [
        "association",
        "district",
        "contact_person",
        "contact_email",
        "contact_phone",
        "contact_confirmed_on",
        "communities",
        "languages_reached",
        "units",
        "needs_premises",
        "needs",
        "notes",
    ]
    export_headings = {
        "district": capfirst(_("district")),
        "languages_reached": capfirst(_("languages reached")),
        "units": capfirst(_("city units in contact")),
    }
    export_filename = "association-register"
    panels = [
        FieldPanel("association"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_confirmed_on"),
            ],
            heading=_("Contact person"),
        ),
        FieldPanel("communities"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("units_in_contact", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("needs_premises"), FieldPanel("needs")], heading=_("Needs")),
        FieldPanel("notes"),
    ]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_queryset(self, request):
        return AssociationRecord.objects.select_related(
            "association", "association__district"
        ).prefetch_related("languages", "units_in_contact")


association_register = AssociationRecordViewSet("association_register")


@hooks.register("register_admin_viewset")
def register_association_register():
    return association_register
