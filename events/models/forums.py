"""A forum's page: when and where, its agenda and material, its places and how to sign up."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from events.blocks import AgendaStreamBlock, MaterialsStreamBlock, QuestionsStreamBlock
from events.choices import EventStatus
from events.feeds import calendar_response, json_ld
from events.labels import forum_details
from events.models import registrations
from events.models.associations import Association
from events.models.attendance import ForumAttendance
from printing.qr import qr_svg
from taxonomy.forms import SourceTermsFormMixin
from taxonomy.models import District, Language, Theme


class EventPageForm(SourceTermsFormMixin, WagtailAdminPageForm):
    term_fields = ("district", "theme", "languages", "interpretation", "associations")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("representatives",):
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale__language_code="sv")

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        deadline = data.get("registration_deadline")
        if start and end and end <= start:
            self.add_error("end", _("The forum must end after it starts."))
        if start and deadline and deadline > start:
            self.add_error(
                "registration_deadline", _("Registration must close before the forum starts.")
            )
        if data.get("status") != EventStatus.SCHEDULED and not data.get("status_note"):
            self.add_error(
                "status_note", _("Tell readers what changed when a forum is moved or cancelled.")
            )
        return data


class EventPage(RoutablePageMixin, BasePage):
    """One forum: when and where, in which languages, who hosts it, the agenda, the
    registration form, and after the forum its materials, summary and questions.

    A moved or cancelled forum keeps its page and address, clearly marked, so
    links in invitations and calendars still lead somewhere.
    """

    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("registration_deadline"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("venue_accessibility"),
        APIField("directions"),
        APIField("district"),
        APIField("theme"),
        APIField("languages"),
        APIField("interpretation"),
        APIField("associations"),
        APIField("agenda"),
        APIField("status"),
        APIField("status_note"),
        APIField("after_summary"),
        APIField("questions"),
    ]

    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "What the forum is about. Readers can filter forums by theme, "
            "and guides on the theme can show the forum."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two plain sentences: what the forum is about and who it is for."),
    )
    start = models.DateTimeField(_("starts"), help_text=_("Stockholm time."))
    end = models.DateTimeField(_("ends"), help_text=_("Stockholm time."))
    venue_name = models.CharField(
        _("venue"),
        max_length=150,
        help_text=_("The name of the place, such as a library or a community centre."),
    )
    venue_address = models.CharField(
        _("address"), max_length=200, help_text=_("Street, postcode and area.")
    )
    venue_accessibility = models.TextField(
        _("accessibility of the premises"),
        max_length=500,
        help_text=_("Step-free entrance, lift, hearing loop, accessible toilet and so on."),
    )
    directions = models.TextField(
        _("how to get there"), max_length=500, blank=True, help_text=_("Metro, bus, parking.")
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "The district where the forum takes place. Readers can filter forums by district."
        ),
    )
    languages = ParentalManyToManyField(
        Language,
        verbose_name=_("languages spoken"),
        related_name="+",
        help_text=_("The languages the speakers use."),
    )
    interpretation = ParentalManyToManyField(
        Language,
        verbose_name=_("interpretation offered into"),
        related_name="+",
        blank=True,
        help_text=_(
            "The languages an interpreter will translate into. "
            "Leave empty if there is no interpreter."
        ),
    )
    associations = ParentalManyToManyField(
        Association,
        verbose_name=_("co-hosting associations"),
        blank=True,
        help_text=_(
            "Local associations that host the forum with the city. "
            "Their names are shown on the page."
        ),
    )
    representatives = ParentalManyToManyField(
        "contacts.CityContact",
        verbose_name=_("city representatives"),
        blank=True,
        related_name="+",
        help_text=_("The city units that take part and answer questions."),
    )
    agenda = StreamField(
        AgendaStreamBlock(),
        verbose_name=_("agenda"),
        blank=True,
        help_text=_("What happens at the forum, in order, with times if you know them."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("How many people the venue takes. Leave empty for no limit."),
    )
    registration_deadline = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the forum starts."),
    )
    takes_registrations = models.BooleanField(
        _("take registrations on the page"),
        default=True,
        help_text=_("Untick if people do not need to sign up. The sign-up form is then hidden."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_(
            "Change this if the forum is moved or cancelled, "
            "and write what changed in the next field."
        ),
    )
    status_note = models.TextField(
        _("what changed"),
        max_length=500,
        blank=True,
        help_text=_("For a moved or cancelled forum: what changed and what readers should do."),
    )
    after_summary = RichTextField(
        _("summary of the forum"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "After the forum: what was talked about and what happens next. "
            "Leave empty until the forum has been held."
        ),
    )
    questions = StreamField(
        QuestionsStreamBlock(),
        verbose_name=_("questions and answers"),
        blank=True,
        help_text=_("After the forum: the questions people asked, with the city's answers."),
    )
    materials = StreamField(
        MaterialsStreamBlock(),
        verbose_name=_("materials"),
        blank=True,
        help_text=_(
            "After the forum: slides and handouts, so people who could not come can read them."
        ),
    )
    # Raised whenever the time, place or status changes, so calendars update (RFC 5545).
    sequence = models.PositiveIntegerField(default=0, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("theme"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("district")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("venue_accessibility"),
                FieldPanel("directions"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("interpretation", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Languages"),
        ),
        FieldPanel("associations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("representatives", widget=forms.CheckboxSelectMultiple),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldPanel("takes_registrations"),
                FieldPanel("capacity"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Changes")),
        MultiFieldPanel(
            [FieldPanel("after_summary"), FieldPanel("questions"), FieldPanel("materials")],
            heading=_("After the forum"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("theme"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("venue_address"),
        SynchronizedField("district"),
        SynchronizedField("languages"),
        SynchronizedField("interpretation"),
        SynchronizedField("associations"),
        SynchronizedField("representatives"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("takes_registrations"),
        SynchronizedField("status"),
        SynchronizedField("sequence"),
    ]

    base_form_class = EventPageForm
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("venue_name"),
        index.SearchField("venue_address"),
        index.SearchField("agenda"),
        index.SearchField("after_summary"),
        index.SearchField("questions"),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]

    search_kind = "forum"
    search_tags = {"district": "district"}
    # Search shows when a forum starts.
    search_date = "start"

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def save(self, *args, **kwargs):
        if self.pk:
            before = (
                EventPage.objects.filter(pk=self.pk)
                .values_list("start", "end", "venue_address", "status")
                .first()
            )
            if before and before != (self.start, self.end, self.venue_address, self.status):
                self.sequence += 1
        super().save(*args, **kwargs)

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_moved(self):
        return self.status == EventStatus.MOVED

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def closes_at(self):
        return self.registration_deadline or self.start

    @property
    def map_url(self):
        """OpenStreetMap's search for the address: a link out, never an embedded map."""
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.venue_address})

    @property
    def calendar_uid(self):
        """The same for every language version and through every change of the forum."""
        return f"forum-{self.translation_key}@stockholm.se"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The forum must end after it starts.")})

    def serve(self, request, view=None, args=None, kwargs=None, form=None):
        # RoutablePageMixin's serve() takes the route to answer; the page itself also
        # takes the registration form sent back with its errors (submissions.flow).
        kwargs = {**(kwargs or {}), "form": form} if form is not None else kwargs
        return super().serve(request, view, args, kwargs)

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["extras"] = forum_details(self, preview=getattr(request, "is_preview", False))
        if self.is_past:
            context["attendance"] = ForumAttendance.objects.filter(
                event_key=self.translation_key
            ).first()
        context["json_ld"] = json_ld(request, self, context["extras"])
        context.update(registrations.sign_up(self, form, via=request.GET.get("via", "")))
        return context

    @path("invitation/")
    def invitation(self, request):
        """A printable invitation, in the page's language, with a QR code to sign up;
        ``?via=`` names the co-hosting association that hands it out, and its link."""
        host = registrations.co_host(self, request.GET.get("via", ""))
        address = request.build_absolute_uri(self.get_url(request))
        if host is not None:
            address += f"?via={host.slug}"
        context = self.get_context(request)
        context.update(
            host=host.localized if host else None,
            address=address,
            qr=qr_svg(address, _("QR code: the address of the forum's page, to sign up")),
        )
        return TemplateResponse(request, "events/invitation.html", context)

    @path("calendar/")
    def calendar_file(self, request):
        return calendar_response(request, self, [self], None, filename=f"{self.slug}.ics")
