"""How mentoring works in the programme, and where would-be mentors offer to help."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, IntroMixin
from courses.forms import MentorOfferForm


class MentorsPage(BasePage, IntroMixin):
    """Mentoring in a programme: how it works, what a mentor does and who can be one,
    with a form for people who would like to be a mentor."""

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    how_it_works = RichTextField(
        _("how mentoring works"),
        features=RICH_TEXT_FEATURES,
        help_text=_("How long it lasts, how often mentor and participant meet."),
    )
    mentor_role = RichTextField(
        _("what a mentor does"),
        features=RICH_TEXT_FEATURES,
        help_text=_("A list of what a mentor does, and what they do not have to do."),
    )
    who_can = RichTextField(
        _("who can be a mentor"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The experience and network a mentor needs."),
    )
    takes_offers = models.BooleanField(
        _("take offers to mentor"),
        default=True,
        help_text=_("Show the form where people offer to be a mentor."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("how_it_works"),
        FieldPanel("mentor_role"),
        FieldPanel("who_can"),
        FieldPanel("takes_offers"),
    ]

    override_translatable_fields = [SynchronizedField("takes_offers")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("how_it_works"),
        index.SearchField("mentor_role"),
        index.SearchField("who_can"),
    ]

    search_kind = "programme"

    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mentoring")

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.takes_offers:
            context["offer_form"] = form or MentorOfferForm(request=request)
        return context
