from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

# What a user signed in with a password alone may still reach in the admin: the second
# step itself, signing out, and what those pages load.
OPEN_BEFORE_SECOND_FACTOR = {
    "accounts_two_factor_verify",
    "accounts_two_factor_enrol",
    "accounts_two_factor_qr_code",
    "accounts_two_factor_recovery",
    "accounts_recovery_codes",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class RequireTwoFactorMiddleware:
    """With PORTAL_REQUIRE_2FA, an admin session without a verified second factor is sent
    to set one up or enter it. Public pages are left alone (they set no cookie)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PORTAL_REQUIRE_2FA and self.needs_second_factor(request):
            target = reverse("accounts_two_factor_verify")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def needs_second_factor(self, request):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return False
        if not request.user.is_authenticated or request.user.is_verified():
            return False
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            return True
        return name not in OPEN_BEFORE_SECOND_FACTOR
