"""The abstract base page every public page type builds on."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index


class ListingFieldsMixin(models.Model):
    """How a page presents itself in listings, cards and navigation."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=120,
        blank=True,
        help_text=_("Shown on cards and in lists instead of the page title. Optional."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=255,
        blank=True,
        help_text=_("One sentence saying what the reader finds on the page."),
    )

    listing_panels = [FieldPanel("listing_title"), FieldPanel("listing_summary")]

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title


class IntroMixin(models.Model):
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Two or three plain sentences: who the page is for and what it helps with."),
    )

    class Meta:
        abstract = True


class ReviewMixin(models.Model):
    """Who keeps a page true, and when it was last checked."""

    content_owner = models.CharField(
        _("content owner"),
        max_length=150,
        help_text=_("The unit responsible for keeping the page correct, such as a department."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The date someone last checked that everything on the page is still true."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval (months)"),
        default=12,
        help_text=_("How often the page must be checked."),
    )

    review_panels = [
        FieldPanel("content_owner"),
        FieldPanel("last_reviewed"),
        FieldPanel("review_interval_months"),
    ]

    class Meta:
        abstract = True


class BasePage(ListingFieldsMixin, Page):
    """Abstract base for every public page type of the portal."""

    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_(
            "Tick when the page shows invented people, associations or results, as the "
            "demo content does. The page and its cards then say that it is an example."
        ),
    )

    promote_panels = [
        *Page.promote_panels,
        *ListingFieldsMixin.listing_panels,
        FieldPanel("is_example"),
    ]
    # What the public API serves of every page beside Wagtail's own fields; each page
    # type adds what its page shows (never a field only staff see).
    api_fields = [APIField("listing_summary"), APIField("is_example")]
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]
    # Pages written only in Swedish are left out of the translation status report.
    swedish_only = False
    # What the site search reads of a page type (search/page_types.py): the kind of
    # result it labels the page with ("guide", "forum", "programme"; None: a plain
    # page), the fields holding the terms a page is tagged with, by vocabulary
    # ({"topic": "topics"}), and the date field a result shows ("start").
    search_kind = None
    search_tags = {}
    search_date = None

    class Meta:
        abstract = True

    @property
    def last_updated(self):
        return self.last_published_at or self.latest_revision_created_at

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors. Wagtail asks before serving
        every page; the cached list of restricted paths answers for the many pages under
        none without a query."""
        from core.visibility import restricted_paths

        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve_preview(self, request, mode_name):
        """A preview shows the page in its own language and direction, whatever language
        the editor uses the admin in."""
        language = self.locale.language_code
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        return response


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """Pages every public page links to from its footer.

    Choose the Swedish page: each language's footer links to that page's
    translation.
    """

    accessibility_page = models.ForeignKey(
        Page,
        verbose_name=_("accessibility statement"),
        help_text=_(
            "The page with the accessibility statement. Every page links to it at the bottom. "
            "Choose the Swedish page."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        Page,
        verbose_name=_("privacy notice"),
        help_text=_(
            "The page that explains how the city handles personal data. Every page links to it "
            "at the bottom. Choose the Swedish page."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("accessibility_page"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site links")


class NavigationVersion(models.Model):
    """A counter bumped whenever what surrounds public pages changes (see core.cache).

    It lives in the database, not the cache, so every server process sees a
    bump at once even when each keeps a cache of its own.
    """

    number = models.PositiveBigIntegerField(default=1)

    def __str__(self):
        return f"navigation version {self.number}"
