"""A forum's registrations, both sides of them: the registration itself, what the forum
page shows (open or why closed, places left, the waiting list) and what a registration
does (a place or the waiting list, e-mails, cancelling).

Confirmations go into the outbox in the same transaction as the registration (or
the cancel that gave someone a place); the background worker sends them. The
request never talks to the mail server, and nothing is lost while it is down.

The forum page reads this module, so it lives in the models package: a module outside
it that imported the model would run the package, and so the forum page, first.
"""

import datetime
import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models import Sum
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.validators import phone_validator
from events import alerts
from events.forms import VIA, RegistrationForm
from events.models.attendance import ForumAttendance
from events.models.consents import ContactConsent
from outbox.sending import message_url, queue
from outbox.signals import delivered
from printing.qr import qr_png, qr_svg
from submissions.tokens import new_token

# Codes people read aloud or type at the door: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Registration(models.Model):
    """A resident's registration for a forum: personal data, deleted after the forum
    by the ``delete_past_registrations`` command."""

    # Not content that uses its forum: kept out of the page's usage (reference index).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Has a place")
        WAITING = "waiting", _("On the waiting list")

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("forum"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    # Shared by every language version of the forum: places are counted across them.
    event_key = models.UUIDField(db_index=True, editable=False)
    language = models.CharField(_("language of the page"), max_length=10)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    people = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        help_text=_(
            "How many people this registration is for. They all count against the forum's places."
        ),
    )
    language_needs = models.CharField(
        _("language needs"),
        max_length=200,
        blank=True,
        help_text=_(
            "The interpreting or language help the person asked for. Use it to book interpreters."
        ),
    )
    accessibility_needs = models.CharField(
        _("accessibility needs"),
        max_length=500,
        blank=True,
        help_text=_(
            "What the person needs to take part, such as space for a wheelchair. "
            "Use it to prepare the venue."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.CONFIRMED,
        help_text=_(
            "Has a place or on the waiting list. "
            "Changing it sends no e-mail, so tell the person yourself."
        ),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Shown on the confirmation page and e-mail, as text and as a QR code: organisers
    # check the person in with it (events.checkin).
    code = models.CharField(_("check-in code"), max_length=12, default=new_code, editable=False)
    checked_in_at = models.DateTimeField(_("came at"), null=True, blank=True)
    # The person's separate yes to be contacted about the short course, if given.
    consent = models.ForeignKey(
        "events.ContactConsent",
        verbose_name=_("consent to be contacted"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # The co-hosting association whose link the person registered through (its slug).
    via = models.CharField(_("registered through"), max_length=80, blank=True, editable=False)
    active = models.BooleanField(
        _("active participant"),
        default=False,
        help_text=_(
            "Asked questions or took part actively. Those who also agreed to be "
            "contacted are invited to the short course."
        ),
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation e-mailed at"), null=True)
    # What the person has been told (events.reminders): the start time of the reminder
    # they got, and the forum's sequence (raised by each change) when last told.
    reminded_for = models.DateTimeField(_("reminded of the start at"), null=True, editable=False)
    notified_sequence = models.PositiveIntegerField(default=0, editable=False)
    # Its e-mails in the outbox, deleted with it.
    emails = GenericRelation("outbox.Message")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["event_key", "code"], name="one_code_per_forum")
        ]

    def __str__(self):
        return f"{self.name} ({self.people})"

    @property
    def event_start(self):
        return timezone.localtime(self.event.start).strftime("%Y-%m-%d %H:%M")

    @property
    def registered_at(self):
        return timezone.localtime(self.created_at).strftime("%Y-%m-%d %H:%M")

    @property
    def confirmation_sent(self):
        if self.confirmation_sent_at is None:
            return ""
        return timezone.localtime(self.confirmation_sent_at).strftime("%Y-%m-%d %H:%M")


def of_forum(event):
    """The forum's registrations, over every language version."""
    return Registration.objects.filter(event_key=event.translation_key)


def places(event):
    """(places taken, people waiting), counted over every language version."""
    rows = of_forum(event).values("status").annotate(people=Sum("people"))
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


def co_host(event, slug):
    """The forum's co-hosting association with this slug (a ``?via=`` link), or None."""
    if not slug or not VIA.fullmatch(slug):
        return None
    return event.associations.filter(slug=slug).first()


def sign_up(event, form=None, via=""):
    """What the forum page shows about signing up; ``form`` is one sent back with errors,
    ``via`` the slug of the co-hosting association whose link brought the reader."""
    shown = {"registration_state": state(event)}
    if shown["registration_state"] == "open":
        taken, waiting = places(event)
        left = None if event.capacity is None else max(event.capacity - taken, 0)
        shown.update(
            places_left=left,
            waiting_list=left == 0 or waiting > 0,
            registration_form=form
            or RegistrationForm(initial={"via": via if co_host(event, via) else ""}),
        )
    return shown


def reminder_window():
    """How long before a forum its registrants are reminded (events.reminders)."""
    return datetime.timedelta(hours=settings.PORTAL_FORUM_REMINDER_HOURS)


def newest_versions(forums):
    """For each forum (translation key) among the pages ``forums``: the live language
    version that carries its latest change (the highest sequence)."""
    newest = {}
    for page in forums.live().order_by("sequence", "pk"):
        newest[page.translation_key] = page
    return newest


def already_told(event, now=None):
    """What a new registration of ``event`` need not be told again (events.reminders):
    the forum as it is now, and its start when the confirmation goes out within the
    reminder window."""
    now = now or timezone.now()
    versions = type(event).objects.filter(translation_key=event.translation_key)
    facts = newest_versions(versions).get(event.translation_key, event)
    soon = facts.start - now <= reminder_window()
    return {"notified_sequence": facts.sequence, "reminded_for": facts.start if soon else None}


def free_code(event):
    """A check-in code no other registration of the forum has (called under _lock)."""
    while True:
        code = new_code()
        if not of_forum(event).filter(code=code).exists():
            return code


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
        consent = None
        if data.get("contact_consent"):
            consent = ContactConsent.objects.create(
                name=data["name"],
                email=data.get("email", ""),
                phone=data.get("phone", ""),
                language=language,
                event_key=event.translation_key,
                district_key=event.district.translation_key,
            )
        registration = Registration.objects.create(
            consent=consent,
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
            code=free_code(event),
            via=data.get("via", "") if co_host(event, data.get("via", "")) else "",
            **already_told(event),
        )
        queue_confirmation(request, registration)
        ForumAttendance.recount(event.translation_key, of_forum(event))
        transaction.on_commit(lambda: alerts.check_fill_rate(event, of_forum(event)))
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
        waiting = of_forum(event).filter(status=Registration.Status.WAITING)
        waiting = waiting.order_by("created_at", "pk")
        for candidate in waiting:
            if event.capacity is not None and taken + candidate.people > event.capacity:
                break
            candidate.status = Registration.Status.CONFIRMED
            candidate.save(update_fields=["status"])
            taken += candidate.people
            promoted.append(candidate)
            queue_confirmation(request, candidate, promoted=True)
        ForumAttendance.recount(event.translation_key, of_forum(event))
    return promoted


def checkin_url(registration):
    """The organisers' check-in page with this registration found (events.checkin_views):
    what the QR code on the confirmation holds. Without signing in it leads nowhere."""
    path = reverse("forum_checkin", args=[registration.event_id])
    return message_url(f"{path}?q={registration.code}")


def checkin_qr(registration):
    """The check-in code as an inline SVG QR code, for the confirmation page."""
    with translation.override(registration.language):
        label = gettext("QR code with your check-in code %(code)s") % {"code": registration.code}
    return qr_svg(checkin_url(registration), label)


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
    email = EmailMessage(subject, body, to=[registration.email])
    qr = qr_png(checkin_url(registration))
    email.attach(f"check-in-{registration.code}.png", qr, "image/png")
    return queue(email, about=registration, purpose="confirmation")


@receiver(delivered)
def record_confirmation(message, **kwargs):
    """Show "confirmation e-mailed at" on the registration once the worker has sent it."""
    if message.purpose == "confirmation" and message.content_type.model_class() is Registration:
        Registration.objects.filter(pk=message.object_id).update(
            confirmation_sent_at=message.sent_at
        )
