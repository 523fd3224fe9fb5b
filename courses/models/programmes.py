"""The development programme and the city's courses: programme pages, their modules
with sessions and course materials."""

from dataclasses import dataclass

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import CharBlock, DateBlock, StreamBlock, StructBlock, TextBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from calendars.ics import CalendarEvent, ics_response
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, IntroMixin
from core.navigation import cached, public
from courses.blocks import (
    CourseMaterialsStreamBlock,
    MaterialKind,
    SessionsStreamBlock,
    session_times,
)
from courses.forms import ApplicationForm, MaterialFilterForm, ProjectFilterForm
from courses.models.mentors import MentorsPage
from courses.models.projects import ProjectPage
from taxonomy.models import District, Language, vocabulary


@dataclass(frozen=True)
class Material:
    title: str
    kind: str
    language: str
    document: object = None
    url: str = ""
    kind_value: str = ""
    language_slug: str = ""


class ProgrammeIndexPage(BasePage, IntroMixin):
    """The city's programmes and courses, as cards."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.ProgrammePage", "courses.MaterialsLibraryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            public(ProgrammePage.objects.child_of(self).live(), request)
            .defer_streamfields()
            .order_by("path")
        )
        context["library"] = public(
            MaterialsLibraryPage.objects.child_of(self).live(), request
        ).first()
        return context


class RoundBlock(StructBlock):
    name = CharBlock(label=_("Name"), max_length=100, help_text=_("Such as “Round 1, 2027”."))
    starts = DateBlock(label=_("Starts"))
    ends = DateBlock(label=_("Ends"))
    note = TextBlock(label=_("Note"), required=False, max_length=300)

    class Meta:
        icon = "date"
        label = _("Round")


class RoundsStreamBlock(StreamBlock):
    round = RoundBlock()


class ProgrammePage(BasePage, IntroMixin):
    """A programme or course: what it is for, who can take part, how it is built, what
    participants get, when to apply, and its modules below it."""

    purpose = RichTextField(
        _("purpose"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Why the programme exists and what it should lead to, "
            "for participants and for the city."
        ),
    )
    audience = RichTextField(
        _("who it is for"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Who the programme is for and who can apply."),
    )
    structure = RichTextField(
        _("how it is built"), features=RICH_TEXT_FEATURES, help_text=_("Parts, meetings, length.")
    )
    length = models.CharField(
        _("length"),
        max_length=100,
        help_text=_("In a few words, such as “About a year, two course days a month”."),
    )
    benefits = RichTextField(
        _("what participants get"),
        features=RICH_TEXT_FEATURES,
        help_text=_("A list: course days, mentor, project support, seed money, certificate."),
    )
    application_opens = models.DateTimeField(
        _("applications open"),
        null=True,
        blank=True,
        help_text=_(
            "When the application form appears on the page. "
            "Leave both dates empty to keep applications closed."
        ),
    )
    application_closes = models.DateTimeField(
        _("applications close"),
        null=True,
        blank=True,
        help_text=_(
            "When the application form is taken off the page. "
            "Applications cannot be sent after that."
        ),
    )
    rounds = StreamField(
        RoundsStreamBlock(),
        verbose_name=_("rounds"),
        blank=True,
        help_text=_(
            "Each round of the programme with its dates, "
            "so readers can see when they could take part."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("purpose"),
        FieldPanel("audience"),
        FieldPanel("structure"),
        FieldPanel("length"),
        FieldPanel("benefits"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("application_opens"), FieldPanel("application_closes")]),
                FieldPanel("rounds"),
            ],
            heading=_("Applications and rounds"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("application_opens"),
        SynchronizedField("application_closes"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("purpose"),
        index.SearchField("audience"),
        index.SearchField("structure"),
        index.SearchField("benefits"),
    ]

    parent_page_types = ["courses.ProgrammeIndexPage"]
    subpage_types = ["courses.ModulePage", "courses.ProjectPage", "courses.MentorsPage"]

    class Meta:
        verbose_name = _("programme")

    @property
    def application_state(self):
        """ "open", "soon" (a period is set and has not begun) or "closed"."""
        now = timezone.now()
        if not (self.application_opens and self.application_closes):
            return "closed"
        if now < self.application_opens:
            return "soon"
        return "open" if now < self.application_closes else "closed"

    def children(self, request):
        """The modules, mentoring page and projects below, cached until a page changes."""

        def build(request, site):
            projects = list(
                ProjectPage.objects.child_of(self)
                .live()
                .public()
                .defer_streamfields()
                .order_by("path")
            )
            for project in projects:
                project.name_terms(request)
            return {
                "modules": list(
                    ModulePage.objects.child_of(self)
                    .live()
                    .public()
                    .defer_streamfields()
                    .order_by("path")
                ),
                "mentors": MentorsPage.objects.child_of(self).live().public().first(),
                "projects": projects,
            }

        return cached(request, f"programme:{self.pk}:{get_language()}", build)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.children(request)
        context["modules"] = children["modules"]
        context["mentors"] = children["mentors"]
        if self.application_state == "open":
            context["application_form"] = getattr(
                request, "application_form", None
            ) or ApplicationForm(request=request)
        return context

    def serve(self, request, *args, **kwargs):
        """The page, with the participants' projects filtered by district."""
        projects = self.children(request)["projects"]
        districts = vocabulary(request, District, get_language())
        keys = {districts.ids.get(project.district_id) for project in projects}
        choices = [(slug, name) for slug, name in districts.choices if districts.keys[slug] in keys]
        form = ProjectFilterForm(request.GET or None, districts=choices)
        context = self.get_context(request, *args, **kwargs)
        context["project_filter"] = form
        status = 200
        if form.is_bound and not form.is_valid():
            status = 400
        elif form.is_bound and form.cleaned_data["district"]:
            key = districts.keys[form.cleaned_data["district"]]
            projects = [
                project for project in projects if districts.ids.get(project.district_id) == key
            ]
        context["projects"] = projects
        return TemplateResponse(request, self.get_template(request), context, status=status)


