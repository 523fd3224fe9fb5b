"""Deployment checks (`manage.py check --deploy`) for what the portal's own settings allow."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def two_step_sign_in(app_configs, **kwargs):
    if settings.PORTAL_REQUIRE_2FA:
        return []
    return [
        Warning(
            "Two-step sign-in is off (PORTAL_REQUIRE_2FA=0): staff read residents' personal "
            "data with a password alone.",
            hint="Leave PORTAL_REQUIRE_2FA unset on a live site; make up turns it off locally.",
            id="operations.W001",
        )
    ]
