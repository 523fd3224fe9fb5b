"""The Elasticsearch backend: one index per language with that language's analyzer, and
the database backend's results when the cluster cannot be reached.

No Elasticsearch runs where this suite usually runs. The index settings and mappings are
checked as data; the fallback runs against a closed port on this machine, which is how
a dead cluster looks to the client. The tests marked ``live_cluster`` need a real one:
they run when ELASTICSEARCH_URL is set (see "Elasticsearch" in the README)."""

import json
import logging
import os
import socket
import subprocess
import sys
from copy import deepcopy

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from django.utils.crypto import get_random_string
from wagtail.images.models import Image
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from contacts.models import CityContact
from guides.models import GuidePage
from home.models import InformationPage
from search.backends import MultilingualPostgresSearchBackend
from search.elasticsearch import (
    LanguageQueryCompiler,
    MultilingualElasticsearchBackend,
    _failures,
)
from search.elasticsearch_settings import (
    LANGUAGE_CHAINS,
    index_mapping,
    index_settings,
    synonym_rules,
)
from search.models import SynonymGroup
from tests.conftest import LANGUAGES, translation_of
from tests.factories import InformationPageFactory
from tests.search.test_search_page import titles

# Analyzers and token filters that Elasticsearch has without being told.
BUILT_IN_FILTERS = {
    "lowercase",
    "asciifolding",
    "decimal_digit",
    "arabic_normalization",
    "persian_normalization",
}

live_cluster = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs a real Elasticsearch cluster: set ELASTICSEARCH_URL",
)


def configured_backends(url):
    """WAGTAILSEARCH_BACKENDS as the portal's settings build it with ELASTICSEARCH_URL=url."""
    script = (
        "import json; from portal.settings import test; "
        "print(json.dumps(test.WAGTAILSEARCH_BACKENDS))"
    )
    output = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "ELASTICSEARCH_URL": url},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(output.stdout)


def text_analyzers(properties):
    """The analyzers of the text fields of a mapping, nested fields included."""
    found = set()
    for field in properties.values():
        if field.get("type") == "text":
            found.add(field.get("analyzer"))
        found |= text_analyzers(field.get("properties", {}))
    return found


def fallbacks(caplog):
    return [record for record in caplog.records if record.name == "search"]


