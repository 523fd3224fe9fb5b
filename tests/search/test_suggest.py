"""The search box's suggestions over the demo content on PostgreSQL: titles of live public
pages in the reader's language that start with what was typed, as JSON, and a clean
answer to any input."""

import pytest
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import Page

from guides.models import GuidePage
from search.suggest import MAX_SUGGESTIONS
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db


def suggest(client, language, query):
    return client.get(f"/{language}/search/suggestions/", {"q": query})


def titles(response):
    return [suggestion["title"] for suggestion in response.json()["suggestions"]]


def swedish_guide():
    """The guide the tests type the start of; its words come from the database, so a
    changed demo title changes the query with it."""
    return GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")


def last_word_start(title):
    return title.split()[-1][:4]


def a_prefix_starting_one_title_and_inside_another():
    """Four letters that start one live Swedish title and start a later word of another."""
    found = Page.objects.live().filter(locale__language_code="sv").values_list("title", flat=True)
    titles = [title.casefold() for title in found]
    for title in titles:
        prefix = title.split()[0][:4]
        if len(prefix) == 4 and any(
            word.startswith(prefix) for other in titles for word in other.split()[1:]
        ):
            return prefix
    pytest.fail("no title's first word starts a later word of another title")


def test_a_swedish_prefix_suggests_the_guide_to_starting_an_association(client):
    guide = swedish_guide()

    response = suggest(client, "sv", last_word_start(guide.title))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Robots-Tag"] == "noindex"
    suggestions = response.json()["suggestions"]
    assert {"title": guide.title, "url": guide.url, "kind": "Guide"} in suggestions
    assert 0 < len(suggestions) <= MAX_SUGGESTIONS
    assert all(suggestion["url"].startswith("/sv/") for suggestion in suggestions)


def test_titles_that_begin_with_the_words_typed_come_first(client):
    prefix = a_prefix_starting_one_title_and_inside_another()

    found = titles(suggest(client, "sv", prefix))

    beginning = [title.casefold().startswith(prefix) for title in found]
    assert beginning[0]
    assert beginning == sorted(beginning, reverse=True)


def test_an_arabic_prefix_suggests_arabic_pages_only(client):
    guide = translation_of(GuidePage, "starta-en-forening", "ar")

    response = suggest(client, "ar", guide.title.split()[-1][:2])

    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert guide.title in titles(response)
    pages = {page.url: page for page in Page.objects.live().select_related("locale")}
    assert {pages[suggestion["url"]].locale.language_code for suggestion in suggestions} == {"ar"}


def test_a_swedish_prefix_suggests_no_swedish_pages_on_the_arabic_site(client):
    swedish = swedish_guide().title

    response = suggest(client, "ar", swedish[: len(swedish) - 2])

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_the_announcement_counts_the_suggestions_in_the_readers_language(client):
    response = suggest(client, "sv", " ".join(swedish_guide().title.split()[:2]))

    count = len(response.json()["suggestions"])
    assert count
    with translation.override("sv"):
        expected = ngettext(
            "%(count)d suggestion. Use the up and down arrow keys to choose.",
            "%(count)d suggestions. Use the up and down arrow keys to choose.",
            count,
        ) % {"count": count}
    assert response.json()["status"] == expected


@pytest.mark.parametrize("query", ["", " ", "f", "  f  ", "\x07f\x1b"])
def test_fewer_than_two_characters_get_no_suggestions(client, query):
    response = suggest(client, "sv", query)

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_a_request_without_a_query_gets_no_suggestions(client):
    response = client.get("/fi/search/suggestions/")

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


@pytest.mark.parametrize("query", ["x" * 201, "för\x00ening"])
def test_bad_input_gets_a_clean_400(client, query):
    response = suggest(client, "ar", query)

    assert response.status_code == 400
    assert response.json()["suggestions"] == []


def test_control_characters_are_dropped(client):
    assert "Starta en förening" in titles(suggest(client, "sv", "\x1bstarta\x07 en"))


@pytest.mark.parametrize(
    "query", ["!!", "--", "a & b | !c", "():*", "'", "\\\\", "<script>", "' OR 1=1 --", "🙂🙂"]
)
def test_search_syntax_and_odd_characters_get_a_clean_answer(client, query):
    response = suggest(client, "sv", query)

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_only_reading_is_allowed(client):
    assert client.post("/sv/search/suggestions/", {"q": "före"}).status_code == 405


def test_the_search_page_tells_its_script_where_to_ask(client):
    response = client.get("/ar/search/")

    assert 'data-suggest="/ar/search/suggestions/"' in response.text
    assert "js/autocomplete.js" in response.text
    # The input itself is plain until the script makes it a combobox.
    assert 'role="combobox"' not in response.text
