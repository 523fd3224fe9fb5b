"""Local development: SQLite by default, debug on, e-mail to the console."""

import os

from .base import *  # noqa: F403

# The demo content and its commands (load_demo_content, create_local_admin); never in
# production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
# A development-only key; production refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The worker (started by `make run`) prints each e-mail from the outbox.
MAILERS = {
    "default": {"BACKEND": "outbox.backends.OutboxBackend"},
    "smtp": {"BACKEND": "django.core.mail.backends.console.EmailBackend"},
}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# `make run`: sign in with a password only.
PORTAL_REQUIRE_2FA = False
