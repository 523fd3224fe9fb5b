"""Time the public pages, warm cache, against PostgreSQL, then search (bench/search.py).
Timings live here, never in tests.

make bench
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.test import Client  # noqa: E402

from bench.demo_database import demo_database  # noqa: E402
from bench.search import search_benchmark  # noqa: E402
from contacts.models import ContactFinderPage  # noqa: E402
from core.models import SiteLinks  # noqa: E402
from guides.models import (  # noqa: E402
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePathsPage,
    OrganisationPage,
)

ROUNDS = 50


def main():
    with demo_database():
        link = SiteLinks.objects.get()
        urls = [f"/{code}/" for code in ("sv", "en", "ar", "fa", "so", "fi")]
        urls += [page.url for page in link.accessibility_page.get_translations(inclusive=True)]
        models = (GuideIndexPage, GuidePage, EasyReadPage, OrganisationPage, InfluencePathsPage)
        for model in models:
            for language in ("sv", "ar"):
                page = model.objects.live().filter(locale__language_code=language).first()
                if page is not None:
                    urls.append(page.url)
        for language in ("sv", "ar"):
            finder = ContactFinderPage.objects.get(locale__language_code=language)
            urls.append(f"{finder.url}?district=jarva&topic=foreningsbidrag")
        urls.append("/sitemap.xml")
        client = Client()
        width = max(len(url) for url in urls) + 2
        print(f"{'page':{width}} {'median ms':>10} {'p95 ms':>8}")
        for url in urls:
            client.get(url)
            samples = []
            for _round in range(ROUNDS):
                start = time.perf_counter()
                response = client.get(url)
                samples.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, url
            samples.sort()
            p95 = samples[int(len(samples) * 0.95) - 1]
            print(f"{url:{width}} {statistics.median(samples):10.1f} {p95:8.1f}")
        # Last: it adds ten thousand pages to the database.
        search_benchmark()


if __name__ == "__main__":
    main()
