"""The public-form rate limit holds across server processes and tells residents apart.

Two real gunicorn servers behind one (pretended) proxy hop share the test database
and the test run's Redis, as production's server processes share theirs.
"""

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

from guides.models import GuidePage, PageFeedback
from tests.conftest import translation_of
from tests.services import database_url

ROOT = Path(__file__).resolve().parents[2]
MARKER = "rate-limit test"
TOO_MANY_IN_ARABIC = "محاولات كثيرة جدًا"  # "Too many attempts"

# The marker makes pytest-django build the test database for this file; each test's
# transaction only reads, and PostgreSQL shows it what the servers have committed.
pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(port, process, log):
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited:\n{Path(log).read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"gunicorn did not start:\n{Path(log).read_text()}")


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker):
    """Two server processes on loopback, one proxy hop trusted, same database and Redis."""
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql" or not os.environ.get("REDIS_URL"):
            pytest.skip("needs the shared PostgreSQL and Redis: run it with make pytest")
        url = database_url(connection.settings_dict)
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DATABASE_URL=url,
        TRUSTED_PROXY_HOPS="1",
    )
    started = []
    logs = tempfile.TemporaryDirectory(prefix="portal-gunicorn-")
    try:
        for number in range(2):
            port = free_port()
            log = os.path.join(logs.name, f"server-{number}.log")
            with open(log, "w") as output:
                process = subprocess.Popen(
                    [
                        *(sys.executable, "-m", "gunicorn", "portal.wsgi:application"),
                        *("--bind", f"127.0.0.1:{port}", "--workers", "1"),
                        *("--worker-class", "gthread", "--threads", "4"),
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            started.append((port, process, log))
        for port, process, log in started:
            wait_until_listening(port, process, log)
        yield [port for port, _process, _log in started]
    finally:
        for _port, process, _log in started:
            process.terminate()
        for _port, process, _log in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        logs.cleanup()
        # The servers committed their feedback; later tests expect none of it.
        with django_db_blocker.unblock():
            PageFeedback.objects.filter(comment__startswith=MARKER).delete()


@pytest.fixture(scope="module")
def feedback_path(servers, django_db_blocker):
    with django_db_blocker.unblock():
        guide = translation_of(GuidePage, "soka-foreningsbidrag", "ar")
        return f"/ar/feedback/{guide.pk}/"


def post_feedback(port, path, forwarded_for, comment):
    """What the proxy passes on: the client's own header with the client appended."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(
            "POST",
            path,
            body=urlencode({"helpful": "yes", "comment": f"{MARKER}: {comment}"}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Forwarded-For": forwarded_for,
            },
        )
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def saved(django_db_blocker, comment):
    with django_db_blocker.unblock():
        return PageFeedback.objects.filter(comment=f"{MARKER}: {comment}").count()


def test_one_client_gets_five_posts_in_total_across_two_server_processes(
    servers, feedback_path, django_db_blocker
):
    assert settings.PORTAL_RATE_LIMITS["feedback"][0] == 5
    answers = [
        # Alternate servers; the client varies what it claims in front of its address.
        post_feedback(servers[n % 2], feedback_path, f"198.51.100.{n}, 203.0.113.7", "first")
        for n in range(10)
    ]

    assert [status for status, _body in answers] == [303] * 5 + [429] * 5
    assert TOO_MANY_IN_ARABIC in answers[5][1]
    assert saved(django_db_blocker, "first") == 5

    # Another resident behind the same proxy is still served, by either process.
    for port in servers:
        status, _body = post_feedback(port, feedback_path, "203.0.113.8", "second")
        assert status == 303
    assert saved(django_db_blocker, "second") == 2


def test_concurrent_posts_from_one_client_are_all_counted(
    servers, feedback_path, django_db_blocker
):
    def post(n):
        status, _body = post_feedback(
            servers[n % 2], feedback_path, "2001:db8:77:1::" + format(n, "x"), "concurrent"
        )
        return status

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(post, range(16)))

    # Sixteen addresses of one IPv6 /64, eight at a time over both processes.
    assert sorted(statuses) == [303] * 5 + [429] * 11
    assert saved(django_db_blocker, "concurrent") == 5