# Settings and mappings, checked without a server.


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", [InformationPage, GuidePage, CityContact])
def test_each_language_index_analyses_text_with_its_language(model, language):
    mapping = index_mapping(model, language)
    analyzers = index_settings(language)["settings"]["analysis"]["analyzer"]

    # Every text field but the autocomplete ones, which keep their edge ngrams.
    assert text_analyzers(mapping["properties"]) == {"portal_text", "edgengram_analyzer"}
    assert mapping["properties"]["_all_text"]["search_analyzer"] == "portal_search"
    assert mapping["properties"]["_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert analyzers["portal_text"]["filter"] == LANGUAGE_CHAINS[language]


def test_the_english_analyzer_stems_english_and_knows_irregular_plurals():
    analysis = index_settings("en")["settings"]["analysis"]
    chain = analysis["analyzer"]["portal_text"]["filter"]
    filters = [analysis["filter"].get(name, name) for name in chain]

    stemmer = filters.index({"type": "stemmer", "language": "english"})
    override = next(
        position
        for position, definition in enumerate(filters)
        if isinstance(definition, dict) and definition["type"] == "stemmer_override"
    )
    assert "children => child" in filters[override]["rules"]
    assert override < stemmer  # an overridden word is not stemmed again
    assert "lowercase" in chain[:override]


def test_swedish_compounds_are_split_into_the_words_of_the_content_before_stemming():
    analysis = index_settings("sv", compound_words=["läxhjälp", "grupp"])["settings"]["analysis"]
    chain = analysis["analyzer"]["portal_text"]["filter"]
    decompounder = analysis["filter"]["swedish_compounds"]

    assert decompounder["type"] == "dictionary_decompounder"
    assert {"läxhjälp", "grupp", "förening", "bidrag", "stadgar"} <= set(decompounder["word_list"])
    assert chain.index("swedish_compounds") < chain.index("swedish_stemmer")
    assert chain.index("lowercase") < chain.index("swedish_compounds")
    for other in ("en", "ar", "fa", "so", "fi"):
        filters = index_settings(other)["settings"]["analysis"]["filter"].values()
        assert all(f["type"] != "dictionary_decompounder" for f in filters)


@pytest.mark.parametrize("language", LANGUAGES)
def test_searches_use_the_editors_synonyms_and_indexing_does_not(language):
    analysis = index_settings(language)["settings"]["analysis"]
    search = analysis["analyzer"]["portal_search"]["filter"]
    synonyms = analysis["filter"]["portal_synonyms"]

    assert synonyms == {
        "type": "synonym_graph",
        "synonyms_set": f"portal-synonyms-{language}",
        "updateable": True,
        "lenient": True,
    }
    assert search.index("portal_synonyms") == search.index("lowercase") + 1
    # An updateable filter is allowed only in search analyzers, and fuzzy matching gets
    # the words without synonyms.
    assert "portal_synonyms" not in analysis["analyzer"]["portal_text"]["filter"]
    assert "portal_synonyms" not in analysis["analyzer"]["portal_plain"]["filter"]


@pytest.mark.django_db
def test_the_synonyms_set_of_a_language_holds_its_groups():
    SynonymGroup.objects.all().delete()  # the demo's
    SynonymGroup.objects.create(language="sv", words="Bidrag,  pengar , stöd")
    SynonymGroup.objects.create(language="en", words="grant, money")

    rules = synonym_rules("sv")

    assert [rule["synonyms"] for rule in rules] == ["bidrag, pengar, stöd"]
    assert rules[0]["id"].startswith("group-")


def test_a_search_matches_any_word_misspelt_or_not_and_ranks_every_word_first():
    compiler = LanguageQueryCompiler(Page.objects.all(), "stadgr för föreningen")

    query = compiler.get_inner_query()

    (must,) = query["bool"]["must"]
    exact, fuzzy = must["bool"]["should"]
    assert must["bool"]["minimum_should_match"] == 1
    assert exact["multi_match"]["operator"] == "or"
    assert exact["multi_match"]["minimum_should_match"] == "1"
    assert fuzzy["multi_match"]["fuzziness"] == "AUTO"
    assert fuzzy["multi_match"]["analyzer"] == "portal_plain"
    (every_word,) = query["bool"]["should"]
    assert every_word["multi_match"]["operator"] == "and"
    assert every_word["multi_match"]["boost"] > 1
    assert exact["multi_match"]["query"] == "stadgr för föreningen"


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_every_index_defines_what_its_mapping_uses_and_keeps_autocomplete(language):
    analysis = index_settings(language)["settings"]["analysis"]
    model = Image if language is None else InformationPage

    used = text_analyzers(index_mapping(model, language)["properties"])
    assert used <= analysis["analyzer"].keys()
    assert {"ngram_analyzer", "edgengram_analyzer", "portal_plain"} <= analysis["analyzer"].keys()
    for analyzer in analysis["analyzer"].values():
        assert set(analyzer["filter"]) <= BUILT_IN_FILTERS | analysis["filter"].keys()
        assert set(analyzer.get("char_filter", [])) <= analysis.get("char_filter", {}).keys()


def test_index_settings_keep_the_backends_own_settings():
    backend = MultilingualElasticsearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_SETTINGS": {"settings": {"number_of_shards": 1}}}
    )

    body = index_settings("sv", backend.settings)

    assert body["settings"]["number_of_shards"] == 1
    assert body["settings"]["index"]["max_ngram_diff"] == 12


def test_pages_and_contacts_get_an_index_per_language_and_images_one():
    backend = MultilingualElasticsearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "portal-"}
    )

    pages = backend.get_index_for_model(GuidePage)
    contacts = backend.get_index_for_model(CityContact)
    images = backend.get_index_for_model(Image)

    assert {language: index.name for language, index in pages.parts.items()} == {
        language: f"portal-wagtailcore_page-{language}" for language in LANGUAGES
    }
    assert {index.language for index in contacts.parts.values()} == set(LANGUAGES)
    assert [index.name for index in images.parts.values()] == ["portal-wagtailimages_image"]


