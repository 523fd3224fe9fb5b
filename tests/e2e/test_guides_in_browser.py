"""Guides, the contact finder and the organisation diagram in a real browser."""

import pytest

from contacts.models import ContactFinderPage
from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePathsPage,
    OrganisationPage,
)
from tests.conftest import LANGUAGES
from tests.e2e.checks import cases, check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

KINDS = [
    "guide",
    "section",
    "organisation",
    "influence",
    "finder",
    "finder-results",
    "finder-error",
]
# The contact finder's answers, with results and with an unknown district (checks.py).
STATES = {"finder-results", "finder-error"}
CASES = [*cases(KINDS, STATES, LANGUAGES), ("easy-read", "sv")]


@pytest.fixture(scope="module")
def paths(django_db_blocker):
    with django_db_blocker.unblock():
        swedish_guide = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")
        found = {("easy-read", "sv"): EasyReadPage.objects.child_of(swedish_guide).get().url}
        for language in LANGUAGES:
            by_language = {"locale__language_code": language}
            finder = ContactFinderPage.objects.get(**by_language).url
            found.update(
                {
                    ("guide", language): swedish_guide.get_translation(
                        swedish_guide.locale.__class__.objects.get(language_code=language)
                    ).url,
                    ("section", language): GuideIndexPage.objects.filter(**by_language)
                    .order_by("path")
                    .last()
                    .url,
                    ("organisation", language): OrganisationPage.objects.get(**by_language).url,
                    ("influence", language): InfluencePathsPage.objects.get(**by_language).url,
                    ("finder", language): finder,
                    ("finder-results", language): f"{finder}?district=jarva&topic=foreningsbidrag",
                    ("finder-error", language): f"{finder}?district=atlantis",
                }
            )
    return found


@pytest.mark.parametrize("kind, language", CASES)
def test_guide_pages_are_accessible_and_fit_a_narrow_screen(
    checks, server_url, paths, kind, language
):
    check_page(checks, server_url + paths[(kind, language)], language, state=kind in STATES)


def tab_to(page, locator, limit=80):
    """Press Tab until ``locator`` has focus, as a keyboard user would."""
    handle = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("element => document.activeElement === element", handle):
            return
    raise AssertionError("could not reach the element with the Tab key")


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_step_by_step_is_operable_by_keyboard(page, server_url, paths, language):
    page.goto(server_url + paths[("guide", language)])
    steps = page.locator(".step-by-step__details")
    first_summary = steps.first.locator("summary")
    first_body = steps.first.locator(".step-by-step__body")
    assert first_body.is_visible()

    tab_to(page, first_summary)
    page.keyboard.press("Enter")
    assert not first_body.is_visible()
    page.keyboard.press("Space")
    assert first_body.is_visible()

    toggle = page.locator("[data-toggle-steps]")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert steps.evaluate_all("steps => steps.every(step => !step.open)")
    page.keyboard.press("Enter")
    assert steps.evaluate_all("steps => steps.every(step => step.open)")


def test_faq_opens_by_keyboard(page, server_url):
    page.goto(server_url + "/sv/driva-forening/stadgar-for-en-ideell-forening/")
    question = page.locator(".faq__question").first
    answer = page.locator(".faq__answer").first
    assert not answer.is_visible()

    tab_to(page, question)
    page.keyboard.press("Enter")

    assert answer.is_visible()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_contact_finder_works_by_keyboard_without_javascript(browser, server_url, paths, language):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(server_url + paths[("finder", language)])

    plain.locator("#id_district").select_option("jarva")
    plain.locator("#id_topic").select_option("foreningsbidrag")
    plain.locator("#id_topic").focus()
    plain.keyboard.press("Tab")
    plain.keyboard.press("Enter")

    plain.wait_for_url("**district=jarva&topic=foreningsbidrag")
    first = plain.locator(".contact-list .contact-card__name").first
    assert "Järva" in first.inner_text()
    context.close()


def test_feedback_works_without_javascript(browser, server_url, paths, committed):
    from guides.models import PageFeedback

    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(server_url + paths[("guide", "so")])
    plain.locator("#id_helpful_0").check()
    plain.locator("#feedback button[type=submit]").click()

    plain.wait_for_url("**?feedback=thanks#feedback")
    assert plain.locator("#feedback-title").is_visible()
    context.close()
    assert committed(lambda: PageFeedback.objects.filter(language="so").count()) >= 1
    committed(lambda: PageFeedback.objects.filter(language="so").delete())


@pytest.mark.parametrize(
    "language, finder_link, first_result",
    [
        ("sv", "Hitta rätt kontakt", "Föreningsstöd, Järva stadsdelsförvaltning"),
        ("en", "Find the right contact", "Association support, Järva district administration"),
        ("ar", None, None),
    ],
)
def test_grant_contact_for_jarva_is_two_steps_from_home(
    page, server_url, paths, language, finder_link, first_result
):
    """Who do I call about a grant for our association in Järva? Step 1: open the finder
    from the main menu. Step 2: choose the district and the question."""
    page.goto(f"{server_url}/{language}/")
    menu = page.locator(".main-nav")
    if finder_link:
        menu.get_by_role("link", name=finder_link).click()
    else:
        menu.locator(f'a[href="{paths[("finder", language)]}"]').click()
    page.wait_for_url(server_url + paths[("finder", language)])

    page.locator("#id_district").select_option("jarva")
    page.locator("#id_topic").select_option("foreningsbidrag")
    page.locator("form.filters button[type=submit]").click()

    page.wait_for_url("**district=jarva&topic=foreningsbidrag")
    first = page.locator(".contact-list .contact-card__name").first.inner_text()
    if first_result:
        assert first == first_result
    assert "Järva" in first
    assert page.locator(".contact-list a[href^='tel:']").first.is_visible()


def test_guide_prints_without_navigation_and_with_link_addresses(page, server_url, paths):
    page.goto(server_url + paths[("guide", "sv")])
    page.emulate_media(media="print")

    for hidden in (".site-header", ".site-footer", ".breadcrumbs", "#feedback", ".print-button"):
        assert not page.locator(hidden).is_visible(), hidden
    assert page.locator("h1").is_visible()
    link = page.locator("main .step-by-step__body a, main .prose a").first
    after = link.evaluate("link => getComputedStyle(link, '::after').content")
    assert link.get_attribute("href") in after
