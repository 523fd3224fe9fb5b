"""The admin's view of running a programme: each round with its participants, who came
to which session, who has completed, marking a session's attendance, each participant's
project with its milestones and seed money and their mentor, and the balance across
sectors of a programme that asks for it."""

import uuid
from collections import Counter

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.exports import csv_response
from courses import certificates, evaluation, participants, rounds
from courses.choices import Sector
from courses.mentorships import MatchForm, match, mentorship_of
from courses.models import Application, Participant, ProgrammePage, Project
from courses.projects import MilestoneFormSet, ProjectForm, project_of

VIEW_PERMISSION = "courses.view_participant"
MARK_PERMISSION = "courses.change_participant"
PROJECT_PERMISSION = "courses.change_project"
MENTOR_PERMISSION = "courses.change_mentorship"
APPLICATIONS_PERMISSION = "courses.view_application"


def _require(request, permission):
    if not (request.user.is_active and request.user.has_perm(permission)):
        raise PermissionDenied


def _programme(pk):
    """The Swedish programme page ``pk`` (rounds and sessions are read in the source)."""
    programme = ProgrammePage.objects.filter(pk=pk, locale__language_code="sv").first()
    if programme is None:
        raise Http404
    return programme


def _round(programme, round_id):
    round_ = rounds.round_by_id(programme, round_id)
    if round_ is None:
        raise Http404
    return round_


def _participants(programme, round_):
    return list(
        Participant.objects.filter(programme_key=programme.translation_key, round_id=round_.id)
        .select_related("application", "application__district", "project", "mentorship__offer")
        .prefetch_related("attendance")
        .order_by("application__name", "pk")
    )


def rounds_view(request):
    _require(request, VIEW_PERMISSION)
    programmes = ProgrammePage.objects.filter(locale__language_code="sv").order_by("path")
    counts = {
        (row["programme_key"], row["round_id"]): row["count"]
        for row in Participant.objects.values("programme_key", "round_id").annotate(
            count=Count("pk")
        )
    }
    rows = [
        (
            programme,
            [
                (round_, counts.get((programme.translation_key, round_.id), 0))
                for round_ in rounds.rounds(programme)
            ],
        )
        for programme in programmes
    ]
    balanced = (
        [programme for programme in programmes if programme.asks_sector]
        if request.user.has_perm(APPLICATIONS_PERMISSION)
        else []
    )
    return TemplateResponse(
        request,
        "courses/admin/rounds.html",
        {
            "rows": rows,
            "balanced": balanced,
            "page_title": _("Programme rounds"),
            "header_icon": "group",
        },
    )


def round_view(request, pk, round_id):
    _require(request, VIEW_PERMISSION)
    programme = _programme(pk)
    round_ = _round(programme, round_id)
    round_sessions = rounds.sessions(programme, round_)
    rows = []
    for participant in _participants(programme, round_):
        came = {str(row.session_id) for row in participant.attendance.all()}
        project = project_of(participant)
        rows.append(
            {
                "participant": participant,
                "project": project,
                "mentorship": mentorship_of(participant),
                "cells": [session.id in came for session in round_sessions],
                "completion": rounds.completion(
                    came, round_sessions, programme, project is not None and project.reported
                ),
            }
        )
    return TemplateResponse(
        request,
        "courses/admin/round.html",
        {
            "programme": programme,
            "round": round_,
            "sessions": round_sessions,
            "rows": rows,
            "completing": sum(row["completion"].complete for row in rows),
            "may_mark": request.user.has_perm(MARK_PERMISSION),
            "may_edit_projects": request.user.has_perm(PROJECT_PERMISSION),
            "may_match": request.user.has_perm(MENTOR_PERMISSION),
            "page_title": f"{programme.title}: {round_.name}",
            "header_icon": "group",
        },
    )


class AttendanceForm(forms.Form):
    came = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Came"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": gettext_lazy("Choose among the participants of this round.")
        },
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["came"].choices = [
            (participant.pk, participant.application.name) for participant in people
        ]


def session_view(request, pk, round_id, session_id):
    _require(request, MARK_PERMISSION)
    programme = _programme(pk)
    round_ = _round(programme, round_id)
    try:
        session_id = str(uuid.UUID(session_id))
    except ValueError as error:
        raise Http404 from error
    round_sessions = rounds.sessions(programme, round_)
    session = next((s for s in round_sessions if s.id == session_id), None)
    if session is None:
        raise Http404
    people = _participants(programme, round_)
    came = [
        p.pk for p in people if any(str(a.session_id) == session.id for a in p.attendance.all())
    ]
    round_url = reverse("programme_round", args=[programme.pk, round_.id])
    form = AttendanceForm(
        request.POST if request.method == "POST" else None,
        people=people,
        initial={"came": came},
    )
    status = 200
    if request.method == "POST":
        if not session.has_taken_place:
            messages.error(request, _("Attendance is marked once the session has begun."))
            status = 400
        elif form.is_valid():
            chosen = set(form.cleaned_data["came"])
            count = participants.mark_session(
                people, session.id, [p for p in people if p.pk in chosen]
            )
            certificates.settle(programme, round_sessions, people)
            messages.success(
                request,
                _("%(session)s: %(count)d of %(total)d came.")
                % {"session": session.title, "count": count, "total": len(people)},
            )
            return HttpResponseRedirect(round_url, status=303)
        else:
            status = 400
    return TemplateResponse(
        request,
        "courses/admin/session.html",
        {
            "programme": programme,
            "round": round_,
            "session": session,
            "form": form,
            "round_url": round_url,
            "page_title": session.title,
            "header_icon": "date",
        },
        status=status,
    )


