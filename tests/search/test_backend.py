"""The multilingual PostgreSQL search backend: each page is indexed and searched with
its own language's text search configuration."""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from contacts.models import CityContact
from guides.models import GuidePage
from search.backends import MultilingualPostgresSearchBackend
from tests.conftest import translation_of
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend():
    backend = get_search_backend()
    assert isinstance(backend, MultilingualPostgresSearchBackend)
    return backend


@pytest.fixture
def simple_backend():
    """The same index searched the way Wagtail does out of the box: one configuration,
    here the unstemmed ``simple`` one, for every language."""
    configs = dict.fromkeys(("sv", "en", "ar", "fi", "fa", "so"), "simple")
    return MultilingualPostgresSearchBackend({"LANGUAGE_CONFIGS": configs})


def indexed_page(backend, home, title):
    page = InformationPageFactory(parent=home, title=title)
    backend.add(page)
    return page


def found(backend, words, language, page):
    with translation.override(language):
        pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language))
        return page.pk in [result.pk for result in backend.search(words, pages)]


@pytest.mark.parametrize("words", ["förening", "föreningen", "föreningar", "föreningarna"])
def test_swedish_inflections_find_the_same_swedish_page(backend, home_pages, words):
    page = indexed_page(backend, home_pages["sv"], "Så startar du en förening")

    assert found(backend, words, "sv", page)


def test_without_swedish_stemming_an_inflected_form_is_missed(backend, simple_backend, home_pages):
    page = indexed_page(backend, home_pages["sv"], "Så startar du en förening")

    assert found(backend, "föreningar", "sv", page)
    assert not found(simple_backend, "föreningar", "sv", page)


@pytest.mark.parametrize(
    "title, words",
    [
        ("Lämna ett medborgarförslag", "medborgarförslaget"),
        ("Så går årsmötet till", "årsmöte"),
        ("Öppna ett bankkonto", "bankkontot"),
        ("Bidraget till din förening", "bidrag"),
    ],
)
def test_swedish_definite_and_indefinite_forms_find_each_other(backend, home_pages, title, words):
    # The Swedish stemmer leaves "-et" and "-t" alone: "förslaget" is not "förslag" to it.
    page = indexed_page(backend, home_pages["sv"], title)

    assert found(backend, words, "sv", page)


@pytest.mark.parametrize("words", ["child", "children", "childcare"])
def test_english_searches_find_an_english_page_by_its_base_form(backend, home_pages, words):
    page = indexed_page(backend, home_pages["en"], "Support for your child and childcare")

    assert found(backend, words, "en", page)


def test_without_english_stemming_plural_and_irregular_forms_are_missed(
    backend, simple_backend, home_pages
):
    page = indexed_page(backend, home_pages["en"], "Grants for a local association")

    assert found(backend, "associations grant", "en", page)
    assert not found(simple_backend, "associations grant", "en", page)


def test_each_page_is_indexed_with_its_own_language(backend, home_pages):
    """The English stemmer makes "running" "run"; the Swedish one leaves it alone."""
    english = indexed_page(backend, home_pages["en"], "Running a meeting")
    swedish = indexed_page(backend, home_pages["sv"], "Running en träff")

    assert found(backend, "run", "en", english)
    assert not found(backend, "run", "sv", swedish)


def test_arabic_and_finnish_are_stemmed_and_somali_is_matched_as_written(backend, home_pages):
    arabic = indexed_page(backend, home_pages["ar"], "الجمعيات في ستوكهولم")
    finnish = indexed_page(backend, home_pages["fi"], "Yhdistyksen perustaminen")
    somali = indexed_page(backend, home_pages["so"], "Sida loo aasaaso urur")

    assert found(backend, "جمعية", "ar", arabic)  # "association", no article, singular
    assert found(backend, "yhdistyksessä", "fi", finnish)  # "in the association"
    assert found(backend, "urur", "so", somali)
    assert not found(backend, "ururka", "so", somali)


def test_a_search_keeps_the_language_it_was_made_in(backend, home_pages):
    page = indexed_page(backend, home_pages["sv"], "Så startar du en förening")

    with translation.override("sv"):
        results = backend.search("föreningar", Page.objects.filter(pk=page.pk))
    # Evaluated later, under another language, it still parses the words as Swedish.
    with translation.override("so"):
        assert [result.pk for result in results] == [page.pk]


def test_a_swedish_term_finds_the_somali_grants_guide(backend):
    """Guides carry their Swedish topic names in every language, so a word met at an
    office works on the Somali site too."""
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "so")
    backend.add(guide)

    assert found(backend, "föreningsbidrag", "so", guide)


def test_city_contacts_are_searchable_in_their_language(backend):
    contact = CityContact.objects.get(reference="kontaktcenter", locale__language_code="en")
    backend.add(contact)

    with translation.override("en"):
        results = backend.search(contact.name, CityContact.objects.filter(locale=contact.locale))
        assert contact in list(results)
