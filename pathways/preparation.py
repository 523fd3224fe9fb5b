"""What the portal knows before a forum, for its organisers: the earlier forums of its
district and theme and where their questions stand, what this forum's registrants need,
what informants hear people ask in its district or on its theme, what readers say of the
guides on its theme, and what people in its languages searched for without finding it."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import timezone
from wagtail.models import ReferenceIndex

from events.choices import QuestionStatus
from events.models import EventPage, ForumAttendance
from events.models.registrations import of_forum
from guides.models import GuidePage, PageFeedback
from pathways.models import InformantReport
from search.models import QueryCount

# How far back the searches and the feedback are read.
DAYS = 90
MAX_FORUMS = 10
MAX_SEARCHES = 15
MAX_REPORTS = 30


@dataclass
class PastForum:
    page: EventPage
    came: int | None
    questions: list  # (question, status label, status, unit name)

    @property
    def unresolved(self):
        return [q for q in self.questions if q[2] != QuestionStatus.ANSWERED]


def past_forums(forum):
    """The earlier forums in the same district or on the same theme, latest first."""
    pages = list(
        EventPage.objects.live()
        .filter(locale__language_code="sv", end__lt=timezone.now())
        .filter(Q(district_id=forum.district_id) | Q(theme_id=forum.theme_id))
        .exclude(translation_key=forum.translation_key)
        .order_by("-start")[:MAX_FORUMS]
    )
    came = {
        record.event_key: record.total
        for record in ForumAttendance.objects.filter(
            event_key__in=[page.translation_key for page in pages]
        )
    }
    found = []
    for page in pages:
        questions = [
            (
                block.value["question"],
                block.value.status_label,
                block.value.get("status") or QuestionStatus.ANSWERED,
                block.value["unit"].name if block.value.get("unit") else "",
            )
            for block in page.questions
        ]
        found.append(PastForum(page, came.get(page.translation_key) or None, questions))
    return found


def needs(forum):
    """The language and accessibility needs the registrants wrote, without names: each
    language need with how many asked for it, and each accessibility need."""
    registrations = of_forum(forum).exclude(language_needs="", accessibility_needs="")
    languages = Counter()
    access = []
    for language_need, access_need, people in registrations.values_list(
        "language_needs", "accessibility_needs", "people"
    ):
        if language_need.strip():
            languages[language_need.strip().capitalize()] += people
        if access_need.strip():
            access.append(access_need.strip())
    return languages.most_common(), access


def informant_reports(forum):
    """What informants reported from the forum's district, or on its theme from any
    district (all that is kept: a year), latest first."""
    return list(
        InformantReport.objects.filter(
            Q(district__translation_key=forum.district.translation_key)
            | Q(theme__translation_key=forum.theme.translation_key)
        ).select_related("district", "theme")[:MAX_REPORTS]
    )


def guide_feedback(forum):
    """For each guide that shows the forum's theme (its "next forums" block): how many
    readers found it helpful or not in the last DAYS days, and their latest comments."""
    guides = {}
    for source, _references in ReferenceIndex.get_references_to(
        forum.theme
    ).group_by_source_object():
        page = getattr(source, "specific", source)
        if isinstance(page, GuidePage) and page.locale.language_code == "sv":
            guides[page.translation_key] = page
    since = timezone.now() - datetime.timedelta(days=DAYS)
    found = []
    for guide in sorted(guides.values(), key=lambda page: page.title):
        versions = GuidePage.objects.filter(translation_key=guide.translation_key)
        answers = PageFeedback.objects.filter(page__in=versions, created_at__gte=since)
        totals = answers.aggregate(
            yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
        )
        comments = list(
            answers.exclude(comment="")
            .order_by("-created_at")
            .values_list("comment", flat=True)[:5]
        )
        found.append((guide, totals["yes"], totals["no"], comments))
    return found


def missed_searches(forum):
    """What people searched for in the forum's languages (those the site has) in the last
    DAYS days without finding anything, most searched first."""
    site = {code for code, _name in settings.LANGUAGES}
    spoken = {language.slug for language in forum.languages.all()}
    spoken |= {language.slug for language in forum.interpretation.all()}
    languages = sorted((spoken & site) | {"sv"})
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    rows = (
        QueryCount.objects.filter(language__in=languages, date__gte=since, misses__gt=0)
        .values("language", "query_string")
        .annotate(misses=Sum("misses"))
        .order_by("-misses", "query_string")[:MAX_SEARCHES]
    )
    return languages, list(rows)
