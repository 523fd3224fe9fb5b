"""With PORTAL_REQUIRE_2FA every admin session needs a code from an app or a recovery code."""

import io
import logging
import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from tests.accounts.conftest import code_for, hidden_secret, sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("second_factor_required")]

DASHBOARD = "/admin/"


@pytest.fixture
def second_factor_required():
    with override_settings(PORTAL_REQUIRE_2FA=True):
        yield


def enrol(client, user):
    """Sign in for the first time and set up the app; return the recovery codes shown."""
    sign_in(client, user.username)
    client.get(reverse("accounts_two_factor_enrol"))
    device = TOTPDevice.objects.get(user=user)
    answer = client.post(
        reverse("accounts_two_factor_enrol"), {"code": code_for(device), "next": DASHBOARD}
    )
    shown = client.get(answer["Location"])
    return re.findall(r"<li><code>([a-z2-7]+)</code></li>", shown.text)


def test_after_the_password_a_new_staff_user_must_set_up_an_app(client, staff):
    signed_in = sign_in(client, staff.username)
    dashboard = client.get(signed_in["Location"], follow=True)

    assert dashboard.redirect_chain[-1][0].startswith(reverse("accounts_two_factor_enrol"))
    page = dashboard.text
    assert "Set up two-step sign-in" in page
    # The key for typing in, and the QR code as an image the portal serves itself.
    secret = hidden_secret(page)
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert secret.replace(" ", "") in device.config_url
    assert 'src="/admin/two-factor/enrol/qr-code.svg"' in page
    qr = client.get(reverse("accounts_two_factor_qr_code"))
    assert qr["Content-Type"] == "image/svg+xml"
    assert qr.content.lstrip().startswith(b"<?xml") and b"<svg" in qr.content
    assert b"<script" not in qr.content and b"style" not in qr.content
    # The field a phone fills with its keypad and a password manager with the code.
    assert 'autocomplete="one-time-code"' in page
    assert 'inputmode="numeric"' in page
    assert re.search(r'<label[^>]+for="id_code"', page)