def test_every_content_language_has_an_analyzer():
    assert LANGUAGE_CHAINS.keys() == {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def test_elasticsearch_url_makes_elasticsearch_the_default_beside_the_database():
    backends = configured_backends("http://search.example:9200")

    default, database = backends["default"], backends["database"]
    assert default["BACKEND"] == "search.elasticsearch"
    assert default["URLS"] == ["http://search.example:9200"]
    assert default["FALLBACK"] == "database"
    assert database["BACKEND"] == "search.backends"
    # Both are kept up to date when a page is saved.
    assert default.get("AUTO_UPDATE", True) and database.get("AUTO_UPDATE", True)


# A cluster that cannot be reached: a closed port on this machine.


@pytest.fixture(scope="module")
def backends_with_elasticsearch():
    return configured_backends("http://elasticsearch.invalid:9200")


@pytest.fixture
def cluster_down(db, backends_with_elasticsearch, caplog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens once the probe is closed
    backends = deepcopy(backends_with_elasticsearch)
    backends["default"]["URLS"] = [f"http://127.0.0.1:{port}"]
    caplog.set_level(logging.WARNING, logger="search")
    _failures.clear()  # a port may come again: no failure remembered from another test
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        backend = get_search_backend()
        assert isinstance(backend, MultilingualElasticsearchBackend)
        assert isinstance(backend.fallback(), MultilingualPostgresSearchBackend)
        yield backend


def swedish_pages():
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="sv"))


def test_the_search_page_shows_results_from_the_database_when_the_cluster_is_down(
    client, cluster_down, caplog
):
    guide = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")

    response = client.get("/sv/search/", {"q": "föreningar starta"})

    assert response.status_code == 200
    assert guide.title in titles(response)[:3]
    assert "database" in fallbacks(caplog)[0].getMessage()


def test_a_search_finds_what_the_database_backend_finds_when_the_cluster_is_down(
    cluster_down, home_pages, caplog
):
    page = InformationPageFactory(parent=home_pages["sv"], title="Så startar du en förening")

    with translation.override("sv"):
        results = swedish_pages().search("föreningar")
        expected = swedish_pages().search("föreningar", backend="database")
        count = results.count()
        found = [result.pk for result in results]
        assert count == len(found)
        assert set(found) == {result.pk for result in expected}
    assert page.pk in found
    assert fallbacks(caplog)


def test_after_a_failure_searches_skip_the_cluster_for_a_while(cluster_down, caplog):
    with translation.override("sv"):
        for _attempt in range(3):
            assert list(swedish_pages().search("föreningar"))

    assert len(fallbacks(caplog)) == 1  # the other two did not wait for the cluster


def test_without_a_pause_every_search_tries_the_cluster_again(cluster_down, caplog):
    settings.WAGTAILSEARCH_BACKENDS["default"]["RETRY_AFTER"] = 0

    with translation.override("sv"):
        for _attempt in range(3):
            assert list(swedish_pages().search("föreningar"))

    assert len(fallbacks(caplog)) == 3


def test_a_fallback_search_keeps_the_language_it_was_made_in(cluster_down, home_pages):
    page = InformationPageFactory(parent=home_pages["sv"], title="Så startar du en förening")

    with translation.override("sv"):
        results = swedish_pages().filter(pk=page.pk).search("föreningar")
    # Read later, under a language without Swedish stemming, it still finds the page.
    with translation.override("so"):
        assert [result.pk for result in results] == [page.pk]


def test_autocomplete_falls_back_to_the_database_when_the_cluster_is_down(
    cluster_down, home_pages, caplog
):
    page = InformationPageFactory(parent=home_pages["sv"], title="Föreningsstämma i Rinkeby")

    with translation.override("sv"):
        results = swedish_pages().autocomplete("Föreningsstäm")
        expected = swedish_pages().autocomplete("Föreningsstäm", backend="database")
        found = {result.pk for result in results}
        assert found == {result.pk for result in expected}
    assert page.pk in found
    assert fallbacks(caplog)


def test_publishing_a_page_works_when_the_cluster_is_down(client, cluster_down, home_pages, caplog):
    page = InformationPageFactory(parent=home_pages["sv"], title="Informationsträff")

    page.title = "Föreningen Blåmesen söker medlemmar"
    page.save_revision().publish()

    assert any("not updated there" in record.getMessage() for record in fallbacks(caplog))
    with translation.override("sv"):
        found = swedish_pages().search("blåmesen föreningar", operator="and", backend="database")
        assert [result.pk for result in found] == [page.pk]
    response = client.get("/sv/search/", {"q": "Blåmesen"})
    assert page.title in titles(response)


def test_deleting_a_page_works_when_the_cluster_is_down(cluster_down, home_pages, caplog):
    page = InformationPageFactory(parent=home_pages["sv"], title="Tillfällig sida om Blåmesen")

    page.delete()

    assert not Page.objects.filter(pk=page.pk).exists()
    assert any("not updated there" in record.getMessage() for record in fallbacks(caplog))


# A real cluster: run with ELASTICSEARCH_URL set (see the README).


