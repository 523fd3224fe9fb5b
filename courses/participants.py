"""Writes about participants: admitting an accepted applicant to a round (with the
welcome e-mail and the link to their own page), and marking who came to a session.
Each is one transaction; e-mail goes through the outbox."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses import rounds
from courses.models import Application, Participant, SessionAttendance
from outbox.sending import message_url, queue
from outbox.signals import delivered


@transaction.atomic
def follow_status(application):
    """Make ``application``'s applicant a participant when it is accepted (once), and
    no longer one when it is not. Returns the participant, or None."""
    existing = Participant.objects.filter(application=application).first()
    if application.status != Application.Status.ACCEPTED:
        if existing is not None:
            existing.delete()
        return None
    if existing is not None or application.programme is None:
        return existing
    programme = application.programme
    round_ = rounds.round_for(programme)
    participant = Participant.objects.create(
        application=application,
        programme_key=programme.translation_key,
        round_id=round_.id if round_ else "",
    )
    queue_welcome(participant)
    return participant


def participant_url(participant):
    with translation.override(participant.application.language):
        return message_url(reverse("programme_participant", args=[participant.token]))


def queue_welcome(participant):
    """The welcome, in the language the applicant wrote in, with the link to their page."""
    application = participant.application
    language = application.language
    programme = rounds.programme_in(participant.programme_key, language)
    round_ = rounds.round_by_id(programme, participant.round_id) if programme else None
    with translation.override(language):
        subject = gettext("Welcome to %(title)s") % {"title": programme.title}
        body = render_to_string(
            "courses/email/welcome.txt",
            {
                "participant": participant,
                "name": application.name,
                "programme": programme,
                "round": round_,
                "url": participant_url(participant),
            },
        )
    email = EmailMessage(subject, body, to=[application.email])
    return queue(email, about=participant, purpose="welcome")


@transaction.atomic
def mark_session(participants, session_id, came):
    """Record that of ``participants`` those in ``came`` came to the session
    ``session_id``, and the others did not. Returns how many came."""
    came = {participant.pk for participant in came}
    everyone = [participant.pk for participant in participants]
    SessionAttendance.objects.filter(participant_id__in=everyone, session_id=session_id).exclude(
        participant_id__in=came
    ).delete()
    marked = set(
        SessionAttendance.objects.filter(
            participant_id__in=came, session_id=session_id
        ).values_list("participant_id", flat=True)
    )
    SessionAttendance.objects.bulk_create(
        SessionAttendance(participant_id=pk, session_id=session_id)
        for pk in came - marked
        if pk in everyone
    )
    return len(came & set(everyone))


@receiver(delivered)
def record_welcome(message, **kwargs):
    """Show "welcome e-mailed at" once the worker has sent the welcome."""
    model = message.content_type.model_class() if message.content_type else None
    if message.purpose == "welcome" and model is Participant:
        Participant.objects.filter(pk=message.object_id).update(welcome_sent_at=message.sent_at)
