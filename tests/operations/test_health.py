"""/healthz/ as a monitor reads it: every part named, no secret, 503 when one fails."""

import json

import pytest
from django.core.cache import cache

from operations import heartbeat

pytestmark = pytest.mark.django_db


def test_with_a_fresh_heartbeat_everything_is_ok(client):
    heartbeat.beat()
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "worker": "ok", "search": "ok"},
    }
    assert "no-store" in response["Cache-Control"]


def test_a_worker_that_never_wrote_a_heartbeat_makes_it_fail(client):
    cache.delete(heartbeat.KEY)
    response = client.get("/healthz/")

    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "failing"
    assert body["checks"]["worker"] == "no heartbeat"
    assert body["checks"]["database"] == "ok"


def test_the_proxys_probe_is_answered_before_any_host_check(client):
    response = client.get("/healthz/live/", HTTP_HOST="web1:8000")

    assert response.status_code == 200
    assert response.content == b"ok"


def test_a_post_is_refused(client):
    assert client.post("/healthz/").status_code == 405
