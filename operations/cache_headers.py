"""Cache-Control on every response that does not set its own.

What an anonymous visitor gets from a GET (a page, a listing, a search, a page not
found) is the same for everyone: ``public`` for a short while, and stale for a little
longer while the proxy fetches it again, so the proxy in front (and the visitor's
browser) can keep it. Everything else is ``private, no-store``: what a signed-in editor
sees, the admin, answers that set a cookie, posts, and redirects other than permanent
ones (the one from ``/`` follows the browser's languages). Views that show personal
data already say ``private, no-store`` themselves (submissions.flow) and are left as
they are.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

CACHEABLE_STATUSES = {200, 203, 300, 301, 404, 410}


def is_public(request, response):
    if request.method not in ("GET", "HEAD") or response.status_code not in CACHEABLE_STATUSES:
        return False
    if response.cookies or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not any(request.path.startswith(path) for path in settings.PORTAL_PRIVATE_PATHS)


class CacheControl:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_public(request, response):
            max_age, stale = settings.PORTAL_PUBLIC_CACHE
            patch_cache_control(
                response, public=True, max_age=max_age, stale_while_revalidate=stale
            )
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response
