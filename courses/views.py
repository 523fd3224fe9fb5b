"""Applying to a programme and offering to be a mentor, and the pages that confirm it."""

# Every answer below carries a resident's details or a token: never_cache marks it
# "private, no-store" so no shared cache or browser history keeps it.

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses import certificates, rounds, surveys
from courses.applications import save_application, save_offer
from courses.forms import ApplicationForm, MentorOfferForm
from courses.mentorships import CheckInForm, mentorship_of, next_check_in, record
from courses.models import (
    Application,
    MentorOffer,
    Mentorship,
    MentorsPage,
    Participant,
    ProgrammePage,
    SurveyInvitation,
)
from courses.projects import PublishingForm, project_of
from submissions.flow import form_view, to_confirmation
from taxonomy.models import District, vocabulary

# Taken as every resident form is: rate limit, honeypot, the page again with the
# errors, 303 to the submission's own page (submissions.flow).
apply_view = form_view(
    page_model=ProgrammePage,
    form_class=ApplicationForm,
    save=save_application,
    done=to_confirmation("programme_application"),
    scope="application",
    is_open=lambda programme: programme.application_state == "open",
)
offer_view = form_view(
    page_model=MentorsPage,
    form_class=MentorOfferForm,
    save=save_offer,
    done=to_confirmation("mentor_offer"),
    scope="application",
    is_open=lambda page: page.takes_offers,
)


def _district_name(district):
    """A district's name in the page's language ("" for none)."""
    if district is None:
        return ""
    return vocabulary(District, get_language()).names.get(district.translation_key, "")


def _confirmation(request, submission, page):
    return render(
        request,
        "courses/submission.html",
        {
            "submission": submission,
            "page": page,
            "is_application": isinstance(submission, Application),
            "district_name": _district_name(submission.district),
        },
    )


@never_cache
def application_view(request, token):
    application = get_object_or_404(
        Application.objects.select_related("programme", "district"), token=token
    )
    return _confirmation(request, application, application.programme)


@never_cache
def offer_done_view(request, token):
    offer = get_object_or_404(MentorOffer.objects.select_related("page", "district"), token=token)
    return _confirmation(request, offer, offer.page)


def _participant_page(request, participant, check_in_form=None, status=200):
    programme = rounds.programme_in(participant.programme_key, get_language())
    if programme is None:
        raise Http404
    round_ = rounds.round_by_id(programme, participant.round_id)
    round_sessions = rounds.sessions(programme, round_) if round_ else []
    came = {str(pk) for pk in participant.attendance.values_list("session_id", flat=True)}
    project = project_of(participant)
    mentorship = mentorship_of(participant)
    return render(
        request,
        "courses/participant.html",
        {
            "programme": programme,
            "name": participant.application.name,
            "round": round_,
            "sessions": round_sessions,
            "came": came,
            "completion": rounds.completion(
                came, round_sessions, programme, project is not None and project.reported
            ),
            "participant": participant,
            "project": project,
            "milestones": list(project.milestones.all()) if project else [],
            "district_name": _district_name(project.district if project else None),
            "publishing": PublishingForm(instance=project) if project else None,
            **_meetings(mentorship, check_in_form),
            "check_in_url": reverse("participant_check_in", args=[participant.token]),
            "code": certificates.shown(participant.certificate_code),
            "survey": surveys.open_survey(participant),
        },
        status=status,
    )


def _meetings(mentorship, check_in_form=None):
    """The mentorship's check-ins and the form for the next one, for a page."""
    if mentorship is None:
        return {"mentorship": None}
    check_ins = list(mentorship.check_ins.all())
    upcoming = next((c for c in check_ins if c.held_on is None), None)
    return {
        "mentorship": mentorship,
        "check_ins": check_ins,
        "upcoming": upcoming,
        "check_in_form": check_in_form or CheckInForm(initial={"held_on": timezone.localdate()}),
    }


def _participant(token):
    return get_object_or_404(
        Participant.objects.select_related("application", "project__district", "mentorship__offer"),
        token=token,
    )


@never_cache
def participant_view(request, token):
    """A participant's own page: their round's sessions, which they came to, how far
    they are from completing the programme, their project and their mentor."""
    participant = _participant(token)
    return _participant_page(request, participant)


def _record_check_in(request, mentorship, back, again):
    """Record that the mentorship's next check-in took place, from a page with the form:
    303 back to the page, or the page again with the form's errors."""
    upcoming = next_check_in(mentorship) if mentorship else None
    if upcoming is None:
        raise Http404
    form = CheckInForm(request.POST)
    if not form.is_valid():
        return again(form)
    record(upcoming, form.cleaned_data["held_on"])
    messages.success(request, _("Thank you. Your meeting is recorded."))
    return HttpResponseRedirect(back, status=303)


