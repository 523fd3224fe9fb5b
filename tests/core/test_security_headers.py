"""The security headers of a public page and of the admin, with production settings."""

import importlib
import sys

import pytest
from django.test import override_settings

PUBLIC_CSP = (
    "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"]


@pytest.fixture
def production_security(monkeypatch):
    """The security settings of portal.settings.production, applied to this test's requests."""
    for name, value in {
        "SECRET_KEY": "a-long-random-production-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "demokrati.example.org",
        "WAGTAILADMIN_BASE_URL": "https://demokrati.example.org",
        "DEFAULT_FROM_EMAIL": "demokrati@example.org",
        # Nothing connects to it: only the settings are read.
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }.items():
        monkeypatch.setenv(name, value)
    # Production refuses to start without a database; the import only reads settings.
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
    sys.modules.pop("portal.settings.production", None)
    production = importlib.import_module("portal.settings.production")
    sys.modules.pop("portal.settings.production", None)
    names = [
        name
        for name in dir(production)
        if name.startswith(("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME_"))
    ]
    with override_settings(**{name: getattr(production, name) for name in names}):
        yield


def get(client, path):
    return client.get(path, secure=True, headers={"host": "demokrati.example.org"})


def assert_common_headers(response):
    permissions = response.headers["Permissions-Policy"]
    for feature in DENIED_FEATURES:
        assert f"{feature}=()" in permissions
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "unsafe-eval" not in response.headers["Content-Security-Policy"]


def test_a_public_page_has_the_strict_policy_and_the_production_headers(
    client, db, production_security
):
    response = get(client, "/sv/")

    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == PUBLIC_CSP
    assert "unsafe-inline" not in PUBLIC_CSP
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert response.headers["X-Frame-Options"] == "DENY"
    assert_common_headers(response)
    print("\nHeaders of /sv/ with production settings:")
    for header, value in response.headers.items():
        print(f"  {header}: {value}")


def test_the_admin_login_has_the_admin_policy_and_the_production_headers(
    client, db, production_security, settings
):
    response = get(client, "/admin/login/")

    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy  # the preview panel's frame
    # Inline elements only: no inline event handlers, no style="" attributes.
    assert "script-src-elem 'self' 'unsafe-inline'" in policy
    assert "script-src " not in policy and "style-src " not in policy
    assert policy == "; ".join(
        f"{directive} {' '.join(values)}" for directive, values in settings.SECURE_CSP_ADMIN.items()
    )
    assert "Strict-Transport-Security" in response.headers
    assert response.headers["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


def test_errors_and_redirects_carry_the_headers_too(client, db):
    for path in ["/sv/finns-inte/", "/"]:
        response = client.get(path)

        assert response.status_code in {301, 302, 404}
        assert response.headers["Content-Security-Policy"] == PUBLIC_CSP
        assert_common_headers(response)


def test_the_dashboard_does_not_ask_an_outside_host_for_updates(admin_client, db):
    content = admin_client.get("/admin/").content.decode()

    assert "releases.wagtail.org" not in content
    assert "data-w-upgrade" not in content
    assert "gravatar.com" not in content
