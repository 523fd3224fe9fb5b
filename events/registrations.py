"""Signing up for a forum, both sides of it: what the forum page shows (open or why
closed, places left, the waiting list) and what a registration does (a place or the
waiting list, e-mails, cancelling).

Confirmations go into the outbox in the same transaction as the registration (or
the cancel that gave someone a place); the background worker sends them. The
request never talks to the mail server, and nothing is lost while it is down.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Sum
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from events import alerts
from events.forms import RegistrationForm
from events.models.registrations import Registration
from outbox.sending import queue
from outbox.signals import delivered


def places(event):
    """(places taken, people waiting), counted over every language version."""
    rows = (
        Registration.objects.filter(event_key=event.translation_key)
        .values("status")
        .annotate(people=Sum("people"))
    )
    counts = {row["status"]: row["people"] for row in rows}
    return counts.get(Registration.Status.CONFIRMED, 0), counts.get(Registration.Status.WAITING, 0)


def state(event):
    """Why registration is closed ("cancelled", "past", "deadline", "none"), or "open"."""
    if not event.takes_registrations:
        return "none"
    if event.is_cancelled:
        return "cancelled"
    now = timezone.now()
    if event.end < now:
        return "past"
    if event.closes_at <= now:
        return "deadline"
    return "open"


def is_open(event):
    return state(event) == "open"


def sign_up(event, form=None):
    """What the forum page shows about signing up; ``form`` is one sent back with errors."""
    shown = {"registration_state": state(event)}
    if shown["registration_state"] == "open":
        taken, waiting = places(event)
        left = None if event.capacity is None else max(event.capacity - taken, 0)
        shown.update(
            places_left=left,
            waiting_list=left == 0 or waiting > 0,
            registration_form=form or RegistrationForm(),
        )
    return shown


def _lock(event):
    """Lock every language version of the forum, so two people cannot take the last place."""
    list(
        type(event)
        .objects.select_for_update(of=("self",))
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def register(request, event, data, language):
    """Save a registration: with a place while there is room, otherwise on the waiting list,
    and queue its confirmation.

    Once anyone is waiting, later registrations wait too, so places go in order.
    """
    with transaction.atomic():
        _lock(event)
        taken, waiting = places(event)
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
        queue_confirmation(request, registration)
        transaction.on_commit(lambda: alerts.check_fill_rate(event))
    return registration


def cancel(request, registration):
    """Delete a registration and give freed places to the waiting list, in order; each
    person moved up is told by e-mail, in the language they registered in.

    Returns the registrations that got a place.
    """
    event = registration.event
    with transaction.atomic():
        _lock(event)
        registration.delete()
        promoted = []
        taken, _waiting = places(event)
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
            queue_confirmation(request, candidate, promoted=True)
    return promoted


def registration_url(request, registration):
    with translation.override(registration.language):
        return request.build_absolute_uri(reverse("forum_registration", args=[registration.token]))


def queue_confirmation(request, registration, promoted=False):
    """Queue the registrant's confirmation, in the language they registered in.

    Returns the outbox message, or None for a registration without an e-mail address.
    """
    if not registration.email:
        return None
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
    return queue(EmailMessage(subject, body, to=[registration.email]), about=registration)


@receiver(delivered)
def record_confirmation(message, **kwargs):
    """Show "confirmation e-mailed at" on the registration once the worker has sent it."""
    if message.content_type and message.content_type.model_class() is Registration:
        Registration.objects.filter(pk=message.object_id).update(
            confirmation_sent_at=message.sent_at
        )
