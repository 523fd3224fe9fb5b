"""The search page in a real browser: accessible with results, without results and with
an error, in Swedish and Arabic, and usable on a narrow screen; its suggestions chosen
with the keyboard alone."""

from urllib.parse import quote

import pytest

from guides.models import GuidePage
from tests.conftest import translation_of
from tests.e2e.checks import assert_accessible, assert_no_sideways_scrolling, check_page
from tests.e2e.test_guides_in_browser import tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

QUERIES = {
    "results": "?q=förening",
    "other-languages": "?q=leadership",
    "no-results": "?q=zzzxq",
    "error": "?q=förening&type=poster",
    "empty": "",
}
CASES = [(kind, language) for kind in QUERIES for language in ("sv", "ar")]


@pytest.mark.parametrize("kind, language", CASES)
def test_search_pages_are_accessible_and_fit_a_narrow_screen(checks, server_url, kind, language):
    check_page(checks, f"{server_url}/{language}/search/{QUERIES[kind]}", language)


def test_a_reader_searches_from_the_header_of_any_page_with_the_keyboard_alone(page, server_url):
    guide = guide_in("sv")
    page.goto(f"{server_url}/sv/")

    tab_to(page, page.locator("#site-search"), limit=10)
    with page.expect_response(lambda response: "suggestions/?q=" in response.url):
        page.keyboard.type(PREFIXES["sv"])
    listbox = page.get_by_role("listbox")
    listbox.locator("[role=option]").first.wait_for()
    assert guide.title in option_titles(listbox)
    page.keyboard.press("Escape")  # the suggestions closed, the words kept
    page.keyboard.press("Escape")  # the box emptied
    page.keyboard.type("stadgr förenimg")  # misspelt
    page.keyboard.press("Enter")

    page.wait_for_url("**/sv/search/?q=*")
    assert "Visar resultat för stadgar förening." in page.locator("main").inner_text()
    assert "Stadgar för en ideell förening" in page.locator(".search-results").first.inner_text()


# What a reader types of the guide "Starta en förening" in each language.
PREFIXES = {"sv": "starta en fö", "ar": "تأسيس جم"}


def guide_in(language):
    return translation_of(GuidePage, "starta-en-forening", language)


def open_suggestions(page, server_url, language, text=None):
    """Reach the search box with Tab, type, and wait for the suggestions to the text."""
    text = text or PREFIXES[language]
    page.goto(f"{server_url}/{language}/search/")
    tab_to(page, page.locator("#id_q"), limit=60)
    with page.expect_response(lambda response: f"suggestions/?q={quote(text)}" in response.url):
        page.keyboard.type(text)
    page.locator("[role=listbox] [role=option]").first.wait_for()
    return page.locator("#id_q"), page.get_by_role("listbox")


def option_titles(listbox):
    return listbox.locator("[role=option] > span:first-child").all_inner_texts()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_a_suggestion_is_chosen_with_the_keyboard_alone(page, server_url, language):
    guide = guide_in(language)
    box, listbox = open_suggestions(page, server_url, language)

    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    titles = option_titles(listbox)
    assert guide.title in titles
    assert str(len(titles)) in page.get_by_role("status").text_content()

    for _ in range(titles.index(guide.title) + 1):
        page.keyboard.press("ArrowDown")
    option = page.locator(f"#{box.get_attribute('aria-activedescendant')}")
    assert option.get_attribute("aria-selected") == "true"
    assert option.locator("span").first.inner_text() == guide.title
    page.keyboard.press("Enter")

    page.wait_for_url(server_url + guide.url)


def test_escape_closes_the_suggestions_then_empties_the_box(page, server_url):
    box, listbox = open_suggestions(page, server_url, "sv")
    page.keyboard.press("ArrowDown")

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert not listbox.is_visible()
    assert box.input_value() == PREFIXES["sv"]

    page.keyboard.press("ArrowDown")  # opens them again
    assert listbox.is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert box.input_value() == ""


def test_enter_without_a_chosen_suggestion_searches(page, server_url):
    _box, listbox = open_suggestions(page, server_url, "sv", "starta en förening")
    assert listbox.is_visible()

    page.keyboard.press("Enter")

    page.wait_for_url("**/sv/search/?q=*")
    assert "Starta en förening" in page.locator(".search-results").first.inner_text()


def test_a_suggestion_can_be_clicked(page, server_url):
    guide = guide_in("sv")
    _box, listbox = open_suggestions(page, server_url, "sv")

    listbox.locator("[role=option]").nth(option_titles(listbox).index(guide.title)).click()

    page.wait_for_url(server_url + guide.url)


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_open_suggestions_are_accessible_and_fit_a_narrow_screen(page, server_url, language):
    open_suggestions(page, server_url, language)
    page.keyboard.press("ArrowDown")

    assert_accessible(page, language)
    assert_no_sideways_scrolling(page)


def test_the_search_box_works_without_javascript(browser, server_url):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(f"{server_url}/sv/search/")

    assert plain.locator("#id_q").get_attribute("role") is None
    plain.locator("#id_q").fill("starta en förening")
    plain.locator("#id_q").press("Enter")

    plain.wait_for_url("**/sv/search/?q=*")
    assert "Starta en förening" in plain.locator(".search-results").first.inner_text()
    context.close()
