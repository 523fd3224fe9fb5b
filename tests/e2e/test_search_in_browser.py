"""The search page in a real browser: accessible with results, without results and with
an error, in Swedish and Arabic, and usable on a narrow screen."""

import pytest

from tests.e2e.checks import assert_accessible, assert_no_sideways_scrolling
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
def test_search_pages_have_no_axe_violations(page, server_url, kind, language):
    page.goto(f"{server_url}/{language}/search/{QUERIES[kind]}")

    assert_accessible(page, language)


@pytest.mark.parametrize("kind, language", CASES)
def test_search_pages_do_not_scroll_sideways_at_320_px(browser, server_url, kind, language):
    assert_no_sideways_scrolling(browser, f"{server_url}/{language}/search/{QUERIES[kind]}")


def test_a_reader_searches_from_the_header_with_the_keyboard_alone(page, server_url):
    page.goto(f"{server_url}/sv/")

    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # site name
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "site-header__search"
    page.keyboard.press("Enter")
    page.wait_for_url("**/sv/search/")
    tab_to(page, page.locator("#id_q"), limit=60)
    page.keyboard.type("föreningar starta")
    page.keyboard.press("Enter")

    page.wait_for_url("**/sv/search/?q=*")
    assert "Starta en förening" in page.locator(".search-results").inner_text()
