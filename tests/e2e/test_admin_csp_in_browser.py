"""An editor works in the admin under its Content-Security-Policy and nothing is refused."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page

from guides.models import GuidePage
from tests.e2e.checks import assert_no_csp_violations, click_and_arrive, type_first_paragraph

# django_db: so the test database is created when this file runs alone.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "Boka en lokal för föreningen"
EDITED_TITLE = "Boka en lokal för föreningens möten"


@pytest.fixture
def superuser(committed):
    def create():
        get_user_model().objects.create_superuser(
            "e2e-csp-admin", "", "lösenord", first_name="Csp", last_name="Admin"
        )

    def remove():
        GuidePage.objects.filter(title__in=[TITLE, EDITED_TITLE]).delete()
        get_user_model().objects.filter(username="e2e-csp-admin").delete()

    committed(create)
    yield "e2e-csp-admin"
    committed(remove)


def test_an_editor_creates_edits_and_publishes_a_page_with_no_csp_violation(
    page, server_url, committed, superuser
):
    section = committed(
        lambda: Page.objects.get(slug="foreningens-ekonomi", locale__language_code="sv").pk
    )
    page.goto(f"{server_url}/admin/login/")
    page.get_by_label(re.compile("Username|Användarnamn")).fill(superuser)
    page.get_by_label(re.compile("Password|Lösenord")).fill("lösenord")
    page.get_by_role("button", name=re.compile("Sign in|Logga in")).click()
    page.wait_for_url(f"{server_url}/admin/")

    # Create: title, intro, a paragraph typed in Draftail, a setting; save a draft.
    page.goto(f"{server_url}/admin/pages/add/guides/guidepage/{section}/")
    page.locator("#id_title").fill(TITLE)
    page.get_by_label(re.compile("^(Inledning|Intro)", re.I)).fill("Så bokar föreningen en lokal.")
    page.get_by_title(re.compile("Lägg till ett block|Insert a block")).first.click()
    page.get_by_role("option", name=re.compile("Stycke|Paragraph")).click()
    type_first_paragraph(page, "Fråga stadsdelsförvaltningen om lokaler.")
    page.get_by_role("tab", name=re.compile("Inställningar|Settings")).click()
    page.locator("#id_content_owner").fill("Stadsdelsförvaltningarna")
    page.get_by_role("tab", name=re.compile("Innehåll|Content")).click()
    page.get_by_role("button", name=re.compile("^(Spara utkast|Save draft)")).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    guide_id = int(re.search(r"/pages/(\d+)/edit/", page.url).group(1))

    # The preview panel sends the draft for preview; its "new tab" link shows it.
    # Opening the panel posts the draft for preview; the link shows it once that is done.
    with page.expect_response(
        lambda response: "/preview/" in response.url and response.request.method == "POST",
        timeout=20_000,
    ):
        page.locator('[data-side-panel-toggle="preview"]').click()
    preview_link = page.get_by_role("link", name=re.compile("i ny flik|in a new tab", re.I))
    expect(preview_link).to_be_visible()
    preview = page.context.new_page()
    preview.goto(preview_link.get_attribute("href"))
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    preview.close()
    page.locator('[data-side-panel-toggle="preview"]').click()
    assert_no_csp_violations(page)

    # Edit and publish.
    page.locator("#id_title").fill(EDITED_TITLE)
    page.get_by_role("button", name=re.compile("Fler åtgärder|More actions")).click()
    click_and_arrive(
        page,
        page.get_by_role("button", name=re.compile("^(Publicera|Publish)$")),
        f"{server_url}/admin/pages/{section}/",
    )
    guide = committed(lambda: GuidePage.objects.get(pk=guide_id))
    assert guide.live
    assert guide.title == EDITED_TITLE

    # A report and a chooser.
    page.goto(f"{server_url}/admin/reports/site-history/")
    page.goto(f"{server_url}/admin/choose-page/")
    assert_no_csp_violations(page)

    # The user bar on the public page, for the signed-in editor.
    page.goto(f"{server_url}{guide.url}")
    assert page.get_by_role("heading", level=1).inner_text() == EDITED_TITLE
    page.locator("#wagtail-userbar-trigger").click()
    expect(page.get_by_role("menuitem").first).to_be_visible()

    assert_no_csp_violations(page)
