"""Saving what residents send in and confirming it by e-mail.

An application or an offer to mentor is saved before any e-mail is attempted,
and a failing mail server is logged, never shown to the visitor.
"""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.models import Application, MentorOffer

logger = logging.getLogger(__name__)

COMMON_FIELDS = ("name", "email", "phone", "district", "languages")


def save_application(programme, data, language):
    return Application.objects.create(
        programme=programme,
        language=language,
        association=data["association"],
        motivation=data["motivation"],
        project_idea=data["project_idea"],
        **{name: data[name] for name in COMMON_FIELDS},
    )


def save_offer(page, data, language):
    return MentorOffer.objects.create(
        page=page,
        language=language,
        experience=data["experience"],
        **{name: data[name] for name in COMMON_FIELDS},
    )


def confirmation_url(request, submission):
    name = "programme_application" if isinstance(submission, Application) else "mentor_offer"
    with translation.override(submission.language):
        return request.build_absolute_uri(reverse(name, args=[submission.token]))


def send_confirmation(request, submission):
    """E-mail the sender, in the language they wrote in. True when it was sent."""
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
    try:
        EmailMessage(subject, body, to=[submission.email]).send()
    except Exception:  # whatever the mail server does, what they sent is kept
        logger.exception("Could not e-mail %s %s", submission._meta.model_name, submission.pk)
        return False
    type(submission).objects.filter(pk=submission.pk).update(confirmation_sent_at=timezone.now())
    return True