@pytest.fixture
def cluster(db, caplog):
    """The portal's Elasticsearch configuration with indexes of its own, created empty
    by update_index and deleted afterwards."""
    prefix = f"portal-test-{get_random_string(8).lower()}-"
    backends = configured_backends(os.environ["ELASTICSEARCH_URL"])
    backends["default"]["INDEX_PREFIX"] = prefix
    caplog.set_level(logging.WARNING, logger="search")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        backend = get_search_backend()
        try:
            call_command("update_index", backend_name="default", schema_only=True, verbosity=0)
            yield backend
        finally:
            for name in backend.es.indices.get(index=f"{prefix}*").body:
                backend.es.indices.delete(index=name)


def indexed_page(backend, home, title):
    page = InformationPageFactory(parent=home, title=title)
    backend.add(page)
    backend.refresh_indexes()
    return page


def found(backend, words, language, page):
    with translation.override(language):
        pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language))
        return page.pk in [result.pk for result in backend.search(words, pages)]


def tokens(backend, index, analyzer, text):
    analysed = backend.es.indices.analyze(index=index, analyzer=analyzer, text=text)
    return [token["token"] for token in analysed["tokens"]]


@live_cluster
def test_update_index_fills_an_index_per_language_with_its_analyzer(cluster, caplog):
    call_command("update_index", backend_name="default", verbosity=0)

    es, prefix = cluster.es, cluster.index_prefix
    guides = {
        language: translation_of(GuidePage, "soka-foreningsbidrag", language)
        for language in LANGUAGES
    }
    for language in LANGUAGES:
        index = f"{prefix}wagtailcore_page-{language}"
        (mapping,) = es.indices.get_mapping(index=index).body.values()
        assert mapping["mappings"]["properties"]["title"]["analyzer"] == "portal_text"
        assert es.exists(index=index, id=str(guides[language].pk))
        if language != "sv":
            assert not es.exists(index=f"{prefix}wagtailcore_page-sv", id=str(guides[language].pk))
    english = f"{prefix}wagtailcore_page-en"
    assert tokens(cluster, english, "portal_text", "children") == ["child"]
    swedish = f"{prefix}wagtailcore_page-sv"
    assert tokens(cluster, swedish, "portal_text", "föreningen") == tokens(
        cluster, swedish, "portal_text", "föreningar"
    )
    assert {"förening", "bidrag"} <= set(tokens(cluster, swedish, "portal_text", "föreningsbidrag"))
    assert not fallbacks(caplog)


@live_cluster
def test_swedish_inflections_find_a_swedish_page(cluster, home_pages, caplog):
    page = indexed_page(cluster, home_pages["sv"], "Så arbetar föreningen med bidrag")

    assert found(cluster, "föreningar", "sv", page)
    assert found(cluster, "förening", "sv", page)
    assert not fallbacks(caplog)


@live_cluster
def test_english_searches_know_plurals_and_irregular_plurals(cluster, home_pages, caplog):
    child = indexed_page(cluster, home_pages["en"], "Support for your child and childcare")
    grants = indexed_page(cluster, home_pages["en"], "Grants for a local association")

    assert found(cluster, "children", "en", child)
    assert found(cluster, "child", "en", child)
    assert found(cluster, "associations grant", "en", grants)
    assert not fallbacks(caplog)


@live_cluster
def test_each_page_is_matched_with_its_own_language(cluster, home_pages, caplog):
    """The English stemmer makes "running" "run"; the Swedish one leaves it alone."""
    english = indexed_page(cluster, home_pages["en"], "Running a meeting")
    swedish = indexed_page(cluster, home_pages["sv"], "Running en träff")

    assert found(cluster, "run", "en", english)
    assert not found(cluster, "run", "sv", swedish)
    assert not fallbacks(caplog)


@live_cluster
def test_somali_is_matched_as_written_or_one_or_two_letters_off(cluster, home_pages, caplog):
    page = indexed_page(cluster, home_pages["so"], "Sida loo aasaaso urur")

    assert found(cluster, "urur", "so", page)
    assert found(cluster, "ururka", "so", page)  # two letters more: fuzzy
    assert not found(cluster, "dugsiyada", "so", page)
    assert not fallbacks(caplog)


@live_cluster
def test_the_search_page_answers_from_elasticsearch(client, cluster, caplog):
    call_command("update_index", backend_name="default", verbosity=0)
    guide = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")

    response = client.get("/sv/search/", {"q": "föreningar starta"})

    assert guide.title in titles(response)
    assert not fallbacks(caplog)
