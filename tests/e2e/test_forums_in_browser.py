"""Forums in a real browser: accessible in every language, narrow screens, and signing
up with the keyboard alone."""

import pytest

from events.models import EventIndexPage, EventPage
from tests.conftest import LANGUAGES
from tests.e2e.checks import assert_accessible, assert_no_sideways_scrolling, cases, check_page
from tests.e2e.test_guides_in_browser import tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

KINDS = ["forums", "forums-filtered", "forums-error", "forum", "forum-form-error", "past-forum"]
# The listing filtered and with an unknown district, the forum's form sent back (checks.py).
STATES = {"forums-filtered", "forums-error", "forum-form-error"}
CASES = cases([kind for kind in KINDS if kind != "past-forum"], STATES, LANGUAGES)
CASES += [("past-forum", "sv"), ("past-forum", "ar"), ("cancelled-forum", "sv")]
CASES += [("invitation", "sv"), ("invitation", "ar")]
# The pages of the way to the course and of the e-mail about new forums; the last two of
# each are what a button leads to.
TOKEN_KINDS = ["alerts", "alerts-error", "subscription", "unsubscribed", "consent", "withdrawn"]
CASES += [(kind, language) for kind in TOKEN_KINDS for language in ("sv", "ar")]


@pytest.fixture(scope="module")
def paths(django_db_blocker):
    from events.models import ContactConsent, ForumSubscription

    with django_db_blocker.unblock():
        found = {}
        made = []
        for language in ("sv", "ar"):
            index = EventIndexPage.objects.get(locale__language_code=language).url
            found[("alerts", language)] = f"{index}alerts/"
            found[("alerts-error", language)] = f"{index}alerts/"
            for kind in ("subscription", "unsubscribed"):
                subscription = ForumSubscription.objects.create(
                    email="amal@example.com", language=language
                )
                made.append(subscription)
                found[(kind, language)] = f"/{language}/forum-alert/{subscription.token}/"
            for kind in ("consent", "withdrawn"):
                consent = ContactConsent.objects.create(
                    name="Amal Exempel",
                    email="amal@example.com",
                    language=language,
                    event_key=EventPage.objects.get(
                        slug="halsa-och-valmaende-i-jarva"
                    ).translation_key,
                )
                made.append(consent)
                found[(kind, language)] = f"/{language}/contact-consents/{consent.token}/"
        swedish = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
        past = EventPage.objects.get(slug="skolval-och-foraldrars-rattigheter-pa-sodermalm")
        for language in LANGUAGES:
            index = EventIndexPage.objects.get(locale__language_code=language).url
            forum = swedish.get_translations(inclusive=True).get(locale__language_code=language)
            found.update(
                {
                    ("forums", language): index,
                    ("forums-filtered", language): f"{index}?district=jarva&language=so",
                    ("forums-error", language): f"{index}?district=atlantis",
                    ("forum", language): forum.url,
                    ("forum-form-error", language): forum.url,
                }
            )
        for language in ("sv", "ar"):
            found[("past-forum", language)] = (
                past.get_translations(inclusive=True).get(locale__language_code=language).url
            )
            found[("invitation", language)] = (
                found[("forum", language)] + "invitation/?via=foraldragruppen-waalid"
            )
        found[("cancelled-forum", "sv")] = EventPage.objects.get(
            status="cancelled", locale__language_code="sv"
        ).url
    yield found
    with django_db_blocker.unblock():
        for row in made:
            type(row).objects.filter(pk=row.pk).delete()


def send_the_form_empty(page):
    """The page comes back with the form's errors."""
    page.locator("#register button[type=submit]").click()
    page.wait_for_selector(".error-summary")


def press_the_last_button(page):
    """The page a token page's button leads to (stop the e-mails, withdraw the yes)."""
    page.locator("main form button").last.click()
    page.wait_for_selector(".confirmation")


def send_the_sign_up_empty(page):
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".error-summary")


PREPARE = {
    "forum-form-error": send_the_form_empty,
    "alerts-error": send_the_sign_up_empty,
    "unsubscribed": press_the_last_button,
    "withdrawn": press_the_last_button,
}


