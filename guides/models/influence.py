"""How the city is organised and the ways residents can influence it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.cache import PageURLs, cached
from core.models import BasePage, IntroMixin
from guides.blocks import OrganisationChartBlock


class OrganisationPage(BasePage, IntroMixin):
    """How the city is organised, as a diagram made of text that every reader can follow.

    Each box can link to the guide or the contact that explains it.
    """

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    chart = StreamField(
        [("chart", OrganisationChartBlock())],
        verbose_name=_("diagram"),
        max_num=1,
        min_num=1,
        help_text=_(
            "The diagram, written as text: the top body, the bodies below it and their units. "
            "Link each box to a page or a contact."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("chart")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("chart"),
    ]

    search_kind = "guide"

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("organisation diagram page")


class InfluencePath(TranslatableMixin, models.Model):
    """One way for residents to influence the city, such as a citizen proposal.

    The influence paths page shows them all side by side, in the order given
    here, so readers can pick the one that fits their matter.
    """

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("A short name for this way to influence the city, such as citizen proposal."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "Used in the web address to link straight to this way to influence. "
            "The same in every language."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    good_for = models.CharField(
        _("good for"),
        max_length=250,
        help_text=_("Finish the sentence: this path suits you when you want to …"),
    )
    who_can = models.TextField(
        _("who can use it"),
        max_length=400,
        help_text=_("Who may use it and any conditions, such as living in the district."),
    )
    how = RichTextField(
        _("how"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "What to do, step by step, and what to include. Link to the form if there is one."
        ),
    )
    what_next = models.TextField(
        _("what happens next"),
        max_length=400,
        help_text=_("What happens after the resident has acted, and whether they get an answer."),
    )
    time_taken = models.CharField(
        _("how long it takes"),
        max_length=250,
        help_text=_("Roughly how long it takes before something happens, in a few words."),
    )
    contact = models.ForeignKey(
        "contacts.CityContact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The city contact residents can ask about this way to influence. Optional."),
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page that explains it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A guide that explains this way in more detail. Readers get a link to it. Optional."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("good_for"),
        FieldPanel("who_can"),
        FieldPanel("how"),
        FieldPanel("what_next"),
        FieldPanel("time_taken"),
        FieldPanel("contact"),
        FieldPanel("page"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("good_for"),
        TranslatableField("who_can"),
        TranslatableField("how"),
        TranslatableField("what_next"),
        TranslatableField("time_taken"),
        TranslatableField("contact"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
        SynchronizedField("page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("influence path")
        verbose_name_plural = _("influence paths")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class InfluencePathsPage(BasePage, IntroMixin):
    """Every way to influence the city side by side, to help readers pick one.

    The paths themselves are the Influence paths snippets.
    """

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    search_kind = "guide"

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("influence paths page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = self.locale

        def build():
            paths = list(InfluencePath.objects.filter(locale=locale).select_related("contact"))
            page_keys = Page.objects.filter(
                id__in=[path.page_id for path in paths if path.page_id]
            ).values_list("id", "translation_key")
            keys = dict(page_keys)
            url = PageURLs()
            pages = {
                page.translation_key: url(page)
                for page in Page.objects.live()
                .public()
                .filter(translation_key__in=keys.values(), locale=locale)
            }
            return [(path, pages.get(keys.get(path.page_id))) for path in paths]

        context["paths"] = cached(f"influence-paths:{locale.pk}", build)
        return context
