"""The relevance set: what residents type, in their language, and the page that must be
among the first three results of the search page, over the demo content on PostgreSQL.

Each case names the Swedish source page by its type and slug; the expected result is
that page's translation in the language searched.
"""

import re

import pytest

from courses.models import MentorsPage, ModulePage, ProjectPage
from events.models import EventPage
from guides.models import GuidePage
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db

CASES = [
    # Swedish, with inflected forms the stemmer brings back to the page's words.
    ("sv", "föreningar starta", GuidePage, "starta-en-forening"),
    ("sv", "föreningsbidrag", GuidePage, "soka-foreningsbidrag"),
    ("sv", "medborgarförslaget", GuidePage, "medborgarforslag"),
    ("sv", "stadgarna", GuidePage, "stadgar-for-en-ideell-forening"),
    ("sv", "årsmöte styrelsen", GuidePage, "arsmotet-och-styrelsen"),
    ("sv", "årsredovisningen", GuidePage, "revisorn-och-arsredovisningen"),
    ("sv", "bankkontot", GuidePage, "bankkonto-och-bankgiro"),
    ("sv", "stadsdelsnämnderna", GuidePage, "stadsdelsnamnden-och-stadsdelsforvaltningen"),
    ("sv", "rösta kommunalvalet", GuidePage, "rosta-i-kommunalvalet"),
    ("sv", "klagomålen", GuidePage, "lamna-synpunkter"),
    ("sv", "trygghet Tensta", EventPage, "trygghet-och-sakerhet-i-tensta"),
    ("sv", "mentorerna", MentorsPage, "mentorer"),
    ("sv", "läxhjälpen", ProjectPage, "laxhjalp-under-samma-tak"),
    # English, including plurals and an irregular plural.
    ("en", "association grants", GuidePage, "soka-foreningsbidrag"),
    ("en", "starting associations", GuidePage, "starta-en-forening"),
    ("en", "complaints", GuidePage, "lamna-synpunkter"),
    ("en", "municipal elections", GuidePage, "rosta-i-kommunalvalet"),
    ("en", "bookkeeping", GuidePage, "bokforing-och-ekonomi"),
    ("en", "young people leading", ProjectPage, "unga-leder-unga"),
    # Arabic: definite article and plural forms.
    ("ar", "منحة الجمعية", GuidePage, "soka-foreningsbidrag"),
    ("ar", "تأسيس الجمعيات", GuidePage, "starta-en-forening"),
    ("ar", "مقترحات المواطنين", GuidePage, "medborgarforslag"),
    ("ar", "المرشدين", MentorsPage, "mentorer"),
    ("ar", "مسك الدفاتر", GuidePage, "bokforing-och-ekonomi"),
    # Somali, and Swedish terms met at an office searched from the Somali site.
    ("so", "föreningsbidrag", GuidePage, "soka-foreningsbidrag"),
    ("so", "deeqda ururrada", GuidePage, "soka-foreningsbidrag"),
    ("so", "aasaas urur", GuidePage, "starta-en-forening"),
    ("so", "soo-jeedinta muwaadinka", GuidePage, "medborgarforslag"),
    ("so", "hoggaaminta", ModulePage, "ledarskap-och-eget-projekt"),
    ("so", "Tensta ammaanka", EventPage, "trygghet-och-sakerhet-i-tensta"),
]


def top_three(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return re.findall(r'<h3 class="card__title"><a href="([^"]+)"', response.text)[:3]


@pytest.mark.parametrize("language, query, model, slug", CASES)
def test_the_expected_page_is_in_the_top_three(client, language, query, model, slug):
    page = translation_of(model, slug, language)

    assert page.url in top_three(client, language, query)


def test_the_set_covers_the_four_languages_and_twenty_queries():
    assert len(CASES) >= 20
    assert {language for language, *_rest in CASES} == {"sv", "en", "ar", "so"}
