"""The API's rate limit: the one the public forms use (submissions.ratelimit), counted
per client address behind our proxies, in the shared cache."""

from django.conf import settings
from rest_framework.throttling import BaseThrottle

from submissions.ratelimit import over_rate_limit

SCOPE = "api"


class ClientRateThrottle(BaseThrottle):
    def allow_request(self, request, view):
        return not over_rate_limit(request, SCOPE)

    def wait(self):
        _limit, window = settings.PORTAL_RATE_LIMITS[SCOPE]
        return window
