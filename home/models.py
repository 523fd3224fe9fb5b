"""The home page of each language and the site's plain information pages."""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.cache import PageURLs, cached
from core.models import BasePage
from core.navigation import Link
from events.queries import next_forums


class HomePage(BasePage):
    """The front page of one language: a short welcome and the ways into the portal.

    The entry points are the home page's children that are shown in menus, in
    their tree order, so editors arrange them by moving pages.
    """

    hero_text = models.TextField(
        _("hero text"),
        max_length=400,
        help_text=_("Two or three plain sentences saying what the portal helps with."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.InformationPage",
        "guides.GuideIndexPage",
        "contacts.ContactFinderPage",
        "events.EventIndexPage",
        "courses.ProgrammeIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find the page for a URL anywhere below this home page with one lookup.

        Wagtail's own routing asks the database once per level of the tree; a
        guide's easy-to-read version is four levels down. Every page stores its
        path from the root, so one query for the longest matching path finds the
        same page, and that answer is kept under the version (pages that move,
        appear or go bump it); what is left of the URL (a page's own sub-routes) is
        handed to that page.
        """
        if not path_components:
            return super().route(request, path_components)
        found = cached(
            f"route:{self.pk}:{hashlib.sha256('/'.join(path_components).encode()).hexdigest()}",
            lambda: self._deepest_page(path_components),
        )
        if found is None:
            raise Http404
        pk, content_type_id, length = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        try:
            page = model.objects.get(pk=pk)
        except model.DoesNotExist:
            raise Http404 from None
        return page.route(request, path_components[length:])

    def _deepest_page(self, path_components):
        """(id, content type, how many components it takes) of the deepest page whose
        path the URL begins with, or None; cached under the version by ``route``."""
        prefixes = {
            f"{self.url_path}{'/'.join(path_components[:length])}/": length
            for length in range(1, len(path_components) + 1)
        }
        page = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .order_by("-depth")
            .values_list("pk", "content_type_id", "url_path")
            .first()
        )
        if page is None:
            return None
        return page[0], page[1], prefixes[page[2]]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entry_points"] = cached(f"entry-points:{self.pk}", self.entry_points)
        context["next_forums"] = next_forums(self, get_language(), request)
        return context

    def entry_points(self):
        """The cards for the home page's children in menus; they change only on publishing."""
        url = PageURLs()
        return [
            Link(url(page), page.card_title, summary=page.listing_summary)
            for page in self.get_children().live().public().in_menu().specific()
        ]


class InformationPage(BasePage):
    """A plain page of text, such as the accessibility statement or privacy notice."""

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body"),
    ]

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A short summary shown at the top of the page."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The text of the page. Use headings to break it up and keep paragraphs short."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.InformationPage"]
    subpage_types = ["home.InformationPage"]

    class Meta:
        verbose_name = _("information page")
