"""The task worker's sign of life, kept in the shared cache for /healthz/."""

import time

from django.core.cache import cache

KEY = "operations:worker-heartbeat"
# The worker writes every BEAT seconds; /healthz/ calls it stopped after STALE.
BEAT = 10
STALE = 60


def beat():
    cache.set(KEY, time.time(), STALE * 10)


def seconds_since_last():
    """Seconds since the worker last wrote, or None if it never did (or the cache forgot)."""
    last = cache.get(KEY)
    return None if last is None else max(0.0, time.time() - last)
