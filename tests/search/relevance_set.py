"""The relevance set (relevance.toml) and how the search page does on it: for each case,
where the wanted page comes among the results. Read by tests/search/test_relevance.py and
by bench/relevance.py."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from wagtail.models import Locale

CASES_FILE = Path(__file__).with_name("relevance.toml")
LANGUAGES = ("sv", "en", "ar", "fa", "so", "fi")
RESULT_LINK = re.compile(r'<h3 class="card__title"><a href="([^"]+)"')


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


def wanted_url(case):
    model_name, slug = case.page.split(":")
    source = _model(model_name).objects.get(slug=slug, locale__language_code="sv")
    return source.get_translation(Locale.objects.get(language_code=case.language)).url


def rank(client, case):
    """Where the wanted page comes among the search page's results (1 for first), or
    None when it is not on the first page of results."""
    response = client.get(f"/{case.language}/search/", {"q": case.query})
    assert response.status_code == 200, (case, response.status_code)
    links = RESULT_LINK.findall(response.text)
    url = wanted_url(case)
    return links.index(url) + 1 if url in links else None


def evaluate(client):
    """(case, rank) for every case."""
    return [(case, rank(client, case)) for case in cases()]


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
