"""Every forum: upcoming ones, the archive, the filters and the feeds."""

import datetime

from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.cache import cached
from core.models import BasePage, IntroMixin
from core.visibility import public
from events.cards import rendered_cards
from events.feeds import atom_response, calendar_response
from events.forms import ForumFilterForm, SubscriptionForm
from events.models.forums import EventPage
from taxonomy.models import District, Language, Theme, vocabulary

FEED_KEEPS_PAST_DAYS = 30


class EventIndexPage(RoutablePageMixin, BasePage, IntroMixin):
    """Every forum: the upcoming ones soonest first, past ones in an archive.

    Readers filter by district, theme, language and month; the same filters
    give calendar feeds to subscribe to and an Atom feed.
    """

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    PER_PAGE = 10

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    search_kind = "forum"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("forum listing")

    def forums(self):
        return public(EventPage.objects.child_of(self).live())

    def vocabularies(self, language):
        return {
            "district": vocabulary(District, language),
            "theme": vocabulary(Theme, language),
            "language": vocabulary(Language, language),
        }

    def filter_form(self, request, vocabularies):
        def months():
            starts = self.forums().values_list("start", flat=True)
            return sorted({timezone.localtime(start).date().replace(day=1) for start in starts})

        return ForumFilterForm(
            request.GET or None,
            districts=vocabularies["district"].choices,
            themes=vocabularies["theme"].choices,
            languages=vocabularies["language"].choices,
            # Which months have forums changes only when forums are published.
            months=cached(f"forum-months:{self.pk}", months),
        )

    def filtered(self, form, vocabularies, when=None):
        """The forums the form's choices select, or None when a choice is not valid."""
        if form.is_bound and not form.is_valid():
            return None
        data = form.cleaned_data if form.is_bound else {}
        forums = self.forums().select_related("district", "theme").defer_streamfields()
        for name in ("district", "theme"):
            if data.get(name):
                key = vocabularies[name].keys[data[name]]
                forums = forums.filter(**{f"{name}__translation_key": key})
        if data.get("language"):
            key = vocabularies["language"].keys[data["language"]]
            forums = forums.filter(
                Q(languages__translation_key=key) | Q(interpretation__translation_key=key)
            ).distinct()
        if data.get("month"):
            first = data["month"]
            following = (first + datetime.timedelta(days=32)).replace(day=1)
            zone = timezone.get_current_timezone()
            forums = forums.filter(
                start__gte=datetime.datetime.combine(first, datetime.time(), zone),
                start__lt=datetime.datetime.combine(following, datetime.time(), zone),
            )
        now = timezone.now()
        when = when or data.get("when") or "upcoming"
        if when == "past":
            return forums.filter(end__lt=now).order_by("-start")
        if when == "feed":
            since = now - datetime.timedelta(days=FEED_KEEPS_PAST_DAYS)
            return forums.filter(end__gte=since).order_by("start")
        return forums.filter(end__gte=now).order_by("start")

    @path("")
    def index(self, request):
        vocabularies = self.vocabularies(get_language())
        form = self.filter_form(request, vocabularies)
        forums = self.filtered(form, vocabularies)
        context = self.get_context(request)
        context.update(form=form, vocabularies=vocabularies)
        if forums is None:
            return TemplateResponse(request, self.get_template(request), context, status=400)
        # The ids of the whole selection in one query (a city holds tens of forums a year,
        # not thousands); the cards of one page of them, mostly from the cache.
        ids = list(forums.values_list("pk", flat=True))
        listing = Paginator(ids, self.PER_PAGE).get_page(request.GET.get("page"))
        cards = rendered_cards(listing.object_list, get_language(), request)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            listing=listing,
            forums=cards,
            past=form.is_bound and form.cleaned_data.get("when") == "past",
            query=query.urlencode(),
        )
        return TemplateResponse(request, self.get_template(request), context)

    @path("alerts/")
    def alerts(self, request, form=None):
        """The form to sign up for e-mail about new forums; ``form``: one sent back with
        its errors (submissions.flow, through ``serve``)."""
        vocabularies = self.vocabularies(get_language())
        context = self.get_context(request)
        context["subscription_form"] = form or SubscriptionForm(vocabularies=vocabularies)
        return TemplateResponse(request, "events/alerts_page.html", context)

    def serve(self, request, *args, form=None, **kwargs):
        # A sign-up sent back with its errors is shown on the alerts page.
        if form is not None:
            return self.alerts(request, form=form)
        return super().serve(request, *args, **kwargs)

    @path("calendar/")
    def calendar_feed(self, request):
        vocabularies = self.vocabularies(get_language())
        form = self.filter_form(request, vocabularies)
        forums = self.filtered(form, vocabularies, when="feed")
        return calendar_response(request, self, forums, form)

    @path("feed/")
    def atom_feed(self, request):
        vocabularies = self.vocabularies(get_language())
        form = self.filter_form(request, vocabularies)
        forums = self.filtered(form, vocabularies, "upcoming")
        return atom_response(request, self, forums, form)
