"""Guide sections, guides with their related guides, and easy-to-read versions."""

from dataclasses import dataclass, field

from django import forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.cache import PageURLs, cached
from core.models import BasePage, IntroMixin, ReviewMixin
from core.visibility import public
from guides.blocks import EasyReadStreamBlock, GuideStreamBlock
from guides.choices import Audience
from guides.forms import FeedbackForm, GuideFilterForm
from guides.panels import ReadabilityPanel
from guides.structured_data import guide_json_ld
from taxonomy.forms import SourceTermsFormMixin
from taxonomy.models import District, Topic, vocabulary


@dataclass
class GuideCard:
    """A guide as its section lists it: what the card shows and what the filters read."""

    pk: int
    url: str
    title: str
    summary: str
    audience: str
    topic_keys: frozenset
    # Named for the reader's request.
    topic_names: list = field(default_factory=list)
    audience_label: str = ""

    def is_for(self, audience):
        return not audience or self.audience in (audience, Audience.EVERYONE)


class GuideIndexPage(BasePage, IntroMixin):
    """A section of guides, such as "Driva förening", listing its guides as cards.

    Readers can narrow the list by topic and by audience.
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

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage", "guides.OrganisationPage", "guides.InfluencePathsPage"]

    class Meta:
        verbose_name = _("guide section")

    def guides(self):
        return public(GuidePage.objects.child_of(self).live()).order_by("path")

    def cards(self):
        """The section's guides as cards, in tree order. They change only when something
        is published, moved or deleted, so they are kept under the version."""

        def build():
            guides = list(self.guides().defer_streamfields())
            topic_keys = GuidePage.topic_keys_for(guides)
            url = PageURLs()
            return [
                GuideCard(
                    pk=guide.pk,
                    url=url(guide),
                    title=guide.card_title,
                    summary=guide.listing_summary,
                    audience=guide.audience,
                    topic_keys=frozenset(topic_keys.get(guide.pk, ())),
                )
                for guide in guides
            ]

        return cached(f"guide-cards:{self.pk}", build)

    def serve(self, request, *args, **kwargs):
        language = get_language()
        topics = vocabulary(Topic, language)
        guides = self.cards()
        used = {key for guide in guides for key in guide.topic_keys}
        form = GuideFilterForm(
            request.GET or None,
            topics=[(slug, name) for slug, name in topics.choices if topics.keys[slug] in used],
        )
        shown = guides
        if form.is_bound and form.is_valid():
            topic_key = topics.keys.get(form.cleaned_data["topic"])
            audience = form.cleaned_data["audience"]
            shown = [
                guide
                for guide in guides
                if (topic_key is None or topic_key in guide.topic_keys) and guide.is_for(audience)
            ]
        for guide in guides:
            guide.topic_names = topics.names_of(guide.topic_keys)
            guide.audience_label = Audience(guide.audience).label
        context = self.get_context(request, *args, **kwargs)
        context.update(form=form, guides=shown, total=len(guides))
        status = 400 if form.is_bound and not form.is_valid() else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)


class GuidePageForm(SourceTermsFormMixin, WagtailAdminPageForm):
    pass


class GuidePage(BasePage, IntroMixin, ReviewMixin):
    """A guide that explains one thing residents or associations need to know or do.

    It can have an easy-to-read version as a child page, and readers can say
    whether it helped them.
    """

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("audience"),
        APIField("topics"),
        APIField("districts"),
        APIField("body"),
        APIField("last_reviewed"),
    ]

    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_(
            "Who the guide is mainly for. Readers can filter guides by it. "
            "Guides for everyone are always shown."
        ),
    )
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("topics"),
        blank=True,
        help_text=_("What the guide is about. Readers can filter the guides by topic."),
    )
    districts = ParentalManyToManyField(
        District,
        verbose_name=_("districts"),
        blank=True,
        help_text=_("Leave empty when the guide applies to the whole city."),
    )
    body = StreamField(
        GuideStreamBlock(),
        verbose_name=_("body"),
        help_text=_(
            "The guide itself. Start with what readers need most. "
            "Use steps for things done in order."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        ReadabilityPanel(),
        InlinePanel("related_guides", label=_("Related guides"), max_num=4),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what the guide is for"),
        ),
        MultiFieldPanel(ReviewMixin.review_panels, heading=_("Review")),
        *BasePage.settings_panels,
    ]

    override_translatable_fields = [
        SynchronizedField("audience"),
        SynchronizedField("topics"),
        SynchronizedField("districts"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("review_interval_months"),
    ]

    base_form_class = GuidePageForm
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("body"),
        # Swedish topic names in every language: a Swedish word met at an office finds
        # the guide from any language's site.
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    search_kind = "guide"
    # Search filters by these: which terms a page is tagged with, by vocabulary.
    search_tags = {"topic": "topics", "district": "districts"}

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = ["guides.EasyReadPage"]

    class Meta:
        verbose_name = _("guide")

    @staticmethod
    def topic_keys_for(guides):
        """page id -> set of topic translation keys, in one query."""
        keys = {}
        rows = GuidePage.topics.through.objects.filter(
            guidepage_id__in=[guide.pk for guide in guides]
        ).values_list("guidepage_id", "topic__translation_key")
        for page_id, key in rows:
            keys.setdefault(page_id, set()).add(key)
        return keys

    def extras(self):
        """The guide's topics and districts, related guides and easy-to-read version.

        All of it changes only when something is published or a term is edited,
        so it is cached under the navigation version.
        """

        def build():
            language = self.locale.language_code
            topic_keys = GuidePage.topics.through.objects.filter(guidepage_id=self.pk).values_list(
                "topic__translation_key", flat=True
            )
            district_keys = GuidePage.districts.through.objects.filter(
                guidepage_id=self.pk
            ).values_list("district__translation_key", flat=True)
            related_keys = list(
                self.related_guides.order_by("sort_order").values_list(
                    "guide__translation_key", flat=True
                )
            )
            related = {
                page.translation_key: page
                for page in GuidePage.objects.live()
                .public()
                .filter(translation_key__in=related_keys, locale=self.locale)
            }
            easy_read = (
                EasyReadPage.objects.live()
                .public()
                .filter(path__startswith=self.get_source_path())
                .first()
            )
            url = PageURLs()
            return {
                "topics": vocabulary(Topic, language).names_of(topic_keys),
                "districts": vocabulary(District, language).names_of(district_keys),
                "related": [
                    (
                        url(related[key]),
                        related[key].card_title,
                        related[key].listing_summary,
                    )
                    for key in related_keys
                    if key in related
                ],
                "easy_read": url(easy_read) if easy_read else None,
            }

        return cached(f"guide:{self.pk}", build)

    def get_source_path(self):
        """Tree path of the Swedish guide this page translates (or its own path)."""
        source = Page.objects.filter(
            translation_key=self.translation_key, locale__language_code="sv"
        ).values_list("path", flat=True)
        return source.first() or self.path

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["extras"] = self.extras()
        context["json_ld"] = guide_json_ld(request, self)
        context["feedback_form"] = form or FeedbackForm()
        context["feedback_thanks"] = request.GET.get("feedback") == "thanks"
        return context


class RelatedGuide(Orderable):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_guides")
    guide = models.ForeignKey(
        GuidePage,
        verbose_name=_("guide"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Another guide that people reading this one are likely to need next."),
    )

    panels = [FieldPanel("guide")]


class EasyReadPage(BasePage, IntroMixin):
    """The easy-to-read Swedish version (lättläst) of the guide it sits under."""

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body"),
    ]

    body = StreamField(
        EasyReadStreamBlock(),
        verbose_name=_("body"),
        help_text=_(
            "The easy-to-read text. "
            "Use short sentences and common words, with one idea in each sentence."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        ReadabilityPanel(easy_read=True),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    search_kind = "guide"

    parent_page_types = ["guides.GuidePage"]
    subpage_types = []
    max_count_per_parent = 1
    swedish_only = True

    class Meta:
        verbose_name = _("easy-to-read version")
