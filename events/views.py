"""Registering for a forum, and the registrant's own page to see or cancel it."""

# Every answer below carries a resident's details or a token: never_cache marks it
# "private, no-store" so no shared cache or browser history keeps it.

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from events import subscriptions
from events.forms import RegistrationForm, SubscriptionForm
from events.models import (
    ContactConsent,
    EventIndexPage,
    EventPage,
    ForumSubscription,
    Registration,
)
from events.models.registrations import cancel, checkin_qr, is_open, register
from submissions.flow import form_view, to_confirmation

# Taken as every resident form is: rate limit, honeypot, the page again with the
# errors, 303 to the registration's own page (submissions.flow).
register_view = form_view(
    page_model=EventPage,
    form_class=RegistrationForm,
    save=register,
    done=to_confirmation("forum_registration"),
    scope="registration",
    is_open=is_open,
)


# Signing up for e-mail about new forums, from the forum list's alerts page.
subscribe_view = form_view(
    page_model=EventIndexPage,
    form_class=SubscriptionForm,
    save=subscriptions.subscribe,
    done=to_confirmation("forum_subscription"),
    scope="subscription",
)


def _registration(token):
    return get_object_or_404(
        Registration.objects.select_related("event", "event__locale", "consent"), token=token
    )


@never_cache
def registration_view(request, token):
    registration = _registration(token)
    return render(
        request,
        "events/registration.html",
        {
            "registration": registration,
            "event": registration.event,
            "checkin_qr": checkin_qr(registration),
        },
    )


@never_cache
@csrf_exempt  # the token in the address is the key; there is no session to ride on
@require_http_methods(["GET", "POST"])
def cancel_view(request, token):
    if request.method == "GET":
        return HttpResponseRedirect(reverse("forum_registration", args=[token]))
    registration = _registration(token)
    event = registration.event
    cancel(request, registration)
    return render(request, "events/registration_cancelled.html", {"event": event})


def _consent(token):
    return get_object_or_404(ContactConsent, token=token)


@never_cache
def consent_view(request, token):
    """What the person said yes to, and the button to say no."""
    consent = _consent(token)
    forum = (
        EventPage.objects.live()
        .filter(translation_key=consent.event_key, locale__language_code=consent.language)
        .first()
    )
    return render(request, "events/consent.html", {"consent": consent, "forum": forum})


@never_cache
@csrf_exempt  # the token in the address is the key, as for cancelling a registration
@require_http_methods(["GET", "POST"])
def withdraw_consent_view(request, token):
    if request.method == "GET":
        return HttpResponseRedirect(reverse("contact_consent", args=[token]))
    _consent(token).delete()
    return render(request, "events/consent_withdrawn.html", {})


def _subscription(token):
    return get_object_or_404(
        ForumSubscription.objects.prefetch_related("districts", "themes", "languages"),
        token=token,
    )


@never_cache
def subscription_view(request, token):
    """What the subscription covers, with the buttons to confirm it and to unsubscribe."""
    return render(request, "events/subscription.html", {"subscription": _subscription(token)})


@never_cache
@csrf_exempt  # the token in the address is the key
@require_http_methods(["GET", "POST"])
def confirm_subscription_view(request, token):
    if request.method == "GET":
        return HttpResponseRedirect(reverse("forum_subscription", args=[token]))
    subscription = _subscription(token)
    subscriptions.confirm(subscription)
    return render(
        request, "events/subscription.html", {"subscription": subscription, "confirmed": True}
    )


@never_cache
@csrf_exempt  # the token in the address is the key; mail programs post here (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, token):
    """GET: the page with the button (a link checker must not unsubscribe anyone);
    POST: unsubscribe at once, from the button or a mail program's one click."""
    if request.method == "GET":
        return HttpResponseRedirect(reverse("forum_subscription", args=[token]))
    subscriptions.unsubscribe(_subscription(token))
    return render(request, "events/unsubscribed.html", {})