@pytest.mark.parametrize("kind, language", CASES)
def test_forum_pages_are_accessible_and_fit_a_narrow_screen(
    checks, server_url, paths, kind, language
):
    prepare = PREPARE.get(kind)
    url = server_url + paths[(kind, language)]
    check_page(checks, url, language, prepare, state=kind in STATES)


@pytest.mark.parametrize("language", ["sv", "ar", "so"])
def test_a_resident_signs_up_with_the_keyboard_alone(page, server_url, paths, language):
    page.goto(server_url + paths[("forum", language)])

    tab_to(page, page.locator("#id_name"), limit=120)
    page.keyboard.type("Hodan Warsame")
    page.keyboard.press("Tab")
    page.keyboard.type("hodan@example.com")
    page.keyboard.press("Tab")  # phone: left empty
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_people"
    page.keyboard.press("ArrowDown")  # two people
    page.keyboard.press("Tab")
    page.keyboard.type("Somali")
    tab_to(page, page.locator("#register button[type=submit]"), limit=4)
    page.keyboard.press("Enter")

    page.wait_for_url("**/forum-registrations/**")
    assert page.locator("h1").count() == 1
    assert "Hodan Warsame" in page.locator("main").inner_text()
    assert page.locator("dd", has_text="2").count() >= 1
    assert_accessible(page, language)
    assert_no_sideways_scrolling(page)


def test_the_form_works_without_javascript_and_names_what_to_fix(browser, server_url, paths):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(server_url + paths[("forum", "sv")])

    plain.locator("#id_email").fill("inte-en-adress")
    plain.locator("#register button[type=submit]").click()

    links = plain.locator(".error-summary a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        "#id_name",
        "#id_email",
    ]
    assert plain.locator("#id_email").input_value() == "inte-en-adress"
    assert plain.locator("#id_name").get_attribute("aria-invalid") == "true"
    context.close()


@pytest.fixture
def at_the_door(committed):
    """An organiser's account, and a registration for the demo's Järva forum in Somali."""

    def create():
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from editorial import roles
        from events.models import Registration
        from events.models.registrations import free_code

        user = get_user_model().objects.create_user("e2e-dorrvakt", password="lösenord")
        user.groups.add(Group.objects.get(name=roles.EVENT_ORGANISERS))
        swedish = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
        somali = swedish.get_translations().get(locale__language_code="so")
        registration = Registration.objects.create(
            event=somali,
            event_key=somali.translation_key,
            language="so",
            name="Hodan Dörrtest",
            people=2,
            code=free_code(somali),
        )
        return swedish.pk, registration.code

    def remove():
        from django.contrib.auth import get_user_model

        from events.models import ForumAttendance, Registration

        forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
        Registration.objects.filter(name="Hodan Dörrtest").delete()
        ForumAttendance.objects.filter(event_key=forum.translation_key).delete()
        get_user_model().objects.filter(username="e2e-dorrvakt").delete()

    yield committed(create)
    committed(remove)


def test_an_organiser_checks_someone_in_on_a_phone_with_the_keyboard_alone(
    browser, server_url, at_the_door
):
    from tests.e2e.test_editorial_in_browser import sign_in

    forum_pk, code = at_the_door
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    sign_in(phone, server_url, "e2e-dorrvakt")
    phone.goto(f"{server_url}/admin/forum-checkin/{forum_pk}/")

    # The search field has focus on arrival; the code is typed as heard.
    assert phone.evaluate("document.activeElement.id") == "id_q"
    phone.keyboard.type(code.lower())
    phone.keyboard.press("Enter")
    phone.wait_for_url("**?q=*")
    button = phone.locator("section[aria-labelledby=found-title] button[value=check_in]")
    tab_to(phone, button, limit=10)
    phone.keyboard.press("Enter")

    phone.wait_for_selector("text=Hodan Dörrtest")
    assert phone.locator("[data-figure=checked-in]").inner_text() == "2"
    assert_no_sideways_scrolling(phone, width=390)
    context.close()
