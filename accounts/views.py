"""The second step of signing in to the admin, and the throttled password reset form."""

import functools
import logging

import django_otp
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.admin.localization import get_localized_response
from wagtail.admin.views.account import PasswordResetView

from accounts import devices
from accounts.audit import record
from accounts.forms import AppCodeForm, RecoveryCodeForm
from accounts.throttle import over_limit
from core.clients import client_address

RECOVERY_CODES_SESSION_KEY = "accounts_recovery_codes"


def staff_view(view):
    """Signed in with a password; in the user's admin language and never cached, as
    Wagtail's own admin views."""

    @functools.wraps(view)
    def localized(request, *args, **kwargs):
        return get_localized_response(view, request, *args, **kwargs)

    return never_cache(login_required(localized, login_url="wagtailadmin_login"))


def next_url(request):
    """Where the user was going: a path on this site, or the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def with_next(name, request):
    return f"{reverse(name)}?{request.GET.urlencode()}" if request.GET else reverse(name)


@staff_view
def enrol(request):
    """Set up an authenticator app: scan the QR code or type the secret, confirm a code."""
    user = request.user
    if devices.is_enrolled(user):
        return redirect(with_next("accounts_two_factor_verify", request))
    device = devices.pending_app(user)
    form = AppCodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            codes = devices.confirm_app(device)
            django_otp.login(request, device)
            request.session[RECOVERY_CODES_SESSION_KEY] = codes
            record("2fa-enrolled", request, user.get_username())
            target = reverse("accounts_recovery_codes")
            return redirect(f"{target}?{urlencode({'next': next_url(request)})}")
        record("2fa-failed", request, user.get_username(), logging.WARNING, step="enrolment")
        form.add_error(
            "code",
            _("That code does not match. Check the clock on your phone and try the newest code."),
        )
    return render(
        request,
        "accounts/two_factor_enrol.html",
        {"form": form, "secret": devices.secret_in_groups(device), "next": next_url(request)},
    )


@staff_view
@require_GET
def qr_code(request):
    """The QR code of the app being set up, as an image of its own (no inline markup)."""
    if devices.is_enrolled(request.user):
        return HttpResponse(status=404)
    svg = devices.qr_code_svg(devices.pending_app(request.user))
    return HttpResponse(svg, content_type="image/svg+xml")


@staff_view
def verify(request):
    """Later sign-ins: the code from the app."""
    user = request.user
    if not devices.is_enrolled(user):
        return redirect(with_next("accounts_two_factor_enrol", request))
    if user.is_verified():
        return HttpResponseRedirect(next_url(request))
    form = AppCodeForm(request.POST or None)
    if form.is_valid():
        for app in devices.confirmed_apps(user):
            device = django_otp.verify_token(user, app.persistent_id, form.cleaned_data["code"])
            if device is not None:
                django_otp.login(request, device)
                record("2fa-verified", request, user.get_username(), method="app")
                return HttpResponseRedirect(next_url(request))
        record("2fa-failed", request, user.get_username(), logging.WARNING, method="app")
        form.add_error(
            "code",
            _(
                "That code was not accepted. Try the newest code; after several wrong codes, "
                "wait a minute before the next try."
            ),
        )
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": next_url(request)}
    )


@staff_view
def recovery(request):
    """Sign in with a recovery code when the phone is not at hand; each code works once."""
    user = request.user
    if not devices.is_enrolled(user):
        return redirect(with_next("accounts_two_factor_enrol", request))
    if user.is_verified():
        return HttpResponseRedirect(next_url(request))
    form = RecoveryCodeForm(request.POST or None)
    stored = devices.recovery_device(user)
    if form.is_valid():
        device = None
        if stored is not None:
            device = django_otp.verify_token(user, stored.persistent_id, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            left = devices.remaining_recovery_codes(user)
            record("2fa-verified", request, user.get_username(), method="recovery-code", left=left)
            messages.warning(
                request,
                _(
                    "You signed in with a recovery code; %(count)s are left. Ask an "
                    "administrator for new codes before they run out."
                )
                % {"count": left},
            )
            return HttpResponseRedirect(next_url(request))
        record("2fa-failed", request, user.get_username(), logging.WARNING, method="recovery-code")
        form.add_error("code", _("That recovery code was not accepted, or it has been used."))
    return render(
        request, "accounts/two_factor_recovery.html", {"form": form, "next": next_url(request)}
    )


@staff_view
@require_GET
def recovery_codes(request):
    """The new recovery codes, shown once, straight after the app is set up."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes:
        return HttpResponseRedirect(next_url(request))
    return render(
        request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url(request)}
    )


@method_decorator(never_cache, name="dispatch")
class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, limited per address and per e-mail address, so the form
    can neither flood a mailbox nor probe many addresses."""

    def post(self, request, *args, **kwargs):
        if over_limit("address", client_address(request)):
            return self.refuse()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if over_limit("email", form.cleaned_data["email"].strip().lower()):
            return self.refuse()
        # The e-mail typed is not logged: anyone can type anyone's.
        record("password-reset-requested", self.request)
        return super().form_valid(form)

    def refuse(self):
        record("password-reset-throttled", self.request, level=logging.WARNING)
        return render(self.request, "accounts/password_reset_throttled.html", status=429)
