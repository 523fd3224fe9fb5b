import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "demokrati.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "DEFAULT_FROM_EMAIL": "demokrati@example.org",
    "WAGTAILADMIN_BASE_URL": "https://demokrati.example.org",
    # Nothing connects to it during `check`.
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}

# A production process starts from the environment it is given, nothing of the test run's.
INHERITED = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "REDIS_URL",
    "TRUSTED_PROXY_HOPS",
    "DATABASE_URL",
    "DEFAULT_FROM_EMAIL",
    "WAGTAILADMIN_BASE_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "TASKS_BACKEND",
    "FRONTEND_CACHE_URL",
    "MEDIA_STORAGE",
    "AWS_STORAGE_BUCKET_NAME",
    "SENTRY_DSN",
    "LOG_FORMAT",
    "PORTAL_REQUIRE_2FA",
    "SMS_BACKEND",
    "SMS_API_URL",
    "SMS_API_USERNAME",
    "SMS_API_PASSWORD",
    "SMS_SENDER",
}


def start(env):
    """What every production process does first: read the settings (a refusal stops it
    there, before any app is loaded)."""
    return settings_say("settings.DEBUG", env)


def settings_say(code, env):
    """Run ``code`` with the production settings read (as ``settings``), without
    starting Django: what a setting comes to needs no app loaded."""
    return run([sys.executable, "-c", f"from django.conf import settings; {code}"], env)


def run(command, env):
    clean = {k: v for k, v in os.environ.items() if k not in INHERITED}
    clean.update(env, DJANGO_SETTINGS_MODULE="portal.settings.production")
    return subprocess.run(command, cwd=ROOT, env=clean, capture_output=True, text=True)


@pytest.mark.parametrize(
    "name",
    [
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "REDIS_URL",
        "DEFAULT_FROM_EMAIL",
        "WAGTAILADMIN_BASE_URL",
    ],
)
def test_production_refuses_to_start_half_configured(name):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != name}
    result = start(env)

    assert result.returncode != 0
    assert f"Set the {name} environment variable" in result.stderr


SMS_ENV = {"SMS_API_USERNAME": "u123", "SMS_API_PASSWORD": "p456", "SMS_SENDER": "Stockholm"}


def test_production_sends_no_text_messages_unless_a_provider_is_set_up():
    result = settings_say("print(settings.SMS_BACKEND)", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["off"]

    env = dict(PRODUCTION_ENV, SMS_BACKEND="46elks", **SMS_ENV)
    result = settings_say("print(settings.SMS_BACKEND, settings.SMS_SENDER)", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["46elks", "Stockholm"]


@pytest.mark.parametrize("name", sorted(SMS_ENV))
def test_production_refuses_a_half_configured_sms_provider(name):
    env = dict(PRODUCTION_ENV, SMS_BACKEND="46elks", **SMS_ENV)
    del env[name]
    result = start(env)

    assert result.returncode != 0
    assert f"Set the {name} environment variable" in result.stderr


@pytest.mark.parametrize(
    "env, says",
    [
        ({"SMS_BACKEND": "console"}, "SMS_BACKEND is 46elks or off"),
        ({"SMS_API_USERNAME": "u123"}, "set SMS_BACKEND=46elks as well"),
    ],
)
def test_production_refuses_text_messages_to_the_logs_or_credentials_unused(env, says):
    result = start(dict(PRODUCTION_ENV, **env))

    assert result.returncode != 0
    assert says in result.stderr


def test_production_uses_the_sender_and_address_it_is_given():
    result = settings_say(
        "print(settings.DEFAULT_FROM_EMAIL, settings.SERVER_EMAIL, settings.WAGTAILADMIN_BASE_URL)",
        env=PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "demokrati@example.org",
        "demokrati@example.org",
        "https://demokrati.example.org",
    ]


def test_production_counts_in_redis_and_trusts_the_proxy_hops_it_is_given():
    env = dict(PRODUCTION_ENV, TRUSTED_PROXY_HOPS="1")
    result = settings_say(
        "print(settings.CACHES['default']['BACKEND'], settings.PORTAL_TRUSTED_PROXY_HOPS)",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["operations.redis_cache.RedisCache", "1"]


def test_production_takes_every_engine_from_the_environment():
    env = dict(
        PRODUCTION_ENV,
        FRONTEND_CACHE_URL="http://127.0.0.1:8080",
        SENTRY_DSN="http://public@127.0.0.1:9/1",
        LOG_FORMAT="json",
    )
    result = settings_say(
        "import sentry_sdk; s = settings; print("
        "s.TASKS['default']['BACKEND'], s.SESSION_ENGINE, "
        "s.WAGTAILFRONTENDCACHE['proxy']['BACKEND'], s.WAGTAILFRONTENDCACHE['proxy']['LOCATION'], "
        "sentry_sdk.get_client().is_active(), sentry_sdk.get_client().options['send_default_pii'], "
        "s.LOGGING['handlers']['console']['formatter'])",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_tasks_db.DatabaseBackend",
        "django.contrib.sessions.backends.cached_db",
        "operations.frontend.VarnishBackend",
        "http://127.0.0.1:8080",
        "True",
        "False",
        "json",
    ]


def test_production_keeps_uploads_in_a_bucket_when_told():
    """As data: the S3 backend itself comes with `uv sync --extra object-storage`."""
    env = dict(PRODUCTION_ENV, MEDIA_STORAGE="s3", AWS_STORAGE_BUCKET_NAME="portal-media")
    # The settings alone, without starting Django.
    result = run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings as s; media = s.STORAGES['default']; "
            "print(media['BACKEND'], media['OPTIONS']['bucket_name'])",
        ],
        env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["storages.backends.s3.S3Storage", "portal-media"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"MEDIA_STORAGE": "s3"}, "Set the AWS_STORAGE_BUCKET_NAME environment variable"),
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE is local or s3"),
        ({"TASKS_BACKEND": "celery"}, "TASKS_BACKEND is immediate or database"),
    ],
)
def test_production_refuses_an_engine_it_does_not_know_or_cannot_use(changes, message):
    result = start(dict(PRODUCTION_ENV, **changes))

    assert result.returncode != 0
    assert message in result.stderr


