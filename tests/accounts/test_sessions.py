"""Staff sessions end after eight hours without a request; visitors still get no cookie."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.utils import timezone

from tests.accounts.conftest import sign_in

pytestmark = pytest.mark.django_db

EIGHT_HOURS = timedelta(hours=8)


def expiry(client):
    return Session.objects.get(session_key=client.cookies["sessionid"].value).expire_date


def test_every_admin_request_moves_the_end_of_the_session_to_eight_hours_later(client, staff):
    sign_in(client, staff.username)
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=5))

    answer = client.get("/admin/")

    assert answer.status_code == 200
    assert "sessionid" in answer.cookies  # saved again on this request
    left = expiry(client) - timezone.now()
    assert EIGHT_HOURS - timedelta(minutes=1) < left <= EIGHT_HOURS


def test_remember_me_keeps_the_cookie_eight_hours_not_longer(client, staff):
    answer = client.post(
        "/admin/login/",
        {"username": staff.username, "password": "rätt-lösenord-2026", "remember": "on"},
    )

    assert answer.status_code == 302
    assert answer.cookies["sessionid"]["max-age"] == 8 * 60 * 60


def test_a_session_idle_for_eight_hours_is_over(client, staff):
    sign_in(client, staff.username)
    # Eight hours pass: the row expires, and Redis drops its copy of the session (kept
    # with the same expiry, cached_db) at the same moment.
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    cache.clear()

    answer = client.get("/admin/")

    assert answer.status_code == 302
    assert answer["Location"].startswith("/admin/login/")


def test_an_anonymous_visitor_gets_no_cookie(client, home_pages):
    for page in home_pages.values():
        answer = client.get(page.url)
        assert answer.status_code == 200
        assert not answer.cookies, page.url
