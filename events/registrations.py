"""Signing up for a forum: places and the waiting list, e-mails, and cancelling.

A registration is saved before any e-mail is attempted, and a failing mail
server is logged, never shown to the visitor: the registration stands.
"""

import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from events import alerts
from events.models import EventPage, Registration

logger = logging.getLogger(__name__)


def _lock(event):
    """Lock every language version of the forum, so two people cannot take the last place."""
    list(
        EventPage.objects.select_for_update(of=("self",))
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def register(event, data, language):
    """Save a registration: with a place while there is room, otherwise on the waiting list.

    Once anyone is waiting, later registrations wait too, so places go in order.
    """
    with transaction.atomic():
        _lock(event)
        taken, waiting = event.places()
        full = event.capacity is not None and (
            waiting > 0 or taken + data["people"] > event.capacity
        )
        registration = Registration.objects.create(
            event=event,
            event_key=event.translation_key,
            language=language,
            status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
            name=data["name"],
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            people=data["people"],
            language_needs=data.get("language_needs", ""),
            accessibility_needs=data.get("accessibility_needs", ""),
        )
        transaction.on_commit(lambda: alerts.check_fill_rate(event))
        return registration


def cancel(registration):
    """Delete a registration and give freed places to the waiting list, in order.

    Returns the registrations that got a place.
    """
    event = registration.event
    with transaction.atomic():
        _lock(event)
        registration.delete()
        promoted = []
        taken, _waiting = event.places()
        waiting = Registration.objects.filter(
            event_key=event.translation_key, status=Registration.Status.WAITING
        ).order_by("created_at", "pk")
        for candidate in waiting:
            if event.capacity is not None and taken + candidate.people > event.capacity:
                break
            candidate.status = Registration.Status.CONFIRMED
            candidate.save(update_fields=["status"])
            taken += candidate.people
            promoted.append(candidate)
    return promoted


def registration_url(request, registration):
    with translation.override(registration.language):
        return request.build_absolute_uri(reverse("forum_registration", args=[registration.token]))


def send_confirmation(request, registration, promoted=False):
    """E-mail the registrant, in the language they registered in. True when it was sent."""
    if not registration.email:
        return False
    event = registration.event
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": event,
            "url": registration_url(request, registration),
            "event_url": request.build_absolute_uri(event.url),
            "promoted": promoted,
        }
        if promoted:
            subject = gettext("You have a place: %(title)s") % {"title": event.title}
        elif registration.status == Registration.Status.WAITING:
            subject = gettext("You are on the waiting list: %(title)s") % {"title": event.title}
        else:
            subject = gettext("You are registered: %(title)s") % {"title": event.title}
        body = render_to_string("events/email/confirmation.txt", context)
    try:
        EmailMessage(subject, body, to=[registration.email]).send()
    except Exception:  # whatever the mail server does, the registration stands
        logger.exception("Could not e-mail registration %s", registration.pk)
        return False
    Registration.objects.filter(pk=registration.pk).update(confirmation_sent_at=timezone.now())
    return True
