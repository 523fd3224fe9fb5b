"""A programme's modules: their sessions (with calendar files) and course materials."""

from dataclasses import dataclass

from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from calendars.ics import CalendarEvent, ics_response
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, IntroMixin
from courses.blocks import (
    CourseMaterialsStreamBlock,
    MaterialKind,
    SessionsStreamBlock,
    session_times,
)
from taxonomy.models import Language, vocabulary


@dataclass(frozen=True)
class Material:
    title: str
    kind: str
    language: str
    document: object = None
    url: str = ""
    kind_value: str = ""
    language_slug: str = ""


class ModulePage(RoutablePageMixin, BasePage, IntroMixin):
    """One part of a programme: learning goals, sessions, study visits, assignments and
    course materials."""

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    learning_goals = RichTextField(
        _("learning goals"),
        features=RICH_TEXT_FEATURES,
        help_text=_("A list of what participants can do afterwards."),
    )
    sessions = StreamField(
        SessionsStreamBlock(),
        verbose_name=_("sessions"),
        blank=True,
        help_text=_(
            "Each course day or meeting with date, time and place. "
            "Participants can add them to their calendar."
        ),
    )
    study_visits = RichTextField(
        _("study visits"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "The places participants visit and what they learn there. "
            "Leave empty if there are none."
        ),
    )
    assignments = RichTextField(
        _("assignments"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "What participants do between sessions, and by when. Leave empty if there are none."
        ),
    )
    materials = StreamField(
        CourseMaterialsStreamBlock(),
        verbose_name=_("course materials"),
        blank=True,
        help_text=_(
            "Documents and links for this module. They are also listed in the materials library."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("learning_goals"),
        FieldPanel("sessions"),
        FieldPanel("study_visits"),
        FieldPanel("assignments"),
        FieldPanel("materials"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("learning_goals"),
        index.SearchField("sessions"),
        index.SearchField("study_visits"),
        index.SearchField("assignments"),
        index.SearchField("materials"),
    ]

    search_kind = "programme"

    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["materials"] = self.material_list(get_language())
        return context

    def material_list(self, language):
        """The module's materials, with their type and language named in ``language``."""
        languages = vocabulary(Language, language)
        kinds = dict(MaterialKind.CHOICES)
        return [
            Material(
                title=block.value["title"],
                kind=kinds.get(block.value["kind"], ""),
                language=languages.names.get(block.value["language"].translation_key),
                document=block.value["document"],
                url=block.value["url"],
                kind_value=block.value["kind"],
                language_slug=block.value["language"].slug,
            )
            for block in self.materials
        ]

    def calendar_events(self, request):
        """Each session as a calendar event; its UID is the session block's id, which every
        translation of the module keeps."""
        events = []
        for block in self.sessions:
            start, end = session_times(block.value)
            events.append(
                CalendarEvent(
                    uid=f"session-{block.id}@stockholm.se",
                    start=start,
                    end=end,
                    summary=f"{self.title}: {block.value['title']}",
                    description=block.value["preparation"],
                    location=", ".join(
                        part for part in (block.value["place"], block.value["address"]) if part
                    ),
                    url=request.build_absolute_uri(self.get_url(request)),
                )
            )
        return events

    @path("calendar/")
    def calendar_file(self, request):
        return ics_response(self.calendar_events(request), self.title, f"{self.slug}.ics")

    @path("calendar/<uuid:session>/")
    def session_calendar_file(self, request, session):
        uid = f"session-{session}@stockholm.se"
        events = [event for event in self.calendar_events(request) if event.uid == uid]
        if not events:
            raise Http404
        day = timezone.localtime(events[0].start).date().isoformat()
        return ics_response(events, self.title, f"{self.slug}-{day}.ics")
