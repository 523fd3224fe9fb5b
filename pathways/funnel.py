"""How far the people of each district's forums come along the chain, district by
district: registered → came → agreed to be contacted → invited → applied → accepted.

Built from what stays when the registrations are deleted: the forums' attendance
figures (events.ForumAttendance), the consents to be contacted (kept for their own
period), the invitations sent on them, and the applications that came through an
invitation link (courses.Application.invitation).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from courses.models import Application
from events.models import ContactConsent, EventPage, ForumAttendance
from taxonomy.models import District, vocabulary

STAGES = [
    "forums",
    "registered",
    "came",
    "walk_ins",
    "agreed",
    "invited",
    "applied",
    "accepted",
]


@dataclass
class Row:
    district: str
    counts: dict = field(default_factory=lambda: dict.fromkeys(STAGES, 0))

    @property
    def cells(self):
        """(stage, count) in the order of STAGES."""
        return [(stage, self.counts[stage]) for stage in STAGES]


def funnel(since, until, language="sv"):
    """A row per district with forums that started from ``since`` to ``until`` (dates),
    and a last row of totals."""
    forums = dict(
        EventPage.objects.filter(
            locale__language_code="sv", start__date__gte=since, start__date__lte=until
        ).values_list("translation_key", "district__translation_key")
    )
    names = vocabulary(District, language).names
    rows = {}

    def row(district_key):
        if district_key not in rows:
            rows[district_key] = Row(names.get(district_key, "-"))
        return rows[district_key].counts

    for district_key in forums.values():
        row(district_key)["forums"] += 1
    for record in ForumAttendance.objects.filter(event_key__in=forums):
        counts = row(forums[record.event_key])
        counts["registered"] += record.registered
        counts["came"] += record.checked_in
        counts["walk_ins"] += record.walk_ins
    consents = ContactConsent.objects.filter(event_key__in=forums)
    for event_key, agreed, invited in consents.values_list("event_key").annotate(
        agreed=Count("pk", distinct=True),
        invited=Count("course_invitations__consent", distinct=True),
    ):
        counts = row(forums[event_key])
        counts["agreed"] += agreed
        counts["invited"] += invited
    tokens = dict(consents.values_list("token", "event_key"))
    applications = (
        Application.objects.filter(invitation__in=tokens)
        .values_list("invitation")
        .annotate(
            applied=Count("pk"),
            accepted=Count("pk", filter=Q(status=Application.Status.ACCEPTED)),
        )
    )
    for token, applied, accepted in applications:
        counts = row(forums[tokens[token]])
        counts["applied"] += applied
        counts["accepted"] += accepted
    ordered = sorted(rows.values(), key=lambda item: item.district)
    total = Row("")
    for item in ordered:
        for stage in STAGES:
            total.counts[stage] += item.counts[stage]
    return ordered, total
