"""Content-Security-Policy by path, plus the headers every response carries.

Django's own CSP middleware sends settings.SECURE_CSP on every response. The
admin's editor needs a slightly wider policy than public pages (see
SECURE_CSP_ADMIN in portal/settings/base.py), so this subclass picks the admin
policy for paths under the admin prefixes and for previews, and leaves the rest to
Django. Wagtail makes a preview by sending a request for the page's own public
address through the middleware (``make_preview_request``, which marks it
``is_preview``); the public policy would forbid the admin's preview panel to frame it.
"""

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware


def _prefixes():
    return tuple(settings.SECURE_CSP_ADMIN_PATHS)


class PolicyByPathMiddleware(ContentSecurityPolicyMiddleware):
    def process_response(self, request, response):
        # A view that chose its own policy (Django's csp_override decorator)
        # keeps it; only the default changes with the path.
        admin = getattr(request, "is_preview", False) or request.path.startswith(_prefixes())
        if admin and not hasattr(response, "_csp_config"):
            response._csp_config = settings.SECURE_CSP_ADMIN
        response = super().process_response(request, response)
        for header, value in settings.SECURE_EXTRA_HEADERS.items():
            response.headers.setdefault(header, value)
        return response
