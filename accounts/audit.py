"""The audit trail of staff sign-in on the "portal.audit" logger: who, from where, what.

The log record carries the time. Never a password or a one-time code: only what was done,
by which user name (as typed, for a failure) and from which address.
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

from core.clients import client_address

logger = logging.getLogger("portal.audit")


def record(event, request=None, username="", level=logging.INFO, **details):
    """Log one event; values are quoted so a typed user name cannot forge a line."""
    address = client_address(request) if request is not None else None
    extra = "".join(f" {key}={value!r}" for key, value in details.items())
    logger.log(level, "%s user=%r address=%s%s", event, str(username or "")[:150], address, extra)


def on_login(sender, request, user, **kwargs):
    if request is not None:
        record("login", request, user.get_username())


def on_login_failed(sender, credentials, request=None, **kwargs):
    # Django has already blanked the password in ``credentials``; only the name is used.
    record("login-failed", request, credentials.get("username"), logging.WARNING)


def on_locked_out(sender, request, username, ip_address, **kwargs):
    record("login-locked-out", request, username, logging.WARNING)


def on_logout(sender, request, user, **kwargs):
    if user is not None and request is not None:
        record("logout", request, user.get_username())


def connect_signals():
    user_logged_in.connect(on_login, dispatch_uid="accounts-audit-login")
    user_login_failed.connect(on_login_failed, dispatch_uid="accounts-audit-login-failed")
    user_locked_out.connect(on_locked_out, dispatch_uid="accounts-audit-locked-out")
    user_logged_out.connect(on_logout, dispatch_uid="accounts-audit-logout")
