"""Fast, deterministic settings for the test suite (PostgreSQL via DATABASE_URL)."""

import os
from urllib.parse import urlsplit

from .base import *  # noqa: F403

# The demo content and its commands (load_demo_content, create_local_admin); never in
# production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The outbox in front, as everywhere; the worker "sends" to mail.outbox. (Django's test
# setup points every mailer at locmem; tests/conftest.py puts the outbox back.)
MAILERS = {
    "default": {"BACKEND": "outbox.backends.OutboxBackend"},
    "smtp": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come straight from the app folders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The admin tests sign in with a password; the second-factor tests turn it on.
PORTAL_REQUIRE_2FA = False

# pytest-xdist's workers share the run's Redis, and the tests empty it: each worker
# (gw0, gw1, …) keeps its cache in a Redis database of its own (1, 2, …).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _WORKER.startswith("gw"):  # noqa: F405
    REDIS_URL = urlsplit(REDIS_URL)._replace(path=f"/{1 + int(_WORKER[2:])}").geturl()  # noqa: F405
    CACHES["default"]["LOCATION"] = REDIS_URL  # noqa: F405
