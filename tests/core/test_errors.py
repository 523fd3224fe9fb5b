import socket

import pytest
from django.db import connections
from django.test import Client

from tests.conftest import RTL_LANGUAGES


@pytest.mark.parametrize("language", ["sv", "ar", "so"])
def test_missing_page_gets_a_translated_404_with_navigation(client, db, language):
    response = client.get(f"/{language}/finns-inte/")
    content = response.content.decode()

    assert response.status_code == 404
    assert f'<html lang="{language}" dir="{"rtl" if language in RTL_LANGUAGES else "ltr"}">' in (
        content
    )
    assert "Page not found" not in content
    assert 'class="language-switcher"' in content
    assert f'<a href="/{language}/">' in content


def test_500_page_renders_while_the_database_is_unreachable(django_db_blocker, unused_port):
    """A real connection attempt to a closed port: the error page must not need the database."""
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(unused_port))
    try:
        with django_db_blocker.unblock():
            response = Client(raise_request_exception=False).get("/ar/")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    content = response.content.decode()

    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in content
    assert "Sorry, something went wrong" not in content
    assert 'href="/ar/"' in content


@pytest.fixture
def unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
