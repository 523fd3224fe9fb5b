"""Registering for a forum, and the registrant's own page to see or cancel it."""

# Every answer below carries a resident's details or a token: never_cache marks it
# "private, no-store" so no shared cache or browser history keeps it.

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from events.forms import RegistrationForm
from events.models import EventPage, Registration
from events.registrations import cancel, register
from submissions.ratelimit import over_rate_limit

NOT_SAVED = _("Your registration could not be saved. Leave the last field empty and try again.")


def _page_again(request, event, form=None):
    """The forum page again with status 400: the form with its answers and errors, or
    the reason registration is closed."""
    request.registration_form = form
    response = event.serve(request)
    response.status_code = 400
    return response


# Registrations are anonymous (there is no account or session to protect), so the
# form needs no CSRF cookie; public pages stay free of cookies.
@never_cache
@csrf_exempt
@require_POST
def register_view(request, page_id):
    event = EventPage.objects.live().public().filter(pk=page_id).first()
    if event is None or event.locale.language_code != get_language():
        raise Http404
    if over_rate_limit(request, "registration"):
        return render(request, "events/registration_limited.html", {"event": event}, status=429)
    if event.registration_state() != "open":
        return _page_again(request, event)

    form = RegistrationForm(request.POST)
    valid = form.is_valid()
    if form.is_spam:
        form.add_error(None, NOT_SAVED)
        valid = False
    if not valid:
        return _page_again(request, event, form)

    registration = register(request, event, form.cleaned_data, get_language())
    url = reverse("forum_registration", args=[registration.token])
    return HttpResponseRedirect(url, status=303)


def _registration(token):
    return get_object_or_404(
        Registration.objects.select_related("event", "event__locale"), token=token
    )


@never_cache
def registration_view(request, token):
    registration = _registration(token)
    return render(
        request,
        "events/registration.html",
        {"registration": registration, "event": registration.event},
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
