"""A lock made in one server process holds in another: the count is in the database."""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urlencode

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from tests.accounts.conftest import PASSWORD, sign_in
from tests.services import database_url

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

ROOT = Path(__file__).resolve().parents[2]
USERS = ("lock-anna", "lock-bo")


@pytest.fixture
def accounts(committed):
    def create():
        for username in USERS:
            get_user_model().objects.create_superuser(username, "", PASSWORD)

    def remove():
        AccessAttempt.objects.filter(username__in=USERS).delete()
        get_user_model().objects.filter(username__in=USERS).delete()

    committed(create)
    yield
    committed(remove)


@pytest.fixture
def gunicorn():
    """The portal in a gunicorn process of its own, on a free loopback port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DATABASE_URL=database_url(connection.settings_dict),
    )
    command = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [*command, "portal.wsgi:application"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(server, url, log)
            yield url
        finally:
            server.terminate()
            server.wait()


def wait_until_up(server, url, log):
    # Starting Django takes a while on a busy machine; this only waits, it measures nothing.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            pytest.fail(f"gunicorn stopped:\n{log.read().decode()}")
        try:
            urllib.request.urlopen(f"{url}/admin/login/")
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail("gunicorn did not answer")


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in_over_http(url, username, password):
    """Sign in as a browser does: fetch the form for its CSRF token, post it back."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(CookieJar()), KeepRedirects
    )
    form = opener.open(f"{url}/admin/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = {"username": username, "password": password, "csrfmiddlewaretoken": token}
    request = urllib.request.Request(
        f"{url}/admin/login/",
        data=urlencode(data).encode(),
        headers={"Accept-Language": "en"},
    )
    try:
        answer = opener.open(request)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    return answer.status, answer.read().decode()


def test_a_lock_made_in_one_process_refuses_the_right_password_in_another(
    committed, accounts, gunicorn
):
    def lock():
        client = Client()
        return [sign_in(client, "lock-anna", f"fel-{n}").status_code for n in range(5)]

    assert committed(lock) == [200, 200, 200, 200, 429]

    locked_status, locked_page = sign_in_over_http(gunicorn, "lock-anna", PASSWORD)
    other_status, _ = sign_in_over_http(gunicorn, "lock-bo", PASSWORD)

    assert locked_status == 429
    assert "Too many failed sign-ins" in locked_page
    assert other_status == 302  # the other process signs in whoever is not locked
