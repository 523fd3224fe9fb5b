"""Failed admin logins are counted in the database; five lock the user name at that address."""

import logging

import pytest
from axes.models import AccessAttempt

from tests.accounts.conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


def fail_five_times(client, username):
    return [sign_in(client, username, f"fel-{n}") for n in range(5)]


def test_the_fifth_wrong_password_locks_the_account_with_a_page_that_says_what_to_do(client, staff):
    answers = fail_five_times(client, staff.username)

    assert [a.status_code for a in answers] == [200, 200, 200, 200, 429]
    locked = answers[-1].text
    assert "Too many failed sign-ins" in locked
    assert "locked from this address for 30 minutes" in locked
    assert "ask an administrator to unlock the account" in locked


def test_while_locked_the_right_password_is_refused(client, staff):
    fail_five_times(client, staff.username)

    answer = sign_in(client, staff.username, PASSWORD)

    assert answer.status_code == 429
    assert "Until then even the right password is refused" in answer.text
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_is_in_swedish_for_a_swedish_browser(client, staff):
    fail_five_times(client, staff.username)

    answer = sign_in(client, staff.username, language="sv")

    assert answer.status_code == 429
    assert "För många misslyckade inloggningar" in answer.text


def test_the_lock_is_per_user_name_and_address(client, staff, django_user_model):
    django_user_model.objects.create_user("staff-bo", password=PASSWORD)
    fail_five_times(client, staff.username)

    other_user = sign_in(client, "staff-bo")
    client.logout()
    other_address = sign_in(client, staff.username, address="192.0.2.7")

    assert other_user.status_code == 302
    assert other_address.status_code == 302
    assert AccessAttempt.objects.filter(username=staff.username, ip_address="127.0.0.1").exists()


def test_a_few_typos_then_the_right_password_start_the_count_again(client, staff):
    for n in range(4):
        sign_in(client, staff.username, f"fel-{n}")

    assert sign_in(client, staff.username).status_code == 302
    client.logout()
    assert [sign_in(client, staff.username, "fel").status_code for _ in range(4)] == [200] * 4


def test_failures_and_the_lockout_are_logged_without_the_password(client, staff, caplog):
    with caplog.at_level(logging.INFO, logger="portal.audit"):
        fail_five_times(client, staff.username)
        sign_in(client, staff.username)

    audit = [r.getMessage() for r in caplog.records if r.name == "portal.audit"]
    assert audit.count("login-failed user='staff-anna' address=127.0.0.1") == 6
    assert "login-locked-out user='staff-anna' address=127.0.0.1" in audit
    assert not any("fel-" in line or PASSWORD in line for line in audit)
    assert not any(PASSWORD in r.getMessage() for r in caplog.records)


def test_a_login_is_logged_with_who_and_from_where(client, staff, caplog):
    with caplog.at_level(logging.INFO, logger="portal.audit"):
        sign_in(client, staff.username)

    [record] = [r for r in caplog.records if r.name == "portal.audit"]
    assert record.getMessage() == "login user='staff-anna' address=127.0.0.1"
    assert record.created  # when: every record carries its time, printed by the formatter
