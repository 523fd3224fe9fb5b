import re

import pytest
from django.db.models import F
from django.utils.timezone import localtime
from wagtail.models import Page

from core.models import NavigationVersion, SiteLinks
from home.models import InformationPage
from tests.conftest import LANGUAGES
from tests.factories import InformationPageFactory


def footer(content):
    return re.search(r'<footer class="site-footer">.*?</footer>', content, re.S).group(0)


def accessibility_pages():
    link = SiteLinks.objects.get()
    return {
        page.locale.language_code: page
        for page in InformationPage.objects.filter(
            translation_key=link.accessibility_page.translation_key
        ).select_related("locale")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_on_a_translated_page_links_to_its_translations(client, db, language):
    pages = accessibility_pages()
    content = client.get(pages[language].url).content.decode()

    for code, page in pages.items():
        assert f'<a href="{page.url}" lang="{code}" hreflang="{code}"' in content
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{page.url}">' in (
            content
        )


def test_a_language_without_a_translation_gets_the_swedish_page_with_a_note(client, home_pages):
    page = InformationPageFactory(parent=home_pages["sv"], slug="bara-svenska")
    content = client.get("/sv/bara-svenska/").content.decode()

    assert '<a href="/sv/bara-svenska/" lang="sv" hreflang="sv" aria-current="true">' in content
    assert '<a href="/sv/bara-svenska/?untranslated=ar" lang="ar" hreflang="sv">' in content
    assert content.count('rel="alternate"') == 1
    assert "Den här sidan finns inte" not in content  # no note for the page's own language
    assert page.get_translations().count() == 0

    arabic = client.get("/sv/bara-svenska/?untranslated=ar").content.decode()
    somali = client.get("/sv/bara-svenska/?untranslated=so").content.decode()

    assert '<div class="notice" role="note" lang="ar" dir="rtl">' in arabic
    assert "لم تُترجَم هذه الصفحة إلى العربية بعد." in arabic
    assert "أنت تقرؤها باللغة السويدية." in arabic
    assert '<a href="/ar/" hreflang="ar">' in arabic
    assert '<div class="notice" role="note" lang="so" dir="ltr">' in somali
    assert "Boggan weli laguma turjumin af-Soomaali." in somali
    assert '<a href="/so/" hreflang="so">' in somali
    assert '<html lang="sv" dir="ltr">' in somali  # the page stays the Swedish page


@pytest.mark.parametrize("value", ["sv", "xx", "", "so%00", "<script>", "ar" * 100])
def test_an_untranslated_note_for_no_other_language_is_simply_left_out(client, db, value):
    response = client.get("/sv/", {"untranslated": value})

    assert response.status_code == 200
    assert 'role="note"' not in response.text


def test_only_a_page_offered_in_english_or_swedish_has_the_note(client, db):
    # The language links offer English or Swedish: an Arabic page is no one's fallback.
    assert 'role="note"' not in client.get("/ar/", {"untranslated": "so"}).text
    assert 'role="note"' in client.get("/en/", {"untranslated": "so"}).text


def test_a_page_in_english_is_offered_before_the_swedish_one(client, home_pages):
    pages = accessibility_pages()
    finnish = pages.pop("fi")
    finnish.unpublish()

    content = client.get(pages["sv"].url).content.decode()
    english = client.get(f"{pages['en'].url}?untranslated=fi").content.decode()

    assert f'<a href="{pages["en"].url}?untranslated=fi" lang="fi" hreflang="en">' in content
    assert "Tätä sivua ei ole vielä käännetty suomeksi. Luet sitä englanniksi." in english
    assert '<div class="notice" role="note" lang="fi" dir="ltr">' in english


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_links_to_the_statement_and_privacy_notice_in_the_readers_language(
    client, locales, language
):
    content = footer(client.get(f"/{language}/").content.decode())
    links = SiteLinks.objects.get()
    for chosen in (links.accessibility_page, links.privacy_page):
        translated = chosen.get_translation(locales[language])
        assert f'<a href="{translated.url}">{translated.title}</a>' in content


def test_breadcrumbs_lead_home_through_each_ancestor(client, home_pages):
    parent = InformationPageFactory(parent=home_pages["sv"], slug="om", title="Om oss")
    InformationPageFactory(parent=parent, slug="team", title="Vårt team")
    content = client.get("/sv/om/team/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', content, re.S).group(0)

    assert re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', crumbs) == [
        ("/sv/", "Hem"),
        ("/sv/om/", "Om oss"),
        ("/sv/om/team/", "Vårt team"),
    ]
    assert 'aria-current="page">Vårt team' in crumbs


def test_main_navigation_lists_menu_pages_and_marks_the_current_section(client, home_pages):
    InformationPageFactory(
        parent=home_pages["sv"], slug="guider", title="Guider", show_in_menus=True
    )
    hidden = InformationPageFactory(parent=home_pages["sv"], slug="dold", title="Dold")
    content = client.get("/sv/guider/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', content, re.S).group(0)

    assert '<a href="/sv/guider/" aria-current="page">Guider</a>' in nav
    assert hidden.title not in nav


def test_information_page_shows_intro_body_and_last_updated_date(client, db):
    page = accessibility_pages()["sv"]
    content = client.get(page.url).content.decode()

    assert f'<p class="lead">{page.intro}</p>' in content
    assert '<h2 id="hur-tillgänglig-är-webbplatsen">Hur tillgänglig är webbplatsen?</h2>' in content
    assert "Digg" in content
    published = localtime(page.last_published_at).isoformat(timespec="seconds")
    assert f'<p class="last-updated">Senast uppdaterad: <time datetime="{published}">' in content


def test_publishing_a_menu_page_updates_the_cached_menu_at_once(client, home_pages):
    client.get("/sv/")  # warm the navigation cache
    page = InformationPage(title="Föreningar", slug="foreningar", show_in_menus=True)
    home_pages["sv"].add_child(instance=page)
    page.save_revision().publish()

    assert '<a href="/sv/foreningar/">Föreningar</a>' in client.get("/sv/").content.decode()

    page.unpublish()
    assert "/sv/foreningar/" not in client.get("/sv/").content.decode()


def test_a_publish_in_another_server_process_reaches_this_ones_cache(client, home_pages):
    page = InformationPage(title="Föreningar", slug="foreningar", show_in_menus=True)
    home_pages["sv"].add_child(instance=page)
    page.save_revision().publish()
    client.get("/sv/")  # this process now caches the menu

    # Another process renames the page: its signal bumps the shared version in
    # the database, but this process's cache never hears of it.
    Page.objects.filter(id=page.id).update(title="Stöd till föreningar")
    NavigationVersion.objects.filter(pk=1).update(number=F("number") + 1)

    assert (
        '<a href="/sv/foreningar/">Stöd till föreningar</a>' in client.get("/sv/").content.decode()
    )
