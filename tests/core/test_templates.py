"""Public pages stay compatible with a strict Content-Security-Policy and make no
third-party requests."""

import re

from core.models import SiteLinks
from events.models import EventIndexPage, EventPage
from tests.conftest import LANGUAGES


def rendered_pages(client):
    link = SiteLinks.objects.get()
    urls = [f"/{language}/" for language in LANGUAGES] + ["/sv/finns-inte/"]
    urls += [page.url for page in link.accessibility_page.get_translations(inclusive=True)]
    urls += [page.url for page in EventIndexPage.objects.all()]
    urls += [page.url for page in EventPage.objects.filter(slug="halsa-och-valmaende-i-jarva")]
    return {url: client.get(url).content.decode() for url in urls}


def test_public_pages_have_no_inline_scripts_or_styles(client, db):
    for url, content in rendered_pages(client).items():
        # Only data blocks (schema.org JSON-LD) may be inline: browsers never run them.
        inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", content)
        assert all(tag == '<script type="application/ld+json">' for tag in inline), url
        assert not re.search(r"\sstyle=", content), url
        assert not re.search(r"\son[a-z]+=", content), url
        assert "<style" not in content, url


def test_public_pages_load_nothing_from_other_hosts(client, db):
    for url, content in rendered_pages(client).items():
        loaded = re.findall(
            r'<(?:script|img|iframe|source|video|audio)[^>]*\bsrc="([^"]+)"', content
        )
        loaded += re.findall(
            r'<link[^>]*rel="(?:stylesheet|preload|icon)"[^>]*href="([^"]+)"', content
        )
        assert loaded, url
        assert all(src.startswith("/") and not src.startswith("//") for src in loaded), url
