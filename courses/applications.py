"""Saving what residents send in and confirming it by e-mail.

An application or an offer to mentor is saved with its confirmation queued in the
outbox, in one transaction; the background worker sends it, so the request never
talks to the mail server and nothing is lost while it is down.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.choices import Source
from courses.models import Application, MentorOffer
from outbox.sending import queue
from outbox.signals import delivered

COMMON_FIELDS = ("name", "email", "phone", "district", "languages")


@transaction.atomic
def save_application(request, programme, data, language):
    application = Application.objects.create(
        programme=programme,
        language=language,
        association=data["association"],
        # An invitation link says where the applicant came from, unless they said.
        source=data.get("source") or (Source.INVITATION if data.get("invite") else ""),
        invitation=data.get("invite", ""),
        sector=data.get("sector", ""),
        motivation=data["motivation"],
        project_idea=data["project_idea"],
        **{name: data[name] for name in COMMON_FIELDS},
    )
    queue_confirmation(request, application)
    return application


@transaction.atomic
def save_offer(request, page, data, language):
    offer = MentorOffer.objects.create(
        page=page,
        language=language,
        experience=data["experience"],
        **{name: data[name] for name in COMMON_FIELDS},
    )
    queue_confirmation(request, offer)
    return offer


def confirmation_url(request, submission):
    name = "programme_application" if isinstance(submission, Application) else "mentor_offer"
    with translation.override(submission.language):
        return request.build_absolute_uri(reverse(name, args=[submission.token]))


def queue_confirmation(request, submission):
    """Queue the sender's confirmation, in the language they wrote in; return the message."""
    page = submission.programme if isinstance(submission, Application) else submission.page
    with translation.override(submission.language):
        if isinstance(submission, Application):
            subject = gettext("We have received your application: %(title)s")
        else:
            subject = gettext("Thank you for offering to be a mentor: %(title)s")
        subject %= {"title": page.title}
        body = render_to_string(
            "courses/email/confirmation.txt",
            {
                "submission": submission,
                "page": page,
                "url": confirmation_url(request, submission),
                "is_application": isinstance(submission, Application),
            },
        )
    email = EmailMessage(subject, body, to=[submission.email])
    return queue(email, about=submission, purpose="confirmation")


@receiver(delivered)
def record_confirmation(message, **kwargs):
    """Show "confirmation e-mailed at" once the worker has sent the confirmation."""
    model = message.content_type.model_class() if message.content_type else None
    if message.purpose == "confirmation" and model in (Application, MentorOffer):
        model.objects.filter(pk=message.object_id).update(confirmation_sent_at=message.sent_at)
