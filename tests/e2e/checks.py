"""Checks every public page must pass in a real browser, shared by the browser tests."""

import re
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from tests.conftest import RTL_LANGUAGES

# Every document and frame reports its Content-Security-Policy violations to
# Python as they happen, so none is lost when the page navigates away.
_REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation({
    page: document.location.href,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});
"""


def watch_csp_violations(context):
    """Collect the CSP violations of every page opened in this browser context."""
    violations = []
    context.expose_binding("reportCspViolation", lambda source, v: violations.append(v))
    context.add_init_script(_REPORT_VIOLATIONS)
    context.csp_violations = violations
    return violations


def assert_no_csp_violations(page_or_context):
    context = getattr(page_or_context, "context", page_or_context)
    violations = getattr(context, "csp_violations", None)
    assert violations is not None, "open the page in a context given to watch_csp_violations"
    # A violation is dispatched as a task after the load event: let one round trip pass.
    for open_page in context.pages:
        open_page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 0))")
    assert violations == [], "\n".join(str(v) for v in violations)


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# axe-core as the axe-playwright-python package ships it: no download at test time.
AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
_RUN_AXE = """
async (tags) => {
  const results = await axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"],
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} -> ${JSON.stringify(v.nodes.map((n) => n.target))}`
  );
}
"""


def watched_page(browser):
    """A browser page in a context of its own, its Content-Security-Policy violations
    collected (assert_no_csp_violations)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch_csp_violations(context)
    return context.new_page()


def check_page_in(browser):
    """One page, in a context of its own, for checking many pages one after another.

    axe-core is added to every document it opens (once, as an init script), and
    Content-Security-Policy violations are collected. Opening a new browser page costs
    more than the checks themselves; moving the one page from address to address
    does not.
    """
    page = watched_page(browser)
    page.context.add_init_script(path=AXE_SCRIPT)
    return page


# A page in another state (a list filtered, or a form sent back with its errors) is its
# page type's templates with other content: the page type itself is checked in every
# language. A state is checked in Swedish and Arabic, one language each way, with
# axe-core, and in Finnish, whose long words are the likeliest to need sideways
# scrolling at 320 px (lang, dir, the CSP and the width: what depends on the language).
AXE_STATE_LANGUAGES = ("sv", "ar")
STATE_LANGUAGES = (*AXE_STATE_LANGUAGES, "fi")


def cases(kinds, states, languages):
    """(kind, language) for each kind in ``languages``, a state in STATE_LANGUAGES."""
    return [
        (kind, language)
        for kind in kinds
        for language in languages
        if kind not in states or language in STATE_LANGUAGES
    ]


def assert_accessible(page, language, axe=True):
    """Zero axe-core violations for the WCAG 2.2 AA tags (unless ``axe`` is false), the
    right lang and dir, and zero Content-Security-Policy violations."""
    if axe:
        if not page.evaluate("typeof axe !== 'undefined'"):
            # Evaluated by the browser's debugging protocol, which the page's CSP allows.
            page.evaluate(AXE_SCRIPT.read_text())
        violations = page.evaluate(_RUN_AXE, AXE_TAGS)
        assert violations == [], "\n".join(violations)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == (
        "rtl" if language in RTL_LANGUAGES else "ltr"
    )
    assert_no_csp_violations(page)


def assert_no_sideways_scrolling(page, width=320):
    """The page as it is now, narrowed to ``width`` px, needs no horizontal scrolling."""
    viewport = page.viewport_size
    page.set_viewport_size({"width": width, "height": 640})
    try:
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
    finally:
        page.set_viewport_size(viewport)
    assert widths[0] <= widths[1], f"content {widths[0]} px wide in a {widths[1]} px window"


def check_page(page, url, language, prepare=None, state=False):
    """What every public page must pass, in one visit: the page opens (after
    ``prepare(page)``, which can bring it into a state such as a form with errors),
    axe-core finds nothing, lang and dir are right, no Content-Security-Policy
    violation, and no horizontal scrolling at 320 px. A ``state`` of a page type gets
    axe-core in AXE_STATE_LANGUAGES. ``page`` comes from check_page_in()."""
    page.context.csp_violations.clear()
    response = page.goto(url)
    assert response.status < 500, f"{url} answered {response.status}"
    if prepare is not None:
        prepare(page)
    assert_accessible(page, language, axe=not state or language in AXE_STATE_LANGUAGES)
    assert_no_sideways_scrolling(page)


def type_first_paragraph(page, text):
    """Type text into the body's first paragraph block, as an editor does.

    Draftail writes what was typed into the form's hidden field a moment after the last
    key (debounced), not at once: wait until the form holds the text, or a quick submit
    sends an empty paragraph that fails validation only when it is published.
    """
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type(text)
    expect(page.locator("input[name=body-0-value]")).to_have_value(re.compile(re.escape(text)))


# The form fields an admin page marks as wrong, by their place in the content.
_FIELDS_IN_ERROR = """
() => [...document.querySelectorAll(".error-message, [aria-invalid=true]")].map(
  (element) => element.closest("[data-contentpath]")?.dataset.contentpath || element.id
)
"""


def click_and_arrive(page, button, url, timeout=30_000):
    """Click an admin form's button and wait for the page the form leads to.

    The edit view asks the server about other editors as soon as it loads; the click
    waits until that answer is in, so the form is submitted from a settled page. If the
    browser does not arrive, the failure says what the page shows instead (an error
    message, a dialog) rather than only that time ran out.
    """
    page.wait_for_load_state("networkidle")
    button.click()
    try:
        page.wait_for_url(url, timeout=timeout)
    except PlaywrightTimeoutError:
        shown = page.locator(
            ".messages, .error-message, [role=dialog]:visible, [role=alertdialog]:visible"
        ).all_inner_texts()
        fields = page.evaluate(_FIELDS_IN_ERROR)
        raise AssertionError(
            f"still at {page.url} after clicking {button}; the page shows: {shown}; "
            f"fields in error: {fields}"
        ) from None
