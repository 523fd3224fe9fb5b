"""A new staff member signs in with a password, sets up an authenticator app, and gets in."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from django_otp.oath import totp
from wagtail.users.models import UserProfile

from editorial import roles
from tests.e2e.checks import assert_accessible, watch_csp_violations

pytestmark = [pytest.mark.browser, pytest.mark.heavy]

USERNAME = "e2e-staff-2fa"
PASSWORD = "lösenord-för-test"


@pytest.fixture
def account(committed):
    def create():
        user = get_user_model().objects.create_user(USERNAME, password=PASSWORD)
        user.groups.add(Group.objects.get(name=roles.EDITORS))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()

    committed(create)
    yield
    committed(lambda: get_user_model().objects.filter(username=USERNAME).delete())


@pytest.fixture
def second_factor_required():
    # Settings are the process's: the live server thread sees the override too.
    with override_settings(PORTAL_REQUIRE_2FA=True):
        yield


def code_from_app(secret, steps_later=0):
    """What an authenticator app shows for the key the page gave to type in."""
    key = b32decode(secret.replace(" ", ""))
    return f"{totp(key, drift=steps_later):06d}"


def sign_in_with_password(page, server_url):
    page.goto(f"{server_url}/admin/login/")
    page.get_by_label(re.compile("Username")).fill(USERNAME)
    page.get_by_label(re.compile("Password")).fill(PASSWORD)
    page.keyboard.press("Enter")


def test_a_new_staff_member_enrols_at_first_sign_in_and_reaches_the_dashboard(
    browser, server_url, account, second_factor_required
):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    watch_csp_violations(context)
    page = context.new_page()

    sign_in_with_password(page, server_url)
    page.wait_for_url(re.compile(r"/admin/two-factor/enrol/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Set up two-step sign-in"
    qr = page.get_by_role("img", name=re.compile("QR code for your authenticator app"))
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
    secret = page.locator("code[data-secret]").inner_text()
    code = page.get_by_label("Code from your authenticator app")
    assert code.get_attribute("autocomplete") == "one-time-code"
    assert code.get_attribute("inputmode") == "numeric"
    assert_accessible(page, "en")
    # Keyboard only: the field has the focus; type the code and press Enter.
    assert code.evaluate("field => field === document.activeElement")
    page.keyboard.type(code_from_app(secret))
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/admin/two-factor/recovery-codes/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your recovery codes"
    assert page.get_by_role("list", name="Recovery codes").get_by_role("listitem").count() == 10
    assert_accessible(page, "en")
    page.get_by_role("link", name="I have saved them: continue").click()
    page.wait_for_url(f"{server_url}/admin/")
    assert "Stockholm" in page.get_by_role("heading", level=1).inner_text()

    # The next time, the password and then the app's code.
    context.clear_cookies()
    sign_in_with_password(page, server_url)
    page.wait_for_url(re.compile(r"/admin/two-factor/\?"))
    assert page.get_by_role("heading", level=1).inner_text() == "Enter your sign-in code"
    assert_accessible(page, "en")
    page.keyboard.type(code_from_app(secret, steps_later=1))
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server_url}/admin/")
    context.close()
