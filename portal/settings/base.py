"""Settings shared by every environment.

Nothing secret lives here: everything that varies between machines is read
from the environment.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from .engines import *  # noqa: F403 (storage, tasks, cache, proxy, errors, logs)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "outbox",
    "core",
    "operations",
    "home",
    "taxonomy",
    "contacts",
    "guides",
    "events",
    "courses",
    "pathways",
    "search",
    "offline",
    "api",
    "editorial",
    "accounts",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail.contrib.routable_page",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_tasks_db",
]

MIDDLEWARE = [
    # The proxy's probe of /healthz/live/, answered before any host check or redirect.
    "operations.health.Live",
    "django.middleware.security.SecurityMiddleware",
    "core.security_headers.PolicyByPathMiddleware",
    # Sees every response after the session and CSRF middleware have set their cookies.
    "operations.cache_headers.CacheControl",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.routing.LocaleMiddleware",
    # Before anything that reads the versioned cache: one memo per request.
    "core.cache.RequestMemo",
    "django.middleware.common.CommonMiddleware",
    "core.cache.SiteFromCache",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it can turn a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The admin saves drafts by itself while an editor types (Wagtail's autosave), so two
    # requests may write at once: take the write lock at the start of each transaction
    # and wait for it, instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Swedish is the source language; every public page exists in
# these six. Names are written in their own language, as the switcher shows
# them. Django ships no Somali locale: core.apps adds its language info and
# locale/so holds its catalogue.
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", "Svenska"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("so", "Soomaali"),
    ("fi", "Suomi"),
]
LANGUAGES_BIDI = ["ar", "fa"]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["core.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"

# Security headers on every response. Content-Security-Policy: public pages
# load only their own scripts, styles, images and fonts; nothing inline, no
# plug-ins, no framing, forms post only to this site. The JSON-LD blocks on
# forum pages are data, not scripts, so script-src does not apply to them.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The admin (including previews, the Draftail editor, choosers and reports),
# chosen by path in core.security_headers. It starts from the public policy;
# each addition below names what broke in Chromium without it.
SECURE_CSP_ADMIN_PATHS = ["/admin/"]
SECURE_CSP_ADMIN = {
    **SECURE_CSP,
    # The editor's preview panel shows the page in an iframe of the admin's
    # own origin; 'none' leaves that frame blank.
    "frame-ancestors": [CSP.SELF],
    # Wagtail 8 writes inline <script> elements into its editor pages (the
    # StreamField and chooser set-up) and its bundled vendor.js inserts more,
    # and <style> elements, while the editor runs; Wagtail has no nonces for
    # them, and without these the editor's forms and preview stay blank. Only
    # elements: inline event handlers and style="" attributes stay refused,
    # and 'unsafe-eval' is not needed.
    "script-src-elem": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src-elem": [CSP.SELF, CSP.UNSAFE_INLINE],
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Headers Django has no setting for, added by core.security_headers.
SECURE_EXTRA_HEADERS = {
    "Permissions-Policy": ", ".join(
        f"{feature}=()"
        for feature in [
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "interest-cohort",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "serial",
            "usb",
            "xr-spatial-tracking",
        ]
    ),
    "Cross-Origin-Resource-Policy": "same-origin",
}
# The dashboard would otherwise ask releases.wagtail.org for the latest version
# on every visit: no outside calls from the admin.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Avatars would come from gravatar.com (sending a hash of each editor's e-mail
# address there); the admin shows its built-in placeholder instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English")]
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False
WAGTAIL_SITE_NAME = _("Stockholm: democracy and participation")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Each page is indexed and searched with its own language's rules (search/backends.py).
# With ELASTICSEARCH_URL set, Elasticsearch answers the searches (search/elasticsearch.py)
# and the database index is kept up to date beside it: searches fall back to it when the
# cluster cannot be reached. No retries and a short timeout, so a dead cluster costs
# visitors little; update_index gets a longer one.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": "portal-",
            "TIMEOUT": 2,
            "REBUILD_TIMEOUT": 60,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "FALLBACK": "database",
        },
        "database": {"BACKEND": "search.backends"},
    }

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads: editors upload images and documents; keep them small and typed.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "txt"]
# Course materials and handouts; residents read them on phones with little data, and
# without a limit a 60 MB text file was accepted.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Outgoing e-mail (Django 6.1 mailers). Every e-mail goes into the outbox
# (outbox.backends.OutboxBackend, the default mailer) and the worker sends it through
# OUTBOX_MAILER, here SMTP with settings from the environment.
MAILERS = {
    "default": {"BACKEND": "outbox.backends.OutboxBackend"},
    "smtp": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", "25")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": os.environ.get("EMAIL_USE_TLS", "") == "1",
            "timeout": 10,
        },
    },
}
OUTBOX_MAILER = "smtp"
# Ten attempts, 1, 2, 4 … minutes apart (at most 4 hours): about 17 hours of trying.
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "10"))
OUTBOX_FIRST_RETRY = int(os.environ.get("OUTBOX_FIRST_RETRY", "60"))
# delete_old_emails removes sent and failed e-mails this many days after they were queued.
OUTBOX_RETENTION_DAYS = int(os.environ.get("OUTBOX_RETENTION_DAYS", "30"))

# Text messages (outbox.sms) for residents who gave only a phone number: "console" (the
# worker prints them), "46elks" (that provider's HTTP API) or "off".
SMS_BACKEND = os.environ.get("SMS_BACKEND", "console")
SMS_API_URL = os.environ.get("SMS_API_URL", "https://api.46elks.com/a1/sms")
SMS_API_USERNAME = os.environ.get("SMS_API_USERNAME", "")
SMS_API_PASSWORD = os.environ.get("SMS_API_PASSWORD", "")
# The sender shown on the phone: a number, or at most 11 letters and digits.
SMS_SENDER = os.environ.get("SMS_SENDER", "Stockholm")

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Addresses without a language prefix that answer in every language themselves: a 404
# there is not redirected to the same address under /sv/ (core.routing.LocaleMiddleware).
# The admin answers in each user's own language.
PORTAL_UNPREFIXED_PATHS = ("/api/", "/admin/")
# (posts allowed, per this many seconds) for each kind of public form.
PORTAL_RATE_LIMITS = {
    "feedback": (5, 10 * 60),
    "registration": (5, 10 * 60),
    "subscription": (5, 10 * 60),
    "application": (5, 10 * 60),
    # The public API (/api/v2/): requests a minute from one address.
    "api": (120, 60),
}
# Organisers are e-mailed when more than this share of a forum's places goes within this
# many seconds: a script taking every place looks like that.
PORTAL_FILL_ALERT = (0.5, 60 * 60)
# Forum registrations are personal data: delete_past_registrations removes them
# this many days after the forum (run it daily).
# Days the association register keeps a contact person's details after they were last
# confirmed (or, never confirmed, after the record was last changed).
PORTAL_ASSOCIATION_CONTACT_RETENTION_DAYS = int(
    os.environ.get("ASSOCIATION_CONTACT_RETENTION_DAYS", "730")
)
# Days a resident's yes to be contacted about the short course and later forums is kept
# after it was given (events.ContactConsent).
PORTAL_CONTACT_CONSENT_RETENTION_DAYS = int(os.environ.get("CONTACT_CONSENT_RETENTION_DAYS", "730"))
# Days an e-mail alert about new forums waits for its confirmation before it is deleted.
PORTAL_SUBSCRIPTION_CONFIRM_DAYS = int(os.environ.get("SUBSCRIPTION_CONFIRM_DAYS", "7"))
# How many hours before a forum its registrants get a reminder (events.reminders).
PORTAL_FORUM_REMINDER_HOURS = int(os.environ.get("FORUM_REMINDER_HOURS", "24"))
PORTAL_REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "30"))
# Programme applications and offers to mentor: delete_old_applications removes them
# this many days after they came in (run it daily). Two years covers a selection
# and the programme round that follows it.
PORTAL_APPLICATION_RETENTION_DAYS = int(os.environ.get("APPLICATION_RETENTION_DAYS", "730"))
# Those accepted, participants and mentors, are kept while the mentoring lasts: three
# years from the start of the round, which comes some months after the application.
PORTAL_MENTORING_RETENTION_DAYS = int(os.environ.get("MENTORING_RETENTION_DAYS", "1461"))
# A mentorship lasts three years; mentor and participant meet at a check-in every three
# months, and the worker reminds both a week before (remind_check_ins, daily). Their
# details are kept this many days after the mentorship ends, then deleted.
PORTAL_CHECK_IN_MONTHS = 3
PORTAL_CHECK_IN_NOTICE_DAYS = 7
PORTAL_MENTORSHIP_RETENTION_DAYS = int(os.environ.get("MENTORSHIP_RETENTION_DAYS", "365"))
# Survey answers (courses.surveys) are kept five years to compare the rounds; an answer
# with a name loses it when the participant is deleted.
PORTAL_SURVEY_RETENTION_DAYS = int(os.environ.get("SURVEY_RETENTION_DAYS", "1826"))
# Graduates who became informants are kept until they leave, or this many days after
# they last said they stay (their page has the button). What they report names nobody
# but may: kept a year, long enough for the next forums of its district to read it.
PORTAL_INFORMANT_RETENTION_DAYS = int(os.environ.get("INFORMANT_RETENTION_DAYS", "730"))
PORTAL_INFORMANT_REPORT_RETENTION_DAYS = int(
    os.environ.get("INFORMANT_REPORT_RETENTION_DAYS", "365")
)
# Comments on "was this page helpful?" may name the reader: enforce_retention empties them
# after a year (the yes/no answers stay). Search statistics may hold a name or an address
# someone typed: kept half a year.
PORTAL_FEEDBACK_COMMENT_RETENTION_DAYS = int(
    os.environ.get("FEEDBACK_COMMENT_RETENTION_DAYS", "365")
)
PORTAL_SEARCH_RETENTION_DAYS = int(os.environ.get("SEARCH_RETENTION_DAYS", "180"))

# Where the fonts of the PDFs made on the server are (printing/pdf.py): Debian's
# fonts-dejavu-core, which has Latin, Arabic and Persian letters.
PORTAL_PDF_FONT_DIRECTORY = os.environ.get("PDF_FONT_DIRECTORY", "/usr/share/fonts/truetype/dejavu")

# Who is asking (core/clients.py): the number of proxies of ours in front of the
# server, each adding an entry to X-Forwarded-For. 0 means none: the connection's
# address is the client's. Rate limits and login throttling key on the result.
_hops = os.environ.get("TRUSTED_PROXY_HOPS", "0").strip()
if not _hops.isdecimal():
    raise ImproperlyConfigured("TRUSTED_PROXY_HOPS is a number of proxies: 0, 1, 2 …")
PORTAL_TRUSTED_PROXY_HOPS = int(_hops)

# Staff sign-in (accounts/). Staff read residents' personal data in the admin.
# - django-axes counts failed logins in the database, so a lock holds in every server
#   process: 5 failures for one user name from one address lock that pair for 30 minutes.
# - Client addresses are taken as for the public forms' rate limit (core/clients.py).
# - A second factor (TOTP, recovery codes) for every admin session when PORTAL_REQUIRE_2FA.
# - Sessions end after 8 hours without a request; reset links last an hour.
# - Logins, failures, lockouts and second-factor events go to the "portal.audit" logger.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.clients.client_address"
AXES_RESET_ON_SUCCESS = True
# Attempts while locked do not extend the lock: it ends 30 minutes after the fifth failure.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Successful logins are in the audit log; no second store of staff addresses.
AXES_DISABLE_ACCESS_LOG = True
# make up turns it off for its local admin (PORTAL_REQUIRE_2FA=0); never a live site.
PORTAL_REQUIRE_2FA = os.environ.get("PORTAL_REQUIRE_2FA", "1") != "0"
OTP_TOTP_ISSUER = "Stockholm demokrati"
PORTAL_RECOVERY_CODES = 10
# (requests allowed, per this many seconds) for the admin's password reset form.
PORTAL_PASSWORD_RESET_LIMITS = {"address": (5, 60 * 60), "email": (3, 60 * 60)}
SESSION_COOKIE_AGE = 8 * 60 * 60
# Saving on every request makes the 8 hours count from the last one; a visitor whose
# session is empty (every anonymous one) still gets no cookie.
SESSION_SAVE_EVERY_REQUEST = True
PASSWORD_RESET_TIMEOUT = 60 * 60
