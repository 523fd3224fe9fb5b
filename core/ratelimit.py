"""A limit on how often one client may post a public form (feedback, registrations)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def over_rate_limit(request, scope):
    """True once this client has sent more than the allowed number of posts.

    Clients are counted by a salted hash of their address, which is kept only
    in the cache and only for the length of the window.
    """
    limit, window = settings.PORTAL_RATE_LIMITS[scope]
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    key = f"portal:rate:{scope}:{digest}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
