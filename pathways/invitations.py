"""Inviting forum participants who said yes to being contacted to a programme's next
round, each in their own language, by e-mail (or a text message to a phone number
alone), through the outbox; nobody twice for one programme."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.models import ProgrammePage
from events.models import ContactConsent, EventPage
from outbox.sending import message_url, queue, queue_sms
from pathways.models import CourseInvitation


def candidates(programme, district_key=None, only_active=False, only_came=False):
    """The consents not yet invited to ``programme`` that can be reached."""
    consents = ContactConsent.objects.exclude(email="", phone="").exclude(
        course_invitations__programme_key=programme.translation_key
    )
    if district_key:
        consents = consents.filter(district_key=district_key)
    if only_active:
        consents = consents.filter(active=True)
    if only_came:
        consents = consents.filter(came=True)
    return consents.order_by("given_at", "pk")


def _versions(programme):
    return {
        page.locale.language_code: page
        for page in ProgrammePage.objects.live()
        .filter(translation_key=programme.translation_key)
        .select_related("locale")
    }


def _forums(consents):
    keys = {consent.event_key for consent in consents}
    return {
        (page.translation_key, page.locale.language_code): page
        for page in EventPage.objects.filter(translation_key__in=keys).select_related("locale")
    }


def invite(programme, consents):
    """Queue an invitation to each of ``consents``; returns how many were queued."""
    consents = list(consents)
    versions, forums = _versions(programme), _forums(consents)
    sent = 0
    for consent in consents:
        page = versions.get(consent.language) or versions.get("sv") or programme
        forum = forums.get((consent.event_key, consent.language)) or forums.get(
            (consent.event_key, "sv")
        )
        with transaction.atomic():
            _invitation, created = CourseInvitation.objects.get_or_create(
                consent=consent, programme_key=programme.translation_key
            )
            if created:
                sent += _send(consent, page, forum)
    return sent


def _send(consent, programme, forum):
    language = consent.language
    with translation.override(language):
        context = {
            "consent": consent,
            "programme": programme,
            "forum": forum,
            "apply_url": message_url(f"{programme.url}?invite={consent.token}#apply"),
            "withdraw_url": message_url(reverse("contact_consent", args=[consent.token])),
        }
        subject = gettext("You are invited: %(title)s") % {"title": programme.title}
        if consent.email:
            body = render_to_string("pathways/email/course_invitation.txt", context)
            email = EmailMessage(subject, body, to=[consent.email])
            queue(email, about=consent, purpose="course invitation")
            return 1
        text = render_to_string("pathways/sms/course_invitation.txt", context).strip()
        message = queue_sms(
            consent.phone, text, f"SMS: {subject}", about=consent, purpose="course invitation"
        )
        return int(message is not None)