@never_cache
@require_POST
def participant_check_in_view(request, token):
    participant = _participant(token)
    return _record_check_in(
        request,
        mentorship_of(participant),
        reverse("programme_participant", args=[token]),
        lambda form: _participant_page(request, participant, form, status=400),
    )


def _mentor_page(request, mentorship, check_in_form=None, status=200):
    participant = mentorship.participant
    programme = rounds.programme_in(participant.programme_key, get_language())
    if programme is None:
        raise Http404
    return render(
        request,
        "courses/mentorship.html",
        {
            "programme": programme,
            "mentorship": mentorship,
            "mentor": mentorship.offer,
            "mentee": participant.application,
            **_meetings(mentorship, check_in_form),
            "check_in_url": reverse("mentorship_check_in", args=[mentorship.token]),
        },
        status=status,
    )


def _mentorship(token):
    return get_object_or_404(
        Mentorship.objects.select_related("offer", "participant__application"), token=token
    )


@never_cache
def mentorship_view(request, token):
    """A mentor's own page: who they mentor, how to reach them, and their meetings."""
    return _mentor_page(request, _mentorship(token))


@never_cache
@require_POST
def mentorship_check_in_view(request, token):
    mentorship = _mentorship(token)
    return _record_check_in(
        request,
        mentorship,
        reverse("mentorship", args=[token]),
        lambda form: _mentor_page(request, mentorship, form, status=400),
    )


@never_cache
@require_POST
def publishing_view(request, token):
    """The participant says what the public project page may show."""
    participant = get_object_or_404(Participant.objects.select_related("project"), token=token)
    project = project_of(participant)
    if project is None:
        raise Http404
    PublishingForm(request.POST, instance=project).save()
    messages.success(request, _("Saved. The project page shows what you chose."))
    return HttpResponseRedirect(reverse("programme_participant", args=[token]), status=303)


@never_cache
def participant_certificate_view(request, token):
    """The participant's certificate as a PDF: in their language and in Swedish."""
    participant = get_object_or_404(
        Participant.objects.select_related("application").exclude(certificate_code=""),
        token=token,
    )
    if rounds.programme_in(participant.programme_key, "sv") is None:
        raise Http404  # the programme is no longer published
    response = HttpResponse(certificates.pdf(participant), content_type="application/pdf")
    name = f"intyg-{certificates.shown(participant.certificate_code)}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def certificate_check_view(request):
    """Where anyone checks a certificate: the code typed goes to its own page."""
    typed = request.GET.get("code", "")
    code = certificates.typed(typed)
    if certificates.well_formed(code):
        return HttpResponseRedirect(reverse("certificate", args=[code]), status=303)
    if not typed:
        return render(request, "courses/certificate.html", {"code": ""})
    return render(
        request, "courses/certificate.html", {"code": typed[:20], "malformed": True}, status=400
    )


def certificate_view(request, code):
    """A certificate confirmed: the name, the programme and the date, nothing more. An
    unknown code is a 404 that says so."""
    code = certificates.typed(code)
    participant = (
        Participant.objects.select_related("application").filter(certificate_code=code).first()
        if code.isalnum()
        else None
    )
    if participant is None:
        return render(
            request, "courses/certificate.html", {"code": code, "unknown": True}, status=404
        )
    programme = rounds.programme_in(participant.programme_key, get_language())
    return render(
        request,
        "courses/certificate.html",
        {
            "code": certificates.shown(code),
            "name": participant.application.name,
            "programme": programme,
            "certified_on": participant.certified_on,
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def survey_view(request, token):
    """A survey of a round for one participant: the questions, then thanks (303 back),
    or that it is answered already."""
    invitation = get_object_or_404(
        SurveyInvitation.objects.select_related("participant__application"), token=token
    )
    participant = invitation.participant
    programme = rounds.programme_in(participant.programme_key, get_language())
    if programme is None:
        raise Http404
    form = surveys.SurveyForm(request.POST if request.method == "POST" else None)
    if form.is_bound and not invitation.answered and form.is_valid():
        surveys.answer(invitation, form.cleaned_data)
        messages.success(request, _("Thank you for your answers."))
        return HttpResponseRedirect(reverse("survey", args=[token]), status=303)
    return render(
        request,
        "courses/survey.html",
        {
            "invitation": invitation,
            "programme": programme,
            "round": rounds.round_by_id(programme, participant.round_id),
            "form": form,
        },
        status=400 if form.is_bound else 200,
    )
