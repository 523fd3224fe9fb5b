"""The search page over the demo content on PostgreSQL: results in the reader's language
with highlighted snippets, filters, other languages, bad input and the zero-result page."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from contacts.models import ContactFinderPage
from guides.models import GuidePage
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', response.text)


def test_the_empty_search_page_offers_topics_and_is_not_indexed(client):
    response = client.get("/sv/search/")

    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in response.text
    assert 'role="search"' in response.text
    assert "Föreningsbidrag och stöd" in response.text  # a popular topic


def test_inflected_swedish_words_find_the_guide_to_starting_an_association(client):
    guide = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")

    response = client.get("/sv/search/", {"q": "föreningar starta"})

    assert response.status_code == 200
    assert guide.title in titles(response)[:3]
    assert "<mark>" in response.text


def test_a_swedish_term_finds_the_grants_guide_on_the_somali_site(client):
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "so")

    response = client.get("/so/search/", {"q": "föreningsbidrag"})

    assert guide.title in titles(response)[:3]
    assert 'lang="so"' in response.text


def test_the_type_filter_keeps_only_forums(client):
    response = client.get("/sv/search/", {"q": "forum", "type": "forum"})

    assert response.status_code == 200
    with translation.override("sv"):
        forum = gettext("Forum")
    metas = re.findall(r'<p class="card__meta">([^<·]+)', response.text)
    assert metas
    assert {meta.strip() for meta in metas} == {forum}


def test_contacts_are_found_by_name(client):
    response = client.get("/en/search/", {"q": "contact centre", "type": "contact"})

    assert response.status_code == 200
    assert 'class="contact-card"' in response.text


def test_with_no_match_in_the_readers_language_other_languages_are_offered(client):
    response = client.get("/sv/search/", {"q": "leadership"})

    assert response.status_code == 200
    assert 'hreflang="en"' in response.text
    assert "?q=leadership&amp;language=en" in response.text
    assert "Föreningsbidrag och stöd" in response.text  # topics, never a dead end
    finder = ContactFinderPage.objects.get(locale__language_code="sv")
    assert f'href="{finder.url}"' in response.text


def test_another_language_is_searched_on_request_and_labelled(client):
    response = client.get("/sv/search/", {"q": "leadership", "language": "en"})

    assert response.status_code == 200
    assert titles(response)
    assert '<span lang="en">English</span>' in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 201},
        {"q": "förening", "type": "poster"},
        {"q": "förening", "language": "xx"},
        {"q": "förening", "page": "99999"},
        {"q": "förening", "page": "två"},
        {"q": "för\x00ening"},
    ],
)
def test_bad_input_gets_a_400_with_a_translated_message(client, params):
    response = client.get("/ar/search/", params)

    assert response.status_code == 400
    assert 'class="error-summary"' in response.text
    assert 'lang="ar"' in response.text


def test_control_characters_and_a_page_past_the_end_give_a_clean_page(client):
    response = client.get("/sv/search/", {"q": "förening\x07\x1b", "page": "999"})

    assert response.status_code == 200
    assert titles(response)
