"""Checking people in at a forum's door, and counting who came (events.ForumAttendance).

Organisers find a registration by its check-in code (typed, or read from the QR code on
the confirmation) or by name, mark it as come, and count the people who came without
registering. Each change is one transaction that also brings the forum's attendance
figure up to date, so the figure stays when the registrations are deleted.
"""

import re

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from events.models import ContactConsent, ForumAttendance
from events.models.registrations import CODE_ALPHABET, CODE_LENGTH, of_forum

CODE = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")
# How many registrations a search by name lists at most.
MAX_FOUND = 20


def find(event, query):
    """(the registration with the code ``query``, or None; registrations whose name
    holds ``query``, at most MAX_FOUND)."""
    query = " ".join(query.split())
    code = query.replace(" ", "").replace("-", "").upper()
    if CODE.match(code):
        found = of_forum(event).filter(code=code).first()
        if found is not None:
            return found, []
    if len(query) < 2:
        return None, []
    words = Q()
    for word in query.split():
        words &= Q(name__icontains=word)
    return None, list(of_forum(event).filter(words).order_by("name", "pk")[:MAX_FOUND])


def attendance(event):
    """The forum's attendance record (a new one, unsaved, before anyone came)."""
    return ForumAttendance.objects.filter(event_key=event.translation_key).first() or (
        ForumAttendance(event_key=event.translation_key)
    )


def _recount(event, walk_ins=None):
    return ForumAttendance.recount(event.translation_key, of_forum(event), walk_ins=walk_ins)


@transaction.atomic
def check_in(registration, came=True):
    """Mark ``registration`` as come (or, with ``came=False``, as not come after all)."""
    registration.checked_in_at = timezone.now() if came else None
    registration.save(update_fields=["checked_in_at"])
    if registration.consent_id:
        ContactConsent.objects.filter(pk=registration.consent_id).update(came=came)
    return _recount(registration.event)


@transaction.atomic
def mark_active(registration, active=True):
    registration.active = active
    registration.save(update_fields=["active"])
    if registration.consent_id:
        ContactConsent.objects.filter(pk=registration.consent_id).update(active=active)


@transaction.atomic
def count_walk_ins(event, walk_ins):
    return _recount(event, walk_ins=walk_ins)
