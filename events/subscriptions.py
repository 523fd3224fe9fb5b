"""E-mail alerts about new forums: signing up (double opt-in), confirming, the weekly
digest in the subscriber's language, and unsubscribing with one click (RFC 8058).

Everything goes through the outbox in the transaction that causes it; the worker sends.
``manage.py send_forum_digest`` (the scheduler runs it daily) sends each confirmed
subscription, once a week, the forums published since its last digest that match its
choices; a week with none sends nothing.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.visibility import public
from events.choices import EventStatus
from events.labels import forum_cards
from events.models import EventPage, ForumSubscription
from outbox.sending import message_url, one_click_unsubscribe, queue
from taxonomy.models import District, Language, Theme

EVERY = datetime.timedelta(days=7)


def subscription_url(subscription, name="forum_subscription"):
    with translation.override(subscription.language):
        return message_url(reverse(name, args=[subscription.token]))


@transaction.atomic
def subscribe(request, page, data, language):
    """Save a new, unconfirmed subscription and queue the e-mail that confirms it."""
    subscription = ForumSubscription.objects.create(email=data["email"], language=language)
    for field, model in (("districts", District), ("themes", Theme), ("languages", Language)):
        keys = data.get(f"{field}_keys", [])
        getattr(subscription, field).set(
            model.objects.filter(translation_key__in=keys, locale__language_code="sv")
        )
    with translation.override(language):
        body = render_to_string(
            "events/email/subscription_confirm.txt",
            {
                "url": subscription_url(subscription),
                "days": settings.PORTAL_SUBSCRIPTION_CONFIRM_DAYS,
            },
        )
        subject = gettext("Confirm: e-mail about new forums")
    email = EmailMessage(subject, body, to=[subscription.email])
    queue(email, about=subscription, purpose="subscription confirmation")
    return subscription


def confirm(subscription):
    if subscription.confirmed_at is None:
        now = timezone.now()
        ForumSubscription.objects.filter(pk=subscription.pk).update(
            confirmed_at=now, covered_until=now
        )
        subscription.confirmed_at = subscription.covered_until = now


def unsubscribe(subscription):
    """Delete the subscription and its e-mails still in the outbox."""
    subscription.delete()


def matching(subscription, forums):
    """The forums (Swedish pages) that ``subscription`` chose."""
    keys = {
        name: set(getattr(subscription, name).values_list("translation_key", flat=True))
        for name in ("districts", "themes", "languages")
    }
    if keys["districts"]:
        forums = forums.filter(district__translation_key__in=keys["districts"])
    if keys["themes"]:
        forums = forums.filter(theme__translation_key__in=keys["themes"])
    if keys["languages"]:
        forums = forums.filter(
            Q(languages__translation_key__in=keys["languages"])
            | Q(interpretation__translation_key__in=keys["languages"])
        ).distinct()
    return forums


def in_language(forums, language):
    """Each forum in ``language`` where it is translated and live, else in Swedish."""
    keys = [forum.translation_key for forum in forums]
    translated = {
        page.translation_key: page
        for page in EventPage.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .select_related("district", "theme")
    }
    return [translated.get(forum.translation_key, forum) for forum in forums]


def send_digests(now=None):
    """Queue the weekly digest of every confirmed subscription that is due; returns how
    many were queued."""
    now = now or timezone.now()
    due = ForumSubscription.objects.filter(
        confirmed_at__isnull=False, covered_until__lte=now - EVERY
    ).order_by("pk")
    sent = 0
    for subscription in due:
        forums = (
            public(EventPage.objects.live())
            .filter(
                locale__language_code="sv",
                first_published_at__gt=subscription.covered_until,
                first_published_at__lte=now,
                start__gt=now,
            )
            .exclude(status=EventStatus.CANCELLED)
            .select_related("district", "theme")
            .order_by("start")
        )
        chosen = list(matching(subscription, forums))
        with transaction.atomic():
            updated = ForumSubscription.objects.filter(
                pk=subscription.pk, covered_until=subscription.covered_until
            ).update(covered_until=now)
            if updated and chosen:
                _send_digest(subscription, chosen)
                sent += 1
    return sent


def _send_digest(subscription, forums):
    language = subscription.language
    with translation.override(language):
        pages = in_language(forums, language)
        cards = forum_cards(pages, language)
        context = {
            "cards": [(card, message_url(card.page.url)) for card in cards],
            "manage_url": subscription_url(subscription),
            "unsubscribe_url": subscription_url(subscription, "forum_unsubscribe"),
        }
        body = render_to_string("events/email/digest.txt", context)
        subject = (
            gettext("New forums for you") if len(forums) > 1 else gettext("A new forum for you")
        )
    email = EmailMessage(
        subject,
        body,
        to=[subscription.email],
        headers=one_click_unsubscribe(context["unsubscribe_url"]),
    )
    queue(email, about=subscription, purpose="digest")
