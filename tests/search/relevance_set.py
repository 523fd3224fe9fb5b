"""The relevance set (relevance.toml) and how the search page does on it: for each case,
where the wanted page comes among the results. Read by tests/search/test_relevance.py and
by bench/relevance.py; tests/search/test_search_page.py checks that the page shows the
results in the order ``search.query.search`` gives them."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.utils import translation
from wagtail.models import Locale

from search.query import Scope, search

CASES_FILE = Path(__file__).with_name("relevance.toml")
LANGUAGES = ("sv", "en", "ar", "fa", "so", "fi")


@dataclass(frozen=True)
class Case:
    language: str
    kind: str
    query: str
    page: str  # "<model>:<slug of the Swedish page>"


def cases():
    with CASES_FILE.open("rb") as file:
        return [Case(**case) for case in tomllib.load(file)["case"]]


def _model(name):
    return next(model for model in apps.get_models() if model.__name__ == name)


def wanted_urls(found):
    """The URL of the page each of ``found`` cases wants, in its language."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    urls = []
    for case in found:
        model_name, slug = case.page.split(":")
        source = _model(model_name).objects.get(slug=slug, locale=locales["sv"])
        urls.append(source.get_translation(locales[case.language]).url)
    return urls


def ranks(found):
    """Where the wanted page of each case comes among the results the search page shows
    (1 for first), or None when it is not on the first page of results: what
    ``search.query.search`` gives the page, without rendering it."""
    urls = wanted_urls(found)
    ranked = []
    for case, url in zip(found, urls, strict=True):
        with translation.override(case.language):
            scope = Scope(language=case.language, languages=(case.language,))
            result = search(case.query, scope)
        links = [*(promotion["url"] for promotion in result.promotions)]
        links += [item.url for item in result.results]
        ranked.append(links.index(url) + 1 if url in links else None)
    return ranked


def evaluate():
    """(case, rank) for every case."""
    found = cases()
    return list(zip(found, ranks(found), strict=True))


def scores(ranked):
    """{language or "all": (cases, share in the top three, mean reciprocal rank)}."""
    found = {}
    for key in (*LANGUAGES, "all"):
        ranks = [r for case, r in ranked if key in ("all", case.language)]
        top = sum(1 for r in ranks if r is not None and r <= 3)
        reciprocal = sum(1 / r for r in ranks if r is not None)
        found[key] = (len(ranks), top / len(ranks), reciprocal / len(ranks))
    return found


def table(ranked):
    lines = [f"{'language':10}{'cases':>6}{'P@3':>8}{'MRR':>8}"]
    for key, (count, precision, mrr) in scores(ranked).items():
        lines.append(f"{key:10}{count:6}{precision:8.2f}{mrr:8.2f}")
    return "\n".join(lines)
