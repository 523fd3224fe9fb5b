"""Django's Redis cache, except that a Redis that is down or slow costs speed, not pages,
and that each call does not build a new client.

Everything the portal keeps in Redis can be done without it for a while: the versioned
cache builds its values again, sessions are read from the database (cached_db), and the
rate limits let posts through uncounted (submissions/ratelimit.py says so in the log).
A failing call answers as a miss and logs a warning, at most one per half minute in
each process; /healthz/ reports the cache as failing meanwhile.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
QUIET_SECONDS = 30
_last_warning = 0.0


def _warn(operation, error):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= QUIET_SECONDS:
        _last_warning = now
        logger.warning(
            "Redis unavailable (%s in %s); going on without it", type(error).__name__, operation
        )


def _tolerant(operation, fallback):
    """The operation, answered by ``fallback(*args, **kwargs)`` when Redis does not."""

    def method(self, *args, **kwargs):
        try:
            return getattr(DjangoRedisCache, operation)(self, *args, **kwargs)
        except RedisError as error:
            _warn(operation, error)
            return fallback(*args, **kwargs)

    method.__name__ = operation
    return method


def _default(key, default=None, *args, **kwargs):
    return default


def _missing(key, *args, **kwargs):
    # What incr() raises for a key that is not there; its callers handle that.
    raise ValueError("Key not found: the cache is unavailable")


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


class ReusedClient(RedisCacheClient):
    """One redis-py client per connection pool, instead of a new one for every call:
    making one costs about a third of a millisecond, a dozen times in a page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient

    get = _tolerant("get", _default)
    get_many = _tolerant("get_many", lambda *args, **kwargs: {})
    has_key = _tolerant("has_key", _false)
    add = _tolerant("add", _false)
    set = _tolerant("set", _nothing)
    set_many = _tolerant("set_many", lambda *args, **kwargs: [])
    touch = _tolerant("touch", _false)
    delete = _tolerant("delete", _false)
    delete_many = _tolerant("delete_many", _nothing)
    incr = _tolerant("incr", _missing)
