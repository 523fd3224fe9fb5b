"""What a visitor with a real browser meets: accessibility, keyboard, small screens."""

import pytest
from playwright.sync_api import expect

from core.models import SiteLinks
from home.models import HomePage, InformationPage
from tests.conftest import LANGUAGES
from tests.e2e.checks import check_page

# django_db: so the test database is created when the browser tests run alone.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def page_paths(django_db_blocker):
    """One page of every type in every language, plus the 404 page."""
    with django_db_blocker.unblock():
        link = SiteLinks.objects.get()
        paths = {("home", lang): f"/{lang}/" for lang in LANGUAGES}
        for page in link.accessibility_page.get_translations(inclusive=True).select_related(
            "locale"
        ):
            paths[("information", page.locale.language_code)] = page.url
        for lang in LANGUAGES:
            paths[("not-found", lang)] = f"/{lang}/finns-inte/"
    return paths


@pytest.mark.parametrize("kind", ["home", "information", "not-found"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_is_accessible_and_fits_a_narrow_screen(
    checks, server_url, page_paths, kind, language
):
    check_page(checks, server_url + page_paths[(kind, language)], language)


@pytest.mark.parametrize("reader", ["ar", "so"])
def test_the_note_on_a_page_not_in_the_readers_language_is_accessible(
    checks, server_url, page_paths, reader
):
    # The demo has every page in every language: the note is asked for as the language
    # links ask for it on a page that has no translation.
    url = f"{server_url}{page_paths[('information', 'sv')]}?untranslated={reader}"

    check_page(checks, url, "sv")

    note = checks.get_by_role("note")
    assert note.get_attribute("lang") == reader
    assert note.get_by_role("link").get_attribute("href") == f"/{reader}/"


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_skip_link_is_first_and_moves_focus_to_the_main_content(page, server_url, language):
    page.goto(f"{server_url}/{language}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")

    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_takes_you_from_swedish_to_arabic(page, server_url):
    page.goto(f"{server_url}/sv/")
    page.get_by_text("Språk: Svenska").click()
    page.get_by_role("navigation", name="Välj språk").get_by_role("link", name="العربية").click()

    page.wait_for_url(f"{server_url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"


def test_language_switcher_is_usable_by_keyboard(page, server_url, page_paths):
    page.goto(server_url + page_paths[("information", "sv")])
    menu = page.locator(".language-switcher summary")
    menu.focus()
    page.keyboard.press("Enter")
    languages = page.get_by_role("navigation", name="Välj språk").get_by_role("link")
    expect(languages).to_have_count(6)
    # Every language is the next keyboard steps away: Tab from the button, in order.
    page.keyboard.press("Tab")
    expect(languages.first).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_focused()
    expect(languages.first).to_be_hidden()
    page.keyboard.press("Enter")
    link = languages.filter(has_text="Suomi")
    link.focus()
    page.keyboard.press("Enter")

    page.wait_for_url(server_url + page_paths[("information", "fi")])
    assert page.locator("html").get_attribute("lang") == "fi"


def test_pages_work_without_javascript(browser, server_url, page_paths):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(server_url + page_paths[("home", "sv")])
    plain.get_by_role("link", name="Tillgänglighetsredogörelse").click()

    plain.wait_for_url(server_url + page_paths[("information", "sv")])
    assert plain.get_by_role("heading", level=1).inner_text() == "Tillgänglighetsredogörelse"
    context.close()


@pytest.fixture
def menu_page(committed):
    """A published page in the Swedish main menu, committed so the server sees it."""

    def create():
        home = HomePage.objects.get(depth=2, locale__language_code="sv")
        page = InformationPage(title="Föreningar", slug="e2e-foreningar", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
        return page

    page = committed(create)
    yield page
    committed(lambda: InformationPage.objects.get(id=page.id).delete())


def test_narrow_screens_fold_the_menu_behind_a_button(browser, server_url, menu_page):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    narrow = context.new_page()
    narrow.goto(f"{server_url}/sv/")
    button = narrow.get_by_role("button", name="Meny")
    link = narrow.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Föreningar")

    assert button.get_attribute("aria-expanded") == "false"
    assert not link.is_visible()
    button.focus()
    narrow.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    link.click()
    narrow.wait_for_url(f"{server_url}/sv/e2e-foreningar/")
    context.close()


def test_without_javascript_the_menu_is_always_open(browser, server_url, menu_page):
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    plain = context.new_page()
    plain.goto(f"{server_url}/sv/")

    assert not plain.get_by_role("button", name="Meny").is_visible()
    menu = plain.get_by_role("navigation", name="Huvudmeny")
    assert menu.get_by_role("link", name="Föreningar").is_visible()
    context.close()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_on_a_phone_the_header_names_the_current_language_and_has_a_search_box(
    page, server_url, language
):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{server_url}/{language}/")

    header = page.locator(".site-header").bounding_box()
    summary = page.locator(".language-switcher summary")
    name = {"sv": "Svenska", "ar": "العربية"}[language]
    expect(summary).to_contain_text(name)
    print(f"\nheader at 390 x 900 px in {language}: {header['height']:.0f} px")
    assert header["height"] <= 210, header
    # The site's name on the first row; language and menu on the second; the search box,
    # as wide as the screen allows, on the third.
    tools = {
        round(page.locator(selector).bounding_box()["y"])
        for selector in (".language-switcher summary", ".menu-toggle")
    }
    assert len(tools) == 1 and min(tools) > page.locator(".site-header__name").bounding_box()["y"]
    box = page.locator("#site-search").bounding_box()
    assert box["y"] > min(tools) and box["width"] >= 250


def test_on_a_wide_screen_the_menu_row_lines_up_with_the_header_and_content(page, server_url):
    page.set_viewport_size({"width": 1600, "height": 900})
    page.goto(f"{server_url}/sv/")

    def start(selector):
        box = page.locator(selector).first.bounding_box()
        return round(box["x"])

    assert start(".main-nav__list") == start(".site-header__bar") == start("main")
    assert start(".main-nav__list") > 100  # centred, not at the window's edge
