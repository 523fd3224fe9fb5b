"""Participants' own projects, as the programme showcases them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES, LinkBlock
from core.models import BasePage
from courses.labels import project_cards
from courses.models.participants import Project
from taxonomy.forms import SourceTermsFormMixin


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Being planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")


class ProjectPageForm(SourceTermsFormMixin, WagtailAdminPageForm):
    term_fields = ("district", "theme")


class ProjectPage(BasePage):
    """A participant's own project in a district: what it does, how far it has come and
    who supports it."""

    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("body"),
        APIField("district"),
        APIField("theme"),
        APIField("status"),
        APIField("public_mentor"),
    ]

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences: what the project does, for whom and where."),
    )
    body = RichTextField(
        _("about the project"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the project has done so far and what it needs."),
    )
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "The district where the project takes place. Readers can filter projects by district."
        ),
    )
    theme = models.ForeignKey(
        "taxonomy.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "What the project is mainly about, such as health or education. Shown with the project."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.RUNNING,
        help_text=_("How far the project has come. Update it when the project starts or ends."),
    )
    mentor_name = models.CharField(
        _("mentor"),
        max_length=150,
        blank=True,
        help_text=_("The mentor's name. Leave empty unless the mentor has agreed to be named."),
    )
    mentor_consents = models.BooleanField(
        _("the mentor has agreed to be named on the site"),
        default=False,
        help_text=_(
            "Tick only when the mentor has said yes. "
            "Without it, the mentor's name cannot be published."
        ),
    )
    links = StreamField(
        [("link", LinkBlock(icon="link", label=_("Link")))],
        verbose_name=_("links"),
        blank=True,
        help_text=_("The project's own pages, such as a website or a page on social media."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("district"), FieldPanel("theme"), FieldPanel("status")]),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("mentor_name"), FieldPanel("mentor_consents")], heading=_("Mentor")
        ),
        FieldPanel("links"),
    ]

    override_translatable_fields = [
        SynchronizedField("district"),
        SynchronizedField("theme"),
        SynchronizedField("status"),
        SynchronizedField("mentor_name"),
        SynchronizedField("mentor_consents"),
    ]

    base_form_class = ProjectPageForm
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]

    search_kind = "programme"
    search_tags = {"district": "district"}

    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("participant's project")
        verbose_name_plural = _("participants' projects")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = project_cards([self], get_language())[0]
        context["shared"] = self.shared()
        return context

    def shared(self):
        """What the participant's project linked to this page may show: each item only
        with the participant's yes (None when no project is linked)."""
        project = (
            Project.objects.select_related("participant__application")
            .filter(page_key=self.translation_key)
            .first()
        )
        return project.public if project is not None else None

    @property
    def public_mentor(self):
        """The mentor's name, only when they agreed to be named."""
        return self.mentor_name if self.mentor_consents else ""

    def clean(self):
        super().clean()
        if self.mentor_name and not self.mentor_consents:
            raise ValidationError(
                {
                    "mentor_consents": _(
                        "Publish the mentor's name only when the mentor has agreed to it."
                    )
                }
            )
