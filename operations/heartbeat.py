"""The task worker's sign of life, kept in the shared cache for /healthz/."""

import time

from django.conf import settings
from django.core.cache import cache

KEY = "operations:worker-heartbeat"


def interval():
    """Seconds between two heartbeats."""
    return settings.PORTAL_WORKER_HEARTBEAT_SECONDS


def stale_after():
    """Seconds without a heartbeat after which the worker counts as stopped."""
    return 6 * interval()


def beat():
    cache.set(KEY, time.time(), max(60, int(10 * stale_after())))


def seconds_since_last():
    """Seconds since the worker last wrote, or None if it never did (or the cache forgot)."""
    last = cache.get(KEY)
    return None if last is None else max(0.0, time.time() - last)
