"""Production: every secret and host name comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

# Wagtail's search and reference-index updates and the proxy's purges go to the worker
# (base.py reads the variable; set TASKS_BACKEND=immediate only to run without a worker).
os.environ.setdefault("TASKS_BACKEND", "database")

from .base import *  # noqa: F403


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


SECRET_KEY = _required("SECRET_KEY")
# base.py reads these from the environment too, with local defaults (SQLite, a sender at
# localhost, links to 127.0.0.1) that must never reach a server: refuse to start instead.
_required("DATABASE_URL")
DEFAULT_FROM_EMAIL = SERVER_EMAIL = _required("DEFAULT_FROM_EMAIL")
WAGTAILADMIN_BASE_URL = _required("WAGTAILADMIN_BASE_URL")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS]
# Every server process counts rate limits and caches navigation in this Redis
# (base.py builds CACHES from it); per-process caches would multiply the limits.
REDIS_URL = _required("REDIS_URL")
# Text messages: off unless a provider is set up, and then all of it. (The console
# backend would write residents' numbers into the logs.)
SMS_BACKEND = os.environ.get("SMS_BACKEND", "off")
if SMS_BACKEND == "46elks":
    for _name in ("SMS_API_USERNAME", "SMS_API_PASSWORD", "SMS_SENDER"):
        _required(_name)
elif SMS_BACKEND != "off":
    raise ImproperlyConfigured("SMS_BACKEND is 46elks or off in production.")
elif os.environ.get("SMS_API_USERNAME") or os.environ.get("SMS_API_PASSWORD"):
    raise ImproperlyConfigured("SMS_API_USERNAME is set: set SMS_BACKEND=46elks as well.")
if MEDIA_STORAGE == "s3":  # noqa: F405
    _required("AWS_STORAGE_BUCKET_NAME")

DEBUG = False
# Production runs behind a TLS proxy: set TRUSTED_PROXY_HOPS=1 (base.py) for one, so
# that rate limits count each resident rather than the proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
