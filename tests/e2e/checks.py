"""Checks every public page must pass in a real browser, shared by the browser tests."""

from axe_playwright_python.sync_playwright import Axe

from tests.conftest import RTL_LANGUAGES

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
axe = Axe()


def assert_accessible(page, language):
    """Zero axe-core violations for the WCAG 2.2 AA tags, and the right lang and dir."""
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    report = "\n".join(
        f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
    )
    assert results.violations_count == 0, report
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == (
        "rtl" if language in RTL_LANGUAGES else "ltr"
    )


def assert_no_sideways_scrolling(browser, url, width=320):
    context = browser.new_context(viewport={"width": width, "height": 640})
    narrow = context.new_page()
    narrow.goto(url)
    widths = narrow.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    context.close()
    assert widths[0] <= widths[1], f"content {widths[0]} px wide in a {widths[1]} px window"
