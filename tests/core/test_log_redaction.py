"""No token or search term reaches the logs."""

import io
import logging

import pytest

from core.log_filters import RedactAddresses, redact
from tests.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def console():
    """What the configured console handler writes, as the server's log would hold it."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, RedactAddresses) for f in handler.filters)
    )
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


def test_a_registrants_token_in_a_page_not_found_is_not_logged(client, console):
    from events.models import EventPage

    registration = RegistrationFactory(event=EventPage.objects.first())
    wrong = registration.token[::-1]

    assert client.get(f"/sv/forum-registrations/{wrong}/").status_code == 404
    assert client.get(f"/sv/programme-applications/{wrong}/").status_code == 404

    log = console.getvalue()
    assert "Not Found: /sv/forum-registrations/[token]/" in log
    assert wrong not in log


def test_a_search_term_in_a_logged_address_is_not_kept(client, console):
    logging.getLogger("django.request").warning("Not Found: %s", "/sv/nothing/?q=Amina+Storgatan+1")
    logging.getLogger("django.server").info('"GET /sv/search/?q=Amina HTTP/1.1" 200 512')

    log = console.getvalue()
    assert "Amina" not in log
    assert "/sv/nothing/?[removed]" in log
    assert '"GET /sv/search/?[removed] HTTP/1.1" 200 512' in log


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/sv/mentor-offers/abcDEF_-123/", "/sv/mentor-offers/[token]/"),
        ("/ar/forum-registrations/x/cancel/", "/ar/forum-registrations/[token]/cancel/"),
        ("/sv/forum/", "/sv/forum/"),
    ],
)
def test_token_routes_are_redacted_and_other_paths_kept(line, expected):
    assert redact(line) == expected
