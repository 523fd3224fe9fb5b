"""/healthz/: can this server process serve? For load balancers, monitors and people.

Each check says "ok" or what is wrong, in a word or two and never with an address,
a password or a query; the answer is 200 when all are ok and 503 otherwise.
/healthz/live/ only says that the process answers, before any other middleware (no host
check, no redirect to https): the proxy's probe uses it, so that a stopped worker or
search cluster does not take the pages offline.
"""

import logging
import time

from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.search.backends import get_search_backend

from operations import heartbeat

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_cache():
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        # The portal's Redis cache answers as a miss when Redis is down: ask Redis itself.
        backend._cache.get_client(write=True).ping()
    key = "operations:health"
    value = str(time.time())
    cache.set(key, value, 30)
    return "ok" if cache.get(key) == value else "not stored"


def check_worker():
    seconds = heartbeat.seconds_since_last()
    if seconds is None:
        return "no heartbeat"
    if seconds > heartbeat.stale_after():
        return f"last heartbeat {int(seconds)} s ago"
    return "ok"


def check_search():
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return "ok"  # the database's own index: the database check covers it
    return "ok" if client.ping() else "cluster not answering"


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "worker": check_worker,
    "search": check_search,
}


@never_cache
@require_safe
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as error:  # a check that fails says so instead of raising a 500
            logger.warning("Health check %s failed: %s", name, type(error).__name__)
            results[name] = f"error: {type(error).__name__}"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": results},
        status=200 if healthy else 503,
    )


class Live:
    """Middleware, first of all: answers the proxy's probe of /healthz/live/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz/live/":
            return HttpResponse("ok", content_type="text/plain")
        return self.get_response(request)
