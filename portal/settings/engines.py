"""How the portal runs where it is deployed: file storage, background tasks, the shared
cache and sessions, the proxy in front, the scheduler's and worker's clocks, error
reporting and logs. Each engine is chosen by the environment (README, "Configuration");
base.py takes all of it.
"""

import os

from django.core.exceptions import ImproperlyConfigured

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads in a local folder (MEDIA_ROOT; the server answers /media/images/ and the proxy
# keeps it), or with MEDIA_STORAGE=s3 in an S3-compatible bucket through django-storages
# (`uv sync --extra object-storage`). The bucket is read through the portal's own address
# (the proxy forwards /media/ to it), so public pages still make no third-party requests.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local")
if MEDIA_STORAGE not in ("local", "s3"):
    raise ImproperlyConfigured("MEDIA_STORAGE is local or s3.")
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", ""),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY", ""),
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }

# Background tasks. E-mail has its own backend on the database. The default backend
# (Wagtail's search and reference-index updates, the proxy's purges) runs each task at
# once in the request (TASKS_BACKEND=immediate, for make run and the tests) or, with
# TASKS_BACKEND=database (production's default), in the worker. `manage.py run_worker`
# (`make worker`) runs every database backend.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in ("immediate", "database"):
    raise ImproperlyConfigured("TASKS_BACKEND is immediate or database.")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND]
    },
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}

# The cache holds the navigation and the rate-limit counts. With several server
# processes it must be one they share (Redis: production requires REDIS_URL);
# without REDIS_URL each process keeps its own, which is enough for make run.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if REDIS_URL:
    # Sessions read from Redis and written to the database too: a Redis restarted empty
    # signs no editor out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    CACHES = {
        "default": {
            # Django's, answering as a miss when Redis is down (operations/redis_cache.py).
            "BACKEND": "operations.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            # A Redis that hangs must not hold every request: give up after a second.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }

# The proxy in front (deploy/varnish/default.vcl), told what to purge when pages or
# snippets change (operations/frontend.py), e.g. FRONTEND_CACHE_URL=http://127.0.0.1:8080
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "operations.frontend.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL}
    }
# (max-age, stale-while-revalidate) in seconds for what anonymous visitors get
# (operations/cache_headers.py); under these paths nothing is public.
PORTAL_PUBLIC_CACHE = (int(os.environ.get("PAGE_CACHE_SECONDS", "60")), 600)
PORTAL_PRIVATE_PATHS = ["/admin/", "/healthz/"]
# How often the scheduler (manage.py run_scheduler) publishes and unpublishes the pages
# whose time has come.
PORTAL_PUBLISH_SCHEDULED_SECONDS = float(os.environ.get("PUBLISH_SCHEDULED_SECONDS", "60"))
# How long the task worker waits between looks for new tasks when it has none.
PORTAL_WORKER_POLL_SECONDS = float(os.environ.get("WORKER_POLL_SECONDS", "1"))
# The task worker writes a heartbeat this often; /healthz/ calls it stopped after six
# missed ones.
PORTAL_WORKER_HEARTBEAT_SECONDS = float(os.environ.get("WORKER_HEARTBEAT_SECONDS", "10"))

# Errors to Sentry (or a compatible service) when SENTRY_DSN is set: no request bodies,
# cookies, user names or addresses (send_default_pii off), no performance tracing, no
# session counts or client reports: errors only.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0,
        auto_session_tracking=False,
        send_client_reports=False,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
    )

# LOG_FORMAT=json writes one JSON object a line (for journald or a log collector);
# either way every line passes the filter that takes tokens and query strings out.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "timed": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "core.log_filters.JsonFormatter"},
    },
    # Every line passes the filter that takes tokens and query strings out of addresses.
    "filters": {"redact": {"()": "core.log_filters.RedactAddresses"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "timed",
            "filters": ["redact"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # The development server's request lines, through the same handler and filter.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Wagtail queues reference-index and search updates as tasks; each one logs at INFO.
        "django.tasks": {"level": "WARNING"},
        # Who signed in, failed, was locked out or exported personal data: reaches the
        # console through the root logger.
        "portal.audit": {"level": "INFO"},
        # Axes logs every failure at WARNING with the address; the audit log has them.
        "axes": {"level": "ERROR"},
        # gunicorn's request lines (deploy/gunicorn.conf.py), through the same filter.
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
