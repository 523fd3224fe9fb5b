import re

import pytest

from tests.conftest import LANGUAGES, RTL_LANGUAGES

NAMES = {
    "sv": "Svenska",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "so": "Soomaali",
    "fi": "Suomi",
}


def html_tag(content):
    return re.search(r"<html[^>]*>", content).group(0)


def switcher_links(content):
    nav = re.search(r'<details class="language-switcher".*?</details>', content, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)</a>', nav)


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_its_language_and_direction(client, home_pages, language):
    home = home_pages[language]
    response = client.get(f"/{language}/")
    content = response.content.decode()

    assert response.status_code == 200
    assert response.context["page"].id == home.id
    tag = html_tag(content)
    assert f'lang="{language}"' in tag
    assert f'dir="{"rtl" if language in RTL_LANGUAGES else "ltr"}"' in tag
    assert f"<title>{home.seo_title or home.title} – " in content  # noqa: RUF001
    assert f"<h1>{home.title}</h1>" in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_names_every_language_in_its_own_language(client, db, language):
    content = client.get(f"/{language}/").content.decode()
    links = switcher_links(content)

    assert [(code, name) for _url, code, _hreflang, name in links] == list(NAMES.items())
    assert all(code == hreflang for _url, code, hreflang, _name in links)
    assert [url for url, *_ in links] == [f"/{code}/" for code in NAMES]
    assert f'hreflang="{language}" aria-current="true"' in content


def test_home_translations_are_wagtail_localize_translations_of_the_swedish_home(home_pages):
    keys = {page.translation_key for page in home_pages.values()}

    assert sorted(home_pages) == sorted(LANGUAGES)
    assert len(keys) == 1
    assert home_pages["ar"].title != home_pages["sv"].title
