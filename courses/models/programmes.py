"""The development programme and the city's courses: programme pages, their modules
with sessions and course materials."""

from dataclasses import dataclass, replace

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.blocks import CharBlock, DateBlock, StreamBlock, StructBlock, TextBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.cache import PageURLs, cached
from core.models import BasePage, IntroMixin
from core.visibility import public
from courses.forms import INVITE, ApplicationForm, MaterialFilterForm, ProjectFilterForm
from courses.labels import project_cards
from courses.models.mentors import MentorsPage
from courses.models.modules import ModulePage
from courses.models.projects import ProjectPage
from taxonomy.models import District, vocabulary

PROJECT_CARD = "courses/project_page_card.html"


def application_state(opens, closes):
    """ "open", "soon" (a period is set and has not begun) or "closed", now."""
    now = timezone.now()
    if not (opens and closes):
        return "closed"
    if now < opens:
        return "soon"
    return "open" if now < closes else "closed"


@dataclass
class ProgrammeCard:
    """A programme as the listing shows it; whether it is open is worked out when read."""

    url: str
    title: str
    intro: str
    length: str
    application_opens: object
    application_closes: object

    @property
    def application_state(self):
        return application_state(self.application_opens, self.application_closes)


class ProgrammeIndexPage(BasePage, IntroMixin):
    """The city's programmes and courses, as cards."""

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    search_kind = "programme"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.ProgrammePage", "courses.MaterialsLibraryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme listing")

    def listing(self):
        """The programmes' cards and the materials library's link (None without one),
        kept under the version: they change only when pages are published."""

        def build():
            programmes = (
                public(ProgrammePage.objects.child_of(self).live())
                .defer_streamfields()
                .order_by("path")
            )
            library = public(MaterialsLibraryPage.objects.child_of(self).live()).first()
            url = PageURLs()
            cards = [
                ProgrammeCard(
                    url=url(programme),
                    title=programme.title,
                    intro=programme.intro,
                    length=programme.length,
                    application_opens=programme.application_opens,
                    application_closes=programme.application_closes,
                )
                for programme in programmes
            ]
            if library is None:
                return cards, None
            return cards, {"url": url(library), "title": library.title, "intro": library.intro}

        return cached(f"programme-cards:{self.pk}", build)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"], context["library"] = self.listing()
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

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("purpose"),
        APIField("audience"),
        APIField("structure"),
        APIField("length"),
        APIField("benefits"),
        APIField("application_opens"),
        APIField("application_closes"),
        APIField("rounds"),
    ]

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
    completion_share = models.PositiveSmallIntegerField(
        _("share of sessions to complete"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "In per cent: the share of a round's sessions a participant must come to "
            "to complete the programme and get a certificate."
        ),
    )
    asks_sector = models.BooleanField(
        _("ask for the applicant's sector"),
        default=False,
        help_text=_(
            "Tick for a course that takes as many from civil society, the public sector, "
            "business and academia: the form asks, and staff see the balance."
        ),
    )
    requires_project_report = models.BooleanField(
        _("a reported project is needed to complete"),
        default=False,
        help_text=_(
            "Tick for a programme with own projects: a participant completes it only "
            "once their project has reported how the seed money was used."
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
                FieldPanel("completion_share"),
                FieldPanel("requires_project_report"),
                FieldPanel("asks_sector"),
            ],
            heading=_("Applications and rounds"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("application_opens"),
        SynchronizedField("application_closes"),
        SynchronizedField("completion_share"),
        SynchronizedField("requires_project_report"),
        SynchronizedField("asks_sector"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("purpose"),
        index.SearchField("audience"),
        index.SearchField("structure"),
        index.SearchField("benefits"),
    ]

    search_kind = "programme"

    parent_page_types = ["courses.ProgrammeIndexPage"]
    subpage_types = ["courses.ModulePage", "courses.ProjectPage", "courses.MentorsPage"]

    class Meta:
        verbose_name = _("programme")

    @property
    def application_state(self):
        """ "open", "soon" (a period is set and has not begun) or "closed"."""
        return application_state(self.application_opens, self.application_closes)

    def children(self, language):
        """The modules, mentoring page and projects below, their terms named in
        ``language``; cached until a page changes."""

        def build():
            projects = [
                # Rendered here, once: a page of projects costs no template work.
                replace(card, html=render_to_string(PROJECT_CARD, {"card": card}))
                for card in project_cards(
                    ProjectPage.objects.child_of(self)
                    .live()
                    .public()
                    .defer_streamfields()
                    .order_by("path"),
                    language,
                )
            ]
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

        return cached(f"programme:{self.pk}:{language}", build)

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.children(get_language())
        context["modules"] = children["modules"]
        context["mentors"] = children["mentors"]
        if self.application_state == "open":
            invite = request.GET.get("invite", "")
            context["application_form"] = form or ApplicationForm(
                request=request,
                page=self,
                initial={"invite": invite if INVITE.fullmatch(invite) else ""},
            )
        return context

    def serve(self, request, *args, **kwargs):
        """The page, with the participants' projects filtered by district."""
        language = get_language()
        projects = self.children(language)["projects"]
        districts = vocabulary(District, language)
        keys = {districts.ids.get(card.page.district_id) for card in projects}
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
                card for card in projects if districts.ids.get(card.page.district_id) == key
            ]
        context["projects"] = projects
        return TemplateResponse(request, self.get_template(request), context, status=status)


class MaterialsLibraryPage(BasePage, IntroMixin):
    """Every course material of the programmes beside it, filterable by programme, module,
    language and type with a plain GET form."""

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    search_kind = "programme"

    parent_page_types = ["courses.ProgrammeIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials library")

    def rows(self, language):
        """Every material as a plain dict, named in ``language``; cached until a page or
        document changes."""

        def build():
            url = PageURLs()
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
                for material in module.material_list(language):
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
                            "module_url": url(module),
                            "programme": programme.slug,
                            "programme_title": programme.title,
                        }
                    )
            return rows

        return cached(f"materials:{self.pk}:{language}", build)

    def serve(self, request, *args, **kwargs):
        rows = self.rows(get_language())
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
