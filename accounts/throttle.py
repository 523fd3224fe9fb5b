"""How often the admin's password reset form may be sent, per address and per e-mail."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def over_limit(scope, value):
    """Count one request for ``value`` and say whether it is over the limit.

    Counted in the shared cache under a salted hash, for the length of the window.
    """
    limit, window = settings.PORTAL_PASSWORD_RESET_LIMITS[scope]
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{value}".encode()).hexdigest()
    key = f"portal:password-reset:{scope}:{digest}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
