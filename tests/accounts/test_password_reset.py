"""The admin's password reset form is limited, and its links last an hour."""

import logging

import pytest
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"


def ask(client, email, address="127.0.0.1"):
    return client.post(
        RESET, {"email": email}, headers={"accept-language": "en"}, REMOTE_ADDR=address
    )


def test_one_address_may_ask_five_times_an_hour(client, staff, caplog, mail_worker):
    with caplog.at_level(logging.INFO, logger="portal.audit"):
        answers = [ask(client, f"someone-{n}@example.com") for n in range(6)]

    assert [a.status_code for a in answers] == [302] * 5 + [429]
    assert "Too many password reset requests" in answers[-1].text
    assert "Try again in an hour" in answers[-1].text
    assert ask(client, staff.email, address="192.0.2.9").status_code == 302
    mail_worker()
    assert len(mail.outbox) == 1  # only the staff member's address has an account
    audit = [r.getMessage() for r in caplog.records if r.name == "portal.audit"]
    assert "password-reset-throttled user='' address=127.0.0.1" in audit
    assert not any("example.com" in line for line in audit)


def test_one_mailbox_gets_at_most_three_reset_mails_an_hour(client, staff, mail_worker):
    answers = [ask(client, staff.email, address=f"192.0.2.{n}") for n in range(4)]
    mail_worker()

    assert [a.status_code for a in answers] == [302, 302, 302, 429]
    assert len(mail.outbox) == 3
    # However it is written.
    assert ask(client, staff.email.upper(), address="198.51.100.1").status_code == 429


def test_a_reset_link_lasts_one_hour(staff):
    generator = PasswordResetTokenGenerator()
    now = generator._num_seconds(generator._now())

    fresh = generator._make_token_with_timestamp(staff, now - 59 * 60, generator.secret)
    stale = generator._make_token_with_timestamp(staff, now - 61 * 60, generator.secret)

    assert generator.check_token(staff, fresh)
    assert not generator.check_token(staff, stale)
