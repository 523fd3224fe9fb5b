"""Save for offline, as the server sees it: the service worker's script at the site's
root, the page of saved pages in every language, and controls that stay hidden until the
script shows them (without JavaScript nothing on the page does nothing)."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from events.models import EventPage
from guides.models import GuidePage
from offline.views import CACHE_NAME
from tests.conftest import LANGUAGES, RTL_LANGUAGES, translation_of

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_served_from_the_root_and_checked_on_every_visit(client):
    response = client.get("/offline-worker.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    script = response.text
    assert f'var CACHE = "{CACHE_NAME}";' in script
    for language in LANGUAGES:
        assert f'"{language}": "/{language}/saved/"' in script
    # Only GETs of public pages and static files: never the admin, never a form's POST.
    assert 'request.method !== "GET"' in script
    assert r"/^\/(?:[a-z]{2}\/|static\/)/" in script


def test_the_service_worker_takes_no_post(client):
    assert client.post("/offline-worker.js").status_code == 405


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_of_saved_pages_is_in_every_language(client, language):
    response = client.get(f"/{language}/saved/")

    assert response.status_code == 200
    text = response.text
    with translation.override(language):
        heading = gettext("Saved for offline reading")
        empty = gettext("No pages are saved in this browser yet.")
    assert language == "en" or heading != "Saved for offline reading"
    assert f"<h1>{heading}</h1>" in text
    assert empty in text
    assert f'lang="{language}"' in text
    assert f'dir="{"rtl" if language in RTL_LANGUAGES else "ltr"}"' in text
    assert '<meta name="robots" content="noindex">' in text
    assert f'data-cache="{CACHE_NAME}"' in text


@pytest.mark.parametrize(
    ("model", "slug", "listen"),
    [
        (GuidePage, "starta-en-forening", True),
        (EventPage, "halsa-och-valmaende-i-jarva", False),
    ],
)
def test_guides_and_forums_offer_saving_and_guides_listening_only_with_javascript(
    client, model, slug, listen
):
    page = translation_of(model, slug, "ar")

    text = client.get(page.url).text

    [save] = re.findall(r"<button[^>]*data-offline-save[^>]*>", text)
    assert " hidden" in save and 'data-worker="/offline-worker.js"' in save
    assert 'data-list="/ar/saved/"' in save
    [link] = re.findall(r"<a[^>]*data-offline-link[^>]*>", text)
    assert " hidden" in link
    listeners = re.findall(r"<button[^>]*data-listen=[^>]*>", text)
    assert len(listeners) == int(listen)
    assert all(" hidden" in button for button in listeners)
