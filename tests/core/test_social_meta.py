"""What a link to a public page shows when it is shared: OpenGraph and Twitter-card tags
in the page's language."""

import html
import re

import pytest

from core.navigation import OG_LOCALES
from guides.models import GuidePage
from tests.conftest import LANGUAGES, translation_of

pytestmark = pytest.mark.django_db


def meta(response):
    """(property or name, content) of every social tag, in order."""
    return [
        (key, html.unescape(content))
        for key, content in re.findall(
            r'<meta (?:property|name)="((?:og|twitter):[\w:]+)" content="([^"]*)">',
            response.content.decode(),
        )
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shared_guide_shows_its_title_summary_and_language(client, language):
    guide = translation_of(GuidePage, "starta-en-forening", language)

    tags = meta(client.get(guide.url))
    found = dict(tags)

    assert found["og:title"] == (guide.seo_title or guide.title)
    assert found["og:type"] == "article"
    assert found["og:url"] == f"http://testserver{guide.url}"
    assert found["og:locale"] == OG_LOCALES[language]
    assert found["og:description"]
    assert len(found["og:description"]) <= 200
    assert "<" not in found["og:description"]
    assert found["twitter:card"] == "summary"
    alternates = {content for key, content in tags if key == "og:locale:alternate"}
    assert alternates == {OG_LOCALES[code] for code in LANGUAGES if code != language}


def test_a_shared_search_page_names_no_search_term(client):
    tags = dict(meta(client.get("/sv/search/", {"q": "hemlig fråga"})))

    assert tags["og:url"] == "http://testserver/sv/search/"
    assert tags["og:type"] == "website"
    assert "hemlig" not in " ".join(tags.values())
