"""Listen and Save for offline in a real Chromium.

Saving is the real thing: Chromium's service worker and cache, then the network
switched off. Listening needs a voice for the page's language, and Chromium here has
none (no speech engine is installed on the machine): the real browser hides the button,
and the test that listens gives the page a stand-in for the Web Speech API with one voice
per language, recording what the script asks it to say.
"""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from guides.models import GuidePage
from tests.conftest import LANGUAGES
from tests.e2e.checks import (
    AXE_SCRIPT,
    assert_accessible,
    assert_no_sideways_scrolling,
    check_page,
    watch_csp_violations,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SPEECH = """
(() => {
  const voices = [
    { lang: "sv-SE", name: "Svenska", localService: true },
    { lang: "ar-SA", name: "العربية", localService: true },
  ];
  const state = { speaking: false };
  window.spoken = [];
  class Utterance {
    constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
  }
  window.SpeechSynthesisUtterance = Utterance;
  const synth = window.speechSynthesis;
  synth.getVoices = () => voices;
  Object.defineProperty(synth, "speaking", { get: () => state.speaking });
  Object.defineProperty(synth, "pending", { get: () => false });
  synth.speak = (utterance) => {
    state.speaking = true;
    window.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice.name });
  };
  synth.cancel = () => { state.speaking = false; window.spoken.push("cancelled"); };
})();
"""


@pytest.fixture(scope="module")
def guides(django_db_blocker):
    with django_db_blocker.unblock():
        swedish = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")
        return {
            page.locale.language_code: (page.url, page.title)
            for page in swedish.get_translations(inclusive=True).select_related("locale")
        }


def labels(language, *messages):
    with translation.override(language):
        return [gettext(message) for message in messages]


def new_page(browser, *scripts, javascript=True):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
    )
    watch_csp_violations(context)
    context.add_init_script(path=AXE_SCRIPT)
    for script in scripts:
        context.add_init_script(script)
    return context.new_page()


def test_without_a_voice_for_the_language_listen_is_not_offered(browser, server_url, guides):
    page = new_page(browser)
    page.goto(server_url + guides["sv"][0])

    expect(page.locator("[data-offline-save]")).to_be_visible()  # the script ran
    expect(page.locator("[data-listen]")).to_be_hidden()
    page.context.close()


def test_without_javascript_neither_control_is_shown(browser, server_url, guides):
    page = new_page(browser, javascript=False)
    page.goto(server_url + guides["ar"][0])

    expect(page.locator("h1")).to_have_text(guides["ar"][1])
    expect(page.locator("[data-listen]")).to_be_hidden()
    expect(page.locator("[data-offline-save]")).to_be_hidden()
    expect(page.locator("[data-offline-link]")).to_be_hidden()
    page.context.close()


@pytest.mark.parametrize(("language", "voice"), [("sv", "sv-SE"), ("ar", "ar-SA")])
def test_listen_reads_the_guide_aloud_in_its_language_by_keyboard(
    browser, server_url, guides, language, voice
):
    url, title = guides[language]
    listen, stop, print_label = labels(language, "Listen", "Stop reading", "Print this page")
    page = new_page(browser, SPEECH)
    page.goto(server_url + url)
    button = page.get_by_role("button", name=listen)

    expect(button).to_be_visible()
    assert_accessible(page, language)
    assert_no_sideways_scrolling(page)
    button.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("button", name=stop)).to_be_focused()
    spoken = page.evaluate("window.spoken")
    assert spoken[0] == {"text": title, "lang": voice, "voice": spoken[0]["voice"]}
    assert len(spoken) > 10
    assert {piece["lang"] for piece in spoken} == {voice}
    texts = [piece["text"] for piece in spoken]
    assert not {listen, stop, print_label} & set(texts)  # the controls are not read out
    page.keyboard.press("Enter")
    assert page.evaluate("window.spoken.at(-1)") == "cancelled"
    expect(page.get_by_role("button", name=listen)).to_be_focused()
    page.context.close()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_a_saved_guide_is_read_with_the_network_switched_off(browser, server_url, guides, language):
    url, title = guides[language]
    save, saved, heading = labels(
        language, "Save for offline", "Saved for offline", "Saved for offline reading"
    )
    page = new_page(browser)
    page.goto(server_url + url)
    brand = page.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).backgroundColor"
    )
    page.get_by_role("button", name=save).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text=saved)).to_be_visible()
    expect(page.get_by_role("button", name=saved)).to_be_disabled()

    page.context.set_offline(True)
    page.goto(server_url + url)

    expect(page.locator("h1")).to_have_text(title)
    # The saved stylesheet applies: the header looks as it did online.
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
        == brand
    )
    # A page that was not saved: the list of saved pages, which names the guide.
    page.goto(f"{server_url}/{language}/")
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator("[data-saved-list] a")).to_have_text([title])
    print(f"\nread offline in Chromium, the network switched off: {url} “{title}”")
    assert_accessible(page, language)
    assert_no_sideways_scrolling(page)
    page.context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_of_saved_pages_is_accessible_and_fits_a_narrow_screen(
    checks, server_url, language
):
    check_page(checks, f"{server_url}/{language}/saved/", language)

    [empty] = labels(language, "No pages are saved in this browser yet.")
    expect(checks.get_by_text(empty)).to_be_visible()