class ModulePage(RoutablePageMixin, BasePage, IntroMixin):
    """One part of a programme: learning goals, sessions, study visits, assignments and
    course materials."""

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

    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["materials"] = self.material_list(request)
        return context

    def material_list(self, request):
        """The module's materials, with their type and language named in the reader's language."""
        languages = vocabulary(request, Language, get_language())
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


class MaterialsLibraryPage(BasePage, IntroMixin):
    """Every course material of the programmes beside it, filterable by programme, module,
    language and type with a plain GET form."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    parent_page_types = ["courses.ProgrammeIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials library")

    def rows(self, request):
        """Every material as a plain dict, cached until a page or document changes."""
        language = get_language()

        def build(request, site):
            programmes = {
                page.path: page
                for page in ProgrammePage.objects.child_of(self.get_parent())
                .live()
                .public()
                .defer_streamfields()
                .order_by("path")
            }
            rows = []
            modules = (
                ModulePage.objects.descendant_of(self.get_parent()).live().public().order_by("path")
            )
            for module in modules:
                programme = programmes.get(module.path[: -module.steplen])
                if programme is None:
                    continue
                for material in module.material_list(request):
                    document = material.document
                    rows.append(
                        {
                            "title": material.title,
                            "kind": material.kind_value,
                            "kind_label": str(material.kind),
                            "language": material.language_slug,
                            "language_name": material.language,
                            "url": document.url if document else material.url,
                            "extension": document.file_extension.upper() if document else "",
                            "external": document is None,
                            # Slugs are unique only among siblings; a dot never
                            # appears in one, so the pair names one module.
                            "module": f"{programme.slug}.{module.slug}",
                            "module_title": module.title,
                            "module_url": module.get_url(request),
                            "programme": programme.slug,
                            "programme_title": programme.title,
                        }
                    )
            return rows

        return cached(request, f"materials:{self.pk}:{language}", build)

    def serve(self, request, *args, **kwargs):
        rows = self.rows(request)
        programmes = list(dict.fromkeys((row["programme"], row["programme_title"]) for row in rows))
        modules = list(dict.fromkeys((row["module"], row["module_title"]) for row in rows))
        languages = sorted(
            {(row["language"], row["language_name"]) for row in rows}, key=lambda item: item[1]
        )
        form = MaterialFilterForm(
            request.GET or None, programmes=programmes, modules=modules, languages=languages
        )
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        if form.is_bound and not form.is_valid():
            return TemplateResponse(request, self.get_template(request), context, status=400)
        chosen = {
            name: value
            for name, value in (form.cleaned_data if form.is_bound else {}).items()
            if value
        }
        context["materials"] = [
            row for row in rows if all(row[name] == value for name, value in chosen.items())
        ]
        context["total"] = len(rows)
        return TemplateResponse(request, self.get_template(request), context)
