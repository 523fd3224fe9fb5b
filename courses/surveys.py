"""The surveys of a round: each participant is asked at the end of the round and a year
later (send_surveys, run daily by the scheduler), by e-mail through the outbox, in the
language they applied in. They choose whether to answer with their name; an anonymous
answer is not linked to them, and the invitation records only that they answered."""

import datetime

from django import forms
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses import rounds
from courses.choices import Agreement, SurveyKind
from courses.models import Participant, ProgrammePage, SurveyInvitation, SurveyResponse
from outbox.sending import message_url, queue

# A survey is sent from the day after the round ends (or a year after that) for this
# many days: a participant admitted late, or a scheduler that was down, still gets it;
# a round long over does not send surveys out of the blue.
WINDOW = 30
FOLLOW_UP_DAYS = 365


def opens_on(round_, kind):
    ends = round_.ends + datetime.timedelta(days=1)
    return ends if kind == SurveyKind.END else ends + datetime.timedelta(days=FOLLOW_UP_DAYS)


def _scale(label):
    return forms.TypedChoiceField(
        label=label,
        choices=Agreement.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how much you agree."),
            "invalid_choice": _("Choose one of the options in the list."),
        },
    )


class SurveyForm(forms.Form):
    satisfied = _scale(_("I am satisfied with the course as a whole."))
    learned = _scale(_("I know more about how the city works and how I can influence it."))
    ready = _scale(_("I feel ready to start or lead an initiative of my own."))
    active = forms.TypedChoiceField(
        label=_("Are you active in an association, a network or a project of your own now?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Answer yes or no."),
            "invalid_choice": _("Choose one of the options in the list."),
        },
    )
    comment = forms.CharField(
        label=_("What should we do differently? (if you want to say)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
    )
    anonymous = forms.BooleanField(
        label=_("Answer anonymously: do not save my name with my answers."),
        required=False,
        initial=True,
    )


@transaction.atomic
def answer(invitation, data):
    """Save the answers to ``invitation``'s survey, once; returns False if it was answered
    already."""
    updated = SurveyInvitation.objects.filter(pk=invitation.pk, answered=False).update(
        answered=True
    )
    if not updated:
        return False
    participant = invitation.participant
    SurveyResponse.objects.create(
        programme_key=participant.programme_key,
        round_id=participant.round_id,
        kind=invitation.kind,
        participant=None if data["anonymous"] else participant,
        satisfied=data["satisfied"],
        learned=data["learned"],
        ready=data["ready"],
        active=data["active"],
        comment=data["comment"].strip(),
        created_on=timezone.localdate(),
    )
    return True


def survey_url(invitation, language):
    with translation.override(language):
        return message_url(reverse("survey", args=[invitation.token]))


def _invite(participant, kind, programme, round_):
    invitation, created = SurveyInvitation.objects.get_or_create(participant=participant, kind=kind)
    if not created:
        return 0
    language = participant.application.language
    with translation.override(language):
        subject = (
            gettext("How was %(title)s?")
            if kind == SurveyKind.END
            else gettext("A year after %(title)s: how are you doing?")
        ) % {"title": programme.title}
        body = render_to_string(
            "courses/email/survey.txt",
            {
                "name": participant.application.name,
                "programme": programme,
                "round": round_,
                "follow_up": kind == SurveyKind.FOLLOW_UP,
                "url": survey_url(invitation, language),
            },
        )
    email = EmailMessage(subject, body, to=[participant.application.email])
    queue(email, about=invitation, purpose="survey")
    return 1


def send_due(today=None):
    """Ask every participant of a round that ended within WINDOW days (or a year and up
    to WINDOW days ago) for the survey due, once; returns how many were asked."""
    today = today or timezone.localdate()
    sent = 0
    for programme in ProgrammePage.objects.live().filter(locale__language_code="sv"):
        versions = {}
        for round_ in rounds.rounds(programme):
            for kind in SurveyKind:
                opens = opens_on(round_, kind)
                if not opens <= today < opens + datetime.timedelta(days=WINDOW):
                    continue
                due = (
                    Participant.objects.filter(
                        programme_key=programme.translation_key, round_id=round_.id
                    )
                    .exclude(surveys__kind=kind)
                    .select_related("application")
                )
                for participant in due:
                    language = participant.application.language
                    if language not in versions:
                        versions[language] = rounds.programme_in(
                            programme.translation_key, language
                        )
                    with transaction.atomic():
                        sent += _invite(participant, kind, versions[language], round_)
    return sent


def open_survey(participant):
    """The participant's survey not yet answered, if any (the latest asked)."""
    return participant.surveys.filter(answered=False).order_by("-sent_at").first()
