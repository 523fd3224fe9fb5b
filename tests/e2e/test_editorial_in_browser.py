"""An editor writes a guide and submits it; a moderator previews and approves it;
residents read it. The admin works under its Content-Security-Policy throughout: nothing
the editor or the moderator does is refused."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Page

from editorial import roles
from guides.models import GuidePage
from tests.e2e.checks import (
    assert_no_csp_violations,
    click_and_arrive,
    type_first_paragraph,
    watched_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.heavy]

TITLE = "Låna utrustning till föreningen"


def sign_in(page, server_url, username):
    page.goto(f"{server_url}/admin/login/")
    page.get_by_label(re.compile("Username|Användarnamn")).fill(username)
    page.get_by_label(re.compile("Password|Lösenord")).fill("lösenord")
    page.get_by_role("button", name=re.compile("Sign in|Logga in")).click()
    page.wait_for_url(f"{server_url}/admin/")


@pytest.fixture
def no_autosave(settings):
    """Wagtail saves drafts by itself while an editor types, and refreshes the preview,
    on timers in the browser. This test is about moderation: with them on, what the
    editor's submit finds depends on how far a background request has come. The server
    thread reads the settings per request."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_AUTO_UPDATE_PREVIEW_INTERVAL = 0


@pytest.fixture
def accounts(committed):
    def create():
        User = get_user_model()
        for username, group in (
            ("e2e-redaktor", roles.EDITORS),
            ("e2e-moderator", roles.MODERATORS),
        ):
            user = User.objects.create_user(username, password="lösenord")
            user.groups.add(Group.objects.get(name=group))

    def remove():
        GuidePage.objects.filter(title=TITLE).delete()
        get_user_model().objects.filter(username__startswith="e2e-").delete()

    committed(create)
    yield
    committed(remove)


def test_an_editor_submits_a_guide_a_moderator_approves_it_and_it_is_public(
    browser, server_url, committed, accounts, no_autosave
):
    section = committed(
        lambda: Page.objects.get(slug="foreningens-ekonomi", locale__language_code="sv").pk
    )
    # The editor, in the admin in Swedish as every new account is.
    editor = watched_page(browser)
    sign_in(editor, server_url, "e2e-redaktor")
    editor.goto(f"{server_url}/admin/pages/add/guides/guidepage/{section}/")
    editor.locator("#id_title").fill(TITLE)
    editor.get_by_label(re.compile("^Inledning", re.I)).fill(
        "Så lånar föreningen utrustning av staden."
    )
    editor.get_by_title("Lägg till ett block").first.click()
    editor.get_by_role("option", name="Stycke").click()
    type_first_paragraph(editor, "Fråga din stadsdelsförvaltning vad ni kan låna.")
    editor.get_by_role("tab", name="Inställningar").click()
    editor.locator("#id_content_owner").fill("Stadsdelsförvaltningarna")
    editor.get_by_role("button", name="Fler åtgärder").click()
    assert editor.get_by_role("button", name=re.compile("^Publicera")).count() == 0
    click_and_arrive(
        editor,
        editor.get_by_role("button", name="Lämna in till Moderators approval"),
        f"{server_url}/admin/pages/{section}/",
    )
    assert "inlämnad för moderering" in editor.locator(".messages").inner_text()
    assert_no_csp_violations(editor)

    guide = committed(lambda: GuidePage.objects.get(title=TITLE))
    assert not guide.live
    public_url = f"{server_url}{guide.url}"
    assert browser.new_page().goto(public_url).status == 404

    moderator = watched_page(browser)
    sign_in(moderator, server_url, "e2e-moderator")
    # The dashboard lists what waits for the moderator's review.
    moderator.get_by_role("link", name=TITLE).first.click()
    moderator.wait_for_url(f"{server_url}/admin/pages/{guide.pk}/edit/")
    # The moderator reads what they approve: the body the editor wrote is on the form,
    # and the preview panel shows the page as residents would see it.
    expect(moderator.locator("[data-contentpath=body]")).to_contain_text(
        "Fråga din stadsdelsförvaltning vad ni kan låna."
    )
    moderator.locator('[data-side-panel-toggle="preview"]').click()
    shown = moderator.frame_locator("#w-preview-iframe")
    expect(shown.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=20_000)
    expect(shown.locator("main")).to_contain_text("Fråga din stadsdelsförvaltning vad ni kan låna.")
    moderator.locator('[data-side-panel-toggle="preview"]').click()
    moderator.get_by_role("button", name="Fler åtgärder").click()
    click_and_arrive(
        moderator,
        moderator.get_by_role("button", name="Godkänn och Publicera", exact=True),
        f"{server_url}/admin/pages/{section}/",
    )

    reader = browser.new_page()
    response = reader.goto(public_url)
    assert response.status == 200
    assert reader.get_by_role("heading", level=1).inner_text() == TITLE
    assert "Fråga din stadsdelsförvaltning vad ni kan låna." in reader.locator("main").inner_text()

    # A report and a chooser; then the public page with the user bar of staff signed in.
    moderator.goto(f"{server_url}/admin/reports/site-history/")
    expect(moderator.get_by_role("table")).to_contain_text(TITLE)
    moderator.goto(f"{server_url}/admin/choose-page/")
    moderator.goto(public_url)
    moderator.locator("#wagtail-userbar-trigger").click()
    expect(moderator.get_by_role("menuitem").first).to_be_visible()
    assert_no_csp_violations(moderator)
