"""A limit on how often one client may post a public form (page feedback, forum
registrations, programme applications and offers to mentor)."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from core.clients import client_address

logger = logging.getLogger(__name__)


def over_rate_limit(request, scope):
    """True once this client has sent more than the allowed number of posts.

    Clients are told apart by core.clients.client_address (the address behind the
    trusted proxies, an IPv6 /64 as one client) and counted by a salted hash of it,
    which is kept only in the cache and only for the length of the window. The
    count lives in the shared cache, so every server process adds to the same one.
    """
    limit, window = settings.PORTAL_RATE_LIMITS[scope]
    address = client_address(request) or "unknown"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return _count(f"portal:rate:{scope}:{digest}", window) > limit


def _count(key, window):
    """Add one to the count under ``key`` and return it; the count starts a window
    of ``window`` seconds when it is created and disappears at its end."""
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        return _count_in_redis(cache, key, window)
    # A per-process cache (LocMemCache for make run) is shared by nobody, and it
    # increments under its own lock.
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def _count_in_redis(cache, key, window):
    # Django's RedisCache.incr() checks that the key exists and then increments it in
    # a second command: a key that expires in between comes back without an expiry,
    # and that client would stay over the limit for good. One MULTI/EXEC creates the
    # key with its expiry if it is missing and increments it, with nothing between.
    key = cache.make_and_validate_key(key)
    try:
        client = cache._cache.get_client(key, write=True)
        with client.pipeline(transaction=True) as pipe:
            pipe.set(key, 0, ex=window, nx=True)
            pipe.incr(key)
            _created, count = pipe.execute()
    except RedisError as error:
        # Nothing is lost by taking the post: a resident is not refused for our outage.
        logger.warning("Rate limit not counted: Redis unavailable (%s)", type(error).__name__)
        return 0
    return count