def test_a_proxy_hop_count_that_is_not_a_number_stops_the_start():
    result = start(dict(PRODUCTION_ENV, TRUSTED_PROXY_HOPS="one"))

    assert result.returncode != 0
    assert "TRUSTED_PROXY_HOPS is a number of proxies" in result.stderr


# One production process (starting Django costs seconds): the deployment checklist as
# configured, then with two-step sign-in off, then which apps and commands it has.
STARTED = """
import django
django.setup()
from django.apps import apps
from django.core.management import call_command, get_commands
from django.core.management.base import SystemCheckError
from django.test import override_settings

call_command("check", deploy=True, fail_level="WARNING")
print("CHECKED")
with override_settings(PORTAL_REQUIRE_2FA=False):
    try:
        call_command("check", deploy=True, fail_level="WARNING")
    except SystemCheckError as error:
        print("WITHOUT 2FA", str(error).replace("\\n", " "))
print("HAS", apps.is_installed("demo"), *(c in get_commands() for c in LOCAL_COMMANDS))
"""


@pytest.fixture(scope="module")
def production():
    """What the production process above printed, and its exit code."""
    code = STARTED.replace("LOCAL_COMMANDS", repr(("load_demo_content", "create_local_admin")))
    return run([sys.executable, "-c", code], PRODUCTION_ENV)


def test_production_settings_pass_the_deployment_checklist(production):
    assert production.returncode == 0, production.stderr
    checked, *_ = production.stdout.split("CHECKED")
    assert "System check identified no issues" in checked


def test_the_deployment_checklist_warns_when_two_step_sign_in_is_off(production):
    [warned] = [line for line in production.stdout.splitlines() if "WITHOUT 2FA" in line]
    assert "operations.W001" in warned
    # What turns it off: the variable make up sets, read with the settings.
    result = settings_say(
        "print(settings.PORTAL_REQUIRE_2FA)", env=dict(PRODUCTION_ENV, PORTAL_REQUIRE_2FA="0")
    )
    assert result.stdout.split() == ["False"]


def test_production_has_no_demo_content_or_local_admin_command(production):
    [has] = [line for line in production.stdout.splitlines() if line.startswith("HAS ")]
    assert has.split() == ["HAS", "False", "False", "False"]
