"""What registrants hear from the portal after they sign up: a reminder a set time before
the forum (``PORTAL_FORUM_REMINDER_HOURS``, the day before by default), and a notice
whenever the forum is moved, cancelled or its time or place changes.

``manage.py notify_forum_registrants`` (the scheduler runs it every minute) queues them
in the outbox, in the language each person registered in; the worker sends them. Each
goes by e-mail, with the calendar file attached, or as a text message to those who
gave only a phone number.

Nobody gets one twice. A registration records the start time it was reminded of and
the forum's sequence (raised by every change, events.models.forums) it was told of.
Two registrations of one forum with the same address get one message. A forum moved
to another day brings a new reminder before the new day. A notice that goes out within
the reminder window serves as the reminder.

The facts come from the forum's newest language version: an editor changes the Swedish
page first, and a translation may be synchronised later. The title and the note on
what changed come from the registrant's own language version once it is up to date.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from calendars.ics import calendar
from events.choices import EventStatus
from events.feeds import calendar_event
from events.models import EventPage, Registration
from events.models.registrations import newest_versions, reminder_window
from outbox.sending import message_url, queue, queue_sms
from outbox.sms import e164


def _contact(registration):
    if registration.email:
        return registration.email.strip().lower()
    return e164(registration.phone) if registration.phone else ""


def _groups(registrations):
    """Registrations of one forum by the address they reach (e-mail, else phone)."""
    groups = {}
    for registration in registrations:
        key = (registration.event_key, _contact(registration))
        groups.setdefault(key, []).append(registration)
    return groups


def send_reminders(now=None):
    """Queue the reminders that are due; returns how many messages were queued."""
    now = now or timezone.now()
    upcoming = EventPage.objects.filter(start__gt=now, start__lte=now + reminder_window())
    newest = newest_versions(
        EventPage.objects.filter(translation_key__in=upcoming.values("translation_key"))
    )
    newest = {
        key: facts
        for key, facts in newest.items()
        if now < facts.start <= now + reminder_window() and facts.status != EventStatus.CANCELLED
    }
    registrations = (
        Registration.objects.filter(event_key__in=newest, status=Registration.Status.CONFIRMED)
        .select_related("event")
        .order_by("created_at", "pk")
    )
    queued = 0
    for (key, contact), group in _groups(registrations).items():
        facts = newest[key]
        if not contact or any(r.reminded_for == facts.start for r in group):
            _mark(group, reminded_for=facts.start)
            continue
        with transaction.atomic():
            if _claim(group, reminded_for=facts.start):
                queued += _send(group[0], facts, "reminder")
    return queued


def send_change_notices(now=None):
    """Queue a notice to everyone registered for a forum that changed since they were
    last told (forums not yet over); returns how many messages were queued."""
    now = now or timezone.now()
    newest = newest_versions(EventPage.objects.filter(end__gt=now))
    registrations = (
        Registration.objects.filter(event_key__in=newest)
        .select_related("event")
        .order_by("created_at", "pk")
    )
    queued = 0
    for (key, contact), group in _groups(registrations).items():
        facts = newest[key]
        if all(r.notified_sequence >= facts.sequence for r in group):
            continue
        fields = {"notified_sequence": facts.sequence}
        if facts.start - now <= reminder_window():
            fields["reminded_for"] = facts.start  # the notice says all a reminder would
        if not contact or any(r.notified_sequence >= facts.sequence for r in group):
            _mark(group, **fields)
            continue
        with transaction.atomic():
            if _claim(group, **fields):
                queued += _send(group[0], facts, "change")
    return queued


def _mark(group, **fields):
    Registration.objects.filter(pk__in=[r.pk for r in group]).update(**fields)


def _claim(group, **fields):
    """Record the message on every registration of ``group`` unless another process is
    doing so (its rows locked) or did: whether this process sends it."""
    rows = Registration.objects.select_for_update(skip_locked=True).filter(
        pk__in=[r.pk for r in group]
    )
    current = list(rows)
    if len(current) != len(group):
        return False
    for registration in current:
        if all(getattr(registration, name) == value for name, value in fields.items()):
            return False
    rows.update(**fields)
    return True


def _kind(facts):
    if facts.status == EventStatus.CANCELLED:
        return "cancelled"
    if facts.status == EventStatus.MOVED:
        return "moved"
    return "changed"


SUBJECTS = {
    "reminder": lambda: gettext("Reminder: %(title)s"),
    "cancelled": lambda: gettext("Cancelled: %(title)s"),
    "moved": lambda: gettext("Moved: %(title)s"),
    "changed": lambda: gettext("New time or place: %(title)s"),
}


def message_context(registration, facts, what):
    """What the templates of a reminder or notice show: the registrant's page for the
    title and the note, the newest version for the time and place."""
    page = registration.event
    return {
        "kind": "reminder" if what == "reminder" else _kind(facts),
        "registration": registration,
        "title": page.title,
        # Its texts (the place's name, access, what changed): the registrant's language
        # once that version has the change, else the newest version's.
        "texts": page if page.sequence >= facts.sequence else facts,
        "forum": facts,
        "event_url": message_url(page.url),
        "url": message_url(reverse("forum_registration", args=[registration.token])),
    }


def _send(registration, facts, what):
    """Queue one reminder or notice to ``registration``'s address; 1, or 0 if it has none
    that can be used (text messages turned off)."""
    with translation.override(registration.language):
        context = message_context(registration, facts, what)
        subject = context["subject"] = SUBJECTS[context["kind"]]() % {"title": context["title"]}
        if registration.email:
            body = render_to_string("events/email/notice.txt", context)
            email = EmailMessage(subject, body, to=[registration.email])
            event = calendar_event(context["texts"], context["event_url"], facts=facts)
            ics = calendar([event], timezone.now().replace(microsecond=0))
            email.attach(f"{registration.event.slug}.ics", ics, "text/calendar")
            queue(email, about=registration, purpose=what)
            return 1
        text = render_to_string("events/sms/notice.txt", context).strip()
        sms = queue_sms(
            registration.phone, text, f"SMS: {subject}", about=registration, purpose=what
        )
        return int(sms is not None)
