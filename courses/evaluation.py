"""The evaluation of a programme, round by round: applications by district and source,
admissions, attendance per session, completion, projects, seed money and the surveys.
Counts only, no names: what the dashboard draws, tabulates and exports."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import rounds
from courses.charts import bar_chart
from courses.choices import Source, SurveyKind
from courses.models import Application, Participant, SurveyInvitation, SurveyResponse
from courses.projects import project_of
from taxonomy.models import District, vocabulary

QUESTIONS = ("satisfied", "learned", "ready")


@dataclass
class SurveyFigures:
    asked: int = 0
    answered: int = 0
    anonymous: int = 0
    averages: dict = field(default_factory=dict)  # question -> mean of 1-5, or None
    active: int = 0  # answered yes to being active
    comments: list = field(default_factory=list)


@dataclass
class RoundFigures:
    round: rounds.Round
    applications: int = 0
    by_district: Counter = field(default_factory=Counter)
    by_source: Counter = field(default_factory=Counter)
    accepted: int = 0
    attendance: list = field(default_factory=list)  # (session, how many came, or None)
    completed: int = 0
    certified: int = 0
    projects: Counter = field(default_factory=Counter)  # "none", "running", "reported"
    seed_granted: int = 0
    seed_paid: int = 0
    surveys: dict = field(default_factory=dict)  # SurveyKind -> SurveyFigures

    @property
    def completion_share(self):
        return round(100 * self.completed / self.accepted) if self.accepted else None


def started_rounds(programme, today=None):
    """The rounds of ``programme`` that have started, in date order."""
    today = today or timezone.localdate()
    return [round_ for round_ in rounds.rounds(programme) if round_.starts <= today]


def _application_round(all_rounds, day):
    """The round an application made on ``day`` was for: the next to start, or the one
    under way."""
    return next((round_ for round_ in all_rounds if round_.ends >= day), None)


def figures(programme, today=None):
    """RoundFigures for each round of ``programme`` (a Swedish page) that has started."""
    shown = started_rounds(programme, today)
    by_id = {round_.id: RoundFigures(round_) for round_ in shown}
    all_rounds = rounds.rounds(programme)
    districts = vocabulary(District, "sv")
    applications = Application.objects.filter(
        programme__translation_key=programme.translation_key
    ).values_list("created_at", "district_id", "source")
    for created_at, district_id, source in applications:
        round_ = _application_round(all_rounds, timezone.localdate(created_at))
        if round_ is None or round_.id not in by_id:
            continue
        row = by_id[round_.id]
        row.applications += 1
        row.by_district[districts.name_of_id(district_id) or _("No district given")] += 1
        row.by_source[str(Source(source).label) if source else _("Not asked")] += 1
    for row in by_id.values():
        _participants(programme, row)
        _surveys(programme, row)
    return [by_id[round_.id] for round_ in shown]


def _participants(programme, row):
    participants = (
        Participant.objects.filter(programme_key=programme.translation_key, round_id=row.round.id)
        .select_related("project")
        .prefetch_related("attendance")
    )
    round_sessions = rounds.sessions(programme, row.round)
    came = Counter()
    for participant in participants:
        row.accepted += 1
        attended = {str(record.session_id) for record in participant.attendance.all()}
        came.update(attended)
        project = project_of(participant)
        reported = project is not None and project.reported
        if rounds.completion(attended, round_sessions, programme, reported).complete:
            row.completed += 1
        row.certified += bool(participant.certificate_code)
        if project is None:
            row.projects["none"] += 1
        else:
            row.projects["reported" if reported else "running"] += 1
            row.seed_granted += project.seed_granted or 0
            row.seed_paid += project.seed_paid or 0
    # A session still to come has no count yet (not a zero).
    row.attendance = [
        (session, came[session.id] if session.has_taken_place else None)
        for session in round_sessions
    ]


def _surveys(programme, row):
    asked = dict(
        SurveyInvitation.objects.filter(
            participant__programme_key=programme.translation_key,
            participant__round_id=row.round.id,
        )
        .values("kind")
        .annotate(count=Count("pk"))
        .values_list("kind", "count")
    )
    for kind in SurveyKind:
        answers = SurveyResponse.objects.filter(
            programme_key=programme.translation_key, round_id=row.round.id, kind=kind
        )
        totals = answers.aggregate(
            answered=Count("pk"),
            anonymous=Count("pk", filter=Q(participant__isnull=True)),
            active=Count("pk", filter=Q(active=True)),
            **{question: Avg(question) for question in QUESTIONS},
        )
        row.surveys[kind] = SurveyFigures(
            asked=asked.get(kind, 0),
            answered=totals["answered"],
            anonymous=totals["anonymous"],
            averages={question: totals[question] for question in QUESTIONS},
            active=totals["active"],
            comments=list(answers.exclude(comment="").values_list("comment", flat=True)),
        )


def _union(counters):
    found = Counter()
    for counter in counters:
        found.update(counter)
    return sorted(found, key=lambda label: (-found[label], label))


def charts(rows):
    """The dashboard's charts: one series per round."""
    series = [row.round.name for row in rows]
    project_labels = {
        "none": _("No project yet"),
        "running": _("Project under way"),
        "reported": _("Project reported"),
    }
    longest = max((len(row.attendance) for row in rows), default=0)
    found = [
        bar_chart(
            "districts",
            _("Applications by district"),
            series,
            [
                (label, [row.by_district[label] for row in rows])
                for label in _union(row.by_district for row in rows)
            ],
        ),
        bar_chart(
            "sources",
            _("Where applicants heard of the programme"),
            series,
            [
                (label, [row.by_source[label] for row in rows])
                for label in _union(row.by_source for row in rows)
            ],
        ),
        bar_chart(
            "admissions",
            _("Applications, admissions and completion"),
            series,
            [
                (_("Applications received"), [row.applications for row in rows]),
                (_("Admitted"), [row.accepted for row in rows]),
                (_("Completed"), [row.completed for row in rows]),
                (_("Certificates given"), [row.certified for row in rows]),
            ],
        ),
        bar_chart(
            "attendance",
            _("Participants who came, session by session"),
            series,
            [
                (
                    _("Session %(number)d") % {"number": number + 1},
                    [
                        row.attendance[number][1] if number < len(row.attendance) else None
                        for row in rows
                    ],
                )
                for number in range(longest)
            ],
        ),
        bar_chart(
            "projects",
            _("Participants' projects"),
            series,
            [(label, [row.projects[key] for row in rows]) for key, label in project_labels.items()],
        ),
        bar_chart(
            "seed-money",
            _("Seed money"),
            series,
            [
                (_("Granted"), [row.seed_granted for row in rows]),
                (_("Paid"), [row.seed_paid for row in rows]),
            ],
            unit="kr",
        ),
    ]
    found.append(
        bar_chart(
            "survey-answers",
            _("Survey answers"),
            series,
            [
                row_
                for kind in SurveyKind
                for row_ in (
                    (
                        _("%(kind)s: asked") % {"kind": kind.label},
                        [row.surveys[kind].asked for row in rows],
                    ),
                    (
                        _("%(kind)s: answered") % {"kind": kind.label},
                        [row.surveys[kind].answered for row in rows],
                    ),
                    (
                        _("%(kind)s: active in an association, network or project")
                        % {"kind": kind.label},
                        [row.surveys[kind].active for row in rows],
                    ),
                )
            ],
        )
    )
    questions = {
        "satisfied": _("Satisfied with the course"),
        "learned": _("Knows more about the city"),
        "ready": _("Ready to lead an initiative"),
    }
    for kind in SurveyKind:
        found.append(
            bar_chart(
                f"survey-{kind}",
                _("Survey: %(kind)s (average, 1 to 5)") % {"kind": kind.label.lower()},
                series,
                [
                    (
                        label,
                        [
                            row.surveys[kind].averages[question]
                            if row.surveys[kind].answered
                            else None
                            for row in rows
                        ],
                    )
                    for question, label in questions.items()
                ],
            )
        )
    return found


def lines(charts_):
    """The charts' figures as CSV rows: chart, category, then one value per round."""
    for chart in charts_:
        for label, values in chart.rows:
            yield [
                str(chart.title),
                label,
                *("" if value is None else round(value, 2) for value in values),
            ]
