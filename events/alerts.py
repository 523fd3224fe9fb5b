"""Telling organisers when a forum fills abnormally fast.

A script that takes every place looks like that, and so does a forum that a community
has just shared widely: either way a person should look at the registrations. Nobody
is stopped or asked for more: residents without e-mail register as before.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db.models import Q, Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

# Staff read the admin in Swedish unless they chose otherwise.
ALERT_LANGUAGE = "sv"
ALERT_EVERY = 24 * 60 * 60  # seconds


def organisers():
    """E-mail addresses of the active staff who handle registrations."""
    permission = Permission.objects.filter(
        content_type__app_label="events", codename="change_registration"
    ).first()
    who = Q(is_superuser=True)
    if permission:
        who |= Q(groups__permissions=permission) | Q(user_permissions=permission)
    users = get_user_model().objects.filter(who, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def check_fill_rate(event, registrations):
    """E-mail the organisers, at most once a day per forum, when more than the share of
    places set in PORTAL_FILL_ALERT went within its window; ``registrations`` are the
    forum's, over every language version."""
    if not event.capacity:
        return False
    share, window = settings.PORTAL_FILL_ALERT
    since = timezone.now() - datetime.timedelta(seconds=window)
    recent = (
        registrations.filter(created_at__gte=since).aggregate(people=Sum("people")).get("people")
        or 0
    )
    if recent < share * event.capacity:
        return False
    # The shared cache remembers the alert for every server process.
    if not cache.add(f"portal:fill-alert:{event.translation_key}", True, ALERT_EVERY):
        return False
    recipients = organisers()
    if not recipients:
        return False
    with translation.override(ALERT_LANGUAGE):
        context = {
            "event": event,
            "recent": recent,
            "minutes": window // 60,
            "capacity": event.capacity,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("forum_registrations:index")
            + f"?event={event.pk}",
        }
        subject = gettext("A forum is filling fast: %(title)s") % {"title": event.title}
        body = render_to_string("events/email/fill_alert.txt", context)
    EmailMessage(subject, body, to=recipients).send()
    return True