def sectors_view(request, pk):
    """The balance across sectors of a programme that takes as many from each: its
    applications by sector and review status, so staff can select evenly."""
    _require(request, APPLICATIONS_PERMISSION)
    programme = _programme(pk)
    if not programme.asks_sector:
        raise Http404
    counts = Counter(
        (row["sector"], row["status"])
        for row in Application.objects.filter(
            programme__translation_key=programme.translation_key
        ).values("sector", "status")
    )
    statuses = Application.Status.choices
    sectors = [*Sector.choices, ("", _("Not given"))]
    rows = [
        {
            "sector": label,
            "counts": [counts[(value, status)] for status, _label in statuses],
            "total": sum(counts[(value, status)] for status, _label in statuses),
        }
        for value, label in sectors
        if value or any(counts[(value, status)] for status, _label in statuses)
    ]
    accepted = sum(counts[(value, Application.Status.ACCEPTED)] for value, _label in sectors)
    return TemplateResponse(
        request,
        "courses/admin/sectors.html",
        {
            "programme": programme,
            "statuses": [label for _value, label in statuses],
            "rows": rows,
            "accepted": accepted,
            "even": accepted / len(Sector.choices),
            "page_title": _("%(title)s: balance across sectors") % {"title": programme.title},
            "header_icon": "group",
        },
    )


def _participant(programme, round_, participant_id):
    participant = (
        Participant.objects.select_related("application", "project", "mentorship__offer")
        .filter(pk=participant_id, programme_key=programme.translation_key, round_id=round_.id)
        .first()
    )
    if participant is None:
        raise Http404
    return participant


def mentor_view(request, pk, round_id, participant_id):
    """Staff choose a participant's mentor among the accepted offers to mentor, and when
    the mentorship starts (and ends, if earlier than three years)."""
    _require(request, MENTOR_PERMISSION)
    programme = _programme(pk)
    round_ = _round(programme, round_id)
    participant = _participant(programme, round_, participant_id)
    mentorship = mentorship_of(participant)
    initial = (
        {
            "offer": mentorship.offer_id,
            "starts_on": mentorship.starts_on,
            "ends_on": mentorship.ends_on,
        }
        if mentorship
        else {"starts_on": max(round_.starts, timezone.localdate())}
    )
    form = MatchForm(request.POST if request.method == "POST" else None, initial=initial)
    round_url = reverse("programme_round", args=[programme.pk, round_.id])
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            match(participant, data["offer"], data["starts_on"], data["ends_on"])
            messages.success(
                request,
                _("%(mentor)s is the mentor of %(name)s.")
                % {"mentor": data["offer"].name, "name": participant.application.name},
            )
            return HttpResponseRedirect(round_url, status=303)
        status = 400
    return TemplateResponse(
        request,
        "courses/admin/mentor.html",
        {
            "programme": programme,
            "round": round_,
            "participant": participant,
            "mentorship": mentorship,
            "form": form,
            "round_url": round_url,
            "page_title": _("Mentor of %(name)s") % {"name": participant.application.name},
            "header_icon": "user",
        },
        status=status,
    )


def project_view(request, pk, round_id, participant_id):
    """A participant's project: staff add or change it, its milestones and its seed
    money. Recording the report may complete the programme (and give the certificate)."""
    _require(request, PROJECT_PERMISSION)
    programme = _programme(pk)
    round_ = _round(programme, round_id)
    participant = _participant(programme, round_, participant_id)
    project = project_of(participant) or Project(participant=participant)
    data = request.POST if request.method == "POST" else None
    form = ProjectForm(data, instance=project, programme=programme)
    milestones = MilestoneFormSet(data, instance=project, prefix="milestones")
    round_url = reverse("programme_round", args=[programme.pk, round_.id])
    status = 200
    if request.method == "POST":
        if form.is_valid() and milestones.is_valid():
            with transaction.atomic():
                form.save()
                milestones.instance = form.instance
                milestones.save()
                certificates.settle(
                    programme, rounds.sessions(programme, round_), _participants(programme, round_)
                )
            messages.success(
                request,
                _("The project of %(name)s is saved.") % {"name": participant.application.name},
            )
            return HttpResponseRedirect(round_url, status=303)
        status = 400
    return TemplateResponse(
        request,
        "courses/admin/project.html",
        {
            "programme": programme,
            "round": round_,
            "participant": participant,
            "form": form,
            "milestones": milestones,
            "round_url": round_url,
            "page_title": _("Project of %(name)s") % {"name": participant.application.name},
            "header_icon": "pick",
        },
        status=status,
    )


def evaluation_view(request, pk):
    """The evaluation of a programme: each round that has started beside the others,
    charts drawn on the server with their figures as tables, and the same as CSV."""
    _require(request, VIEW_PERMISSION)
    programme = _programme(pk)
    rows = evaluation.figures(programme)
    charts = evaluation.charts(rows)
    if request.GET.get("export") == "csv":
        return csv_response(
            request,
            "programme-evaluation",
            [_("Figure"), _("Item"), *(row.round.name for row in rows)],
            evaluation.lines(charts),
        )
    return TemplateResponse(
        request,
        "courses/admin/evaluation.html",
        {
            "programme": programme,
            "rows": rows,
            "charts": charts,
            "comments": [
                (row.round, kind.label, row.surveys[kind].comments)
                for row in rows
                for kind in row.surveys
                if row.surveys[kind].comments
            ],
            "page_title": _("Evaluation: %(title)s") % {"title": programme.title},
            "header_icon": "doc-full",
        },
    )