def test_every_admin_page_waits_for_the_second_factor_but_sign_out_does_not(client, staff):
    sign_in(client, staff.username)

    for path in (DASHBOARD, "/admin/pages/", "/admin/account/", "/admin/reports/searches/"):
        answer = client.get(path)
        assert answer.status_code == 302, path
        assert answer["Location"].startswith(reverse("accounts_two_factor_verify")), path
    assert client.post("/admin/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_does_not_confirm_the_app(client, staff, caplog):
    sign_in(client, staff.username)
    client.get(reverse("accounts_two_factor_enrol"))

    with caplog.at_level(logging.INFO, logger="portal.audit"):
        answer = client.post(reverse("accounts_two_factor_enrol"), {"code": "000000"})

    assert answer.status_code == 200
    assert "That code does not match" in answer.text
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()
    assert client.get(DASHBOARD).status_code == 302
    assert "2fa-failed user='staff-anna' address=127.0.0.1 step='enrolment'" in [
        r.getMessage() for r in caplog.records
    ]


def test_the_right_code_confirms_the_app_and_shows_ten_recovery_codes_once(client, staff, caplog):
    with caplog.at_level(logging.INFO, logger="portal.audit"):
        codes = enrol(client, staff)

    assert len(codes) == 10 == len(set(codes))
    assert sorted(codes) == sorted(
        StaticToken.objects.filter(device__user=staff).values_list("token", flat=True)
    )
    assert client.get(DASHBOARD).status_code == 200
    again = client.get(reverse("accounts_recovery_codes"))
    assert again.status_code == 302  # shown once only
    assert "2fa-enrolled user='staff-anna' address=127.0.0.1" in [
        r.getMessage() for r in caplog.records
    ]


def test_a_later_sign_in_asks_for_the_code_from_the_app(client, staff, caplog):
    enrol(client, staff)
    client.post("/admin/logout/")
    device = TOTPDevice.objects.get(user=staff, confirmed=True)

    signed_in = sign_in(client, staff.username)
    asked = client.get(signed_in["Location"], follow=True)
    assert "Enter your sign-in code" in asked.text
    assert 'autocomplete="one-time-code"' in asked.text
    with caplog.at_level(logging.INFO, logger="portal.audit"):
        right = client.post(
            reverse("accounts_two_factor_verify"),
            # The enrolment used this step's code; the app's next one is as good.
            {"code": code_for(device, offset=1), "next": "/admin/pages/"},
        )

    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get(DASHBOARD).status_code == 200
    assert "2fa-verified user='staff-anna' address=127.0.0.1 method='app'" in [
        r.getMessage() for r in caplog.records
    ]


def test_a_wrong_code_at_sign_in_is_refused_and_logged(client, staff, caplog):
    enrol(client, staff)
    client.post("/admin/logout/")
    sign_in(client, staff.username)

    with caplog.at_level(logging.INFO, logger="portal.audit"):
        wrong = client.post(reverse("accounts_two_factor_verify"), {"code": "123456"})

    assert wrong.status_code == 200
    assert "That code was not accepted" in wrong.text
    assert client.get(DASHBOARD).status_code == 302
    assert "2fa-failed user='staff-anna' address=127.0.0.1 method='app'" in [
        r.getMessage() for r in caplog.records
    ]
    assert not any("123456" in r.getMessage() for r in caplog.records)


def test_a_recovery_code_works_once(client, staff, django_user_model):
    codes = enrol(client, staff)
    client.post("/admin/logout/")

    sign_in(client, staff.username)
    first = client.post(reverse("accounts_two_factor_recovery"), {"code": codes[0].upper()})
    dashboard = client.get(DASHBOARD)
    client.post("/admin/logout/")
    sign_in(client, staff.username)
    second = client.post(reverse("accounts_two_factor_recovery"), {"code": codes[0]})

    assert first.status_code == 302
    assert dashboard.status_code == 200
    assert "9 are left" in dashboard.text
    assert second.status_code == 200
    assert "That recovery code was not accepted, or it has been used." in second.text
    assert client.get(DASHBOARD).status_code == 302


def test_the_code_page_does_not_send_anyone_elsewhere(client, staff):
    enrol(client, staff)
    client.post("/admin/logout/")
    sign_in(client, staff.username)
    device = TOTPDevice.objects.get(user=staff)

    answer = client.post(
        reverse("accounts_two_factor_verify"),
        {"code": code_for(device, offset=1), "next": "https://evil.example/"},
    )

    assert answer["Location"] == DASHBOARD


def test_an_administrator_resets_a_lost_phone_and_the_user_sets_up_a_new_app(client, staff):
    enrol(client, staff)
    client.post("/admin/logout/")
    output = io.StringIO()

    call_command("reset_two_factor", staff.username, stdout=output)
    sign_in(client, staff.username)
    answer = client.get(DASHBOARD, follow=True)

    assert "staff-anna: removed 2 devices" in output.getvalue()
    assert not StaticToken.objects.filter(device__user=staff).exists()
    assert "Set up two-step sign-in" in answer.text


def test_without_the_setting_a_password_is_enough(client, staff):
    with override_settings(PORTAL_REQUIRE_2FA=False):
        sign_in(client, staff.username)
        assert client.get(DASHBOARD).status_code == 200


def test_public_pages_are_not_held_for_the_second_factor(client, staff, home_pages):
    sign_in(client, staff.username)

    assert client.get(home_pages["sv"].url).status_code == 200


def test_the_steps_are_in_the_users_admin_language(client, staff):
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "sv"  # every new account's admin language
    profile.save()
    sign_in(client, staff.username)

    page = client.get(reverse("accounts_two_factor_enrol"), headers={"accept-language": "en"})

    assert '<html lang="sv"' in page.text
    assert "Ställ in tvåstegsinloggning" in page.text
    assert "Kod från din autentiseringsapp" in page.text
