"""The page budgets every public page must keep: SQL queries and page weight."""

import gzip
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteLinks
from tests.conftest import LANGUAGES

MAX_QUERIES = 12
MAX_GZIPPED_BYTES = 40 * 1024


def public_urls():
    link = SiteLinks.objects.get()
    urls = [f"/{language}/" for language in LANGUAGES]
    for chosen in (link.accessibility_page, link.privacy_page):
        urls += [page.url for page in chosen.get_translations(inclusive=True)]
    return urls


def warm_query_count(client, url, status=200):
    client.get(url)  # warms the navigation and site-root caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status
    return len(queries)


# Pinned: a change in these numbers is a change in behaviour worth a look. Swedish is
# the site root; other languages pay one query to find their translation of it.
EXPECTED_QUERIES = {"home": (7, 8), "information": (8, 9), "not-found": (6, 7)}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def expected(kind, url):
    swedish, other = EXPECTED_QUERIES[kind]
    return swedish if url.startswith("/sv/") else other


@pytest.mark.parametrize("kind", ["home", "information", "not-found"])
def test_public_pages_stay_within_the_query_budget(client, db, kind):
    if kind == "home":
        urls = [f"/{language}/" for language in LANGUAGES]
    elif kind == "information":
        urls = [url for url in public_urls() if url.count("/") > 2]
    else:
        urls = [f"/{language}/finns-inte/" for language in LANGUAGES]
    counts = {
        url: warm_query_count(client, url, 404 if kind == "not-found" else 200) for url in urls
    }

    assert counts == {url: expected(kind, url) for url in urls}
    assert max(counts.values()) <= MAX_QUERIES


def test_every_public_page_weighs_under_40_kb_gzipped_with_its_css_and_js(client, db):
    for url in public_urls():
        html = client.get(url).content
        assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
        assert assets, url
        total = len(gzip.compress(html))
        for asset in assets:
            response = client.get(asset.decode())
            body = b"".join(response.streaming_content) if response.streaming else response.content
            total += len(gzip.compress(body))
        assert total <= MAX_GZIPPED_BYTES, f"{url}: {total} bytes gzipped"
