"""What the Elasticsearch backend (search/elasticsearch.py) sends, as data: each
language's analysis, the indexes' settings and mappings, the editors' synonyms as a
synonyms set, and the query for a search's plain words. Checked as data by
tests/search/test_elasticsearch.py, where no cluster runs."""

from copy import deepcopy

from django.db import DatabaseError
from modelsearch.backends.elasticsearch9 import Elasticsearch9Mapping, Elasticsearch9SearchBackend
from modelsearch.utils import deep_update

from search.backends import IRREGULAR_FORMS

# How each language's text is analysed: Elasticsearch's language analyzers, rebuilt as
# its documentation shows so that the search side can add the editors' synonyms; English
# also knows irregular plurals, Swedish splits compounds ("föreningsbidrag" is also
# indexed as "förening" and "bidrag"). Somali has no analyzer in Elasticsearch: its words
# are indexed as written, lower-cased.
LANGUAGE_CHAINS = {
    "sv": ["lowercase", "swedish_compounds", "swedish_stop", "swedish_stemmer"],
    "en": [
        "english_possessive_stemmer",
        "lowercase",
        "english_stop",
        "english_irregular_forms",
        "english_stemmer",
    ],
    "ar": ["lowercase", "decimal_digit", "arabic_stop", "arabic_normalization", "arabic_stemmer"],
    "fa": [
        "lowercase",
        "decimal_digit",
        "arabic_normalization",
        "persian_normalization",
        "persian_stop",
    ],
    "fi": ["lowercase", "finnish_stop", "finnish_stemmer"],
    "so": ["lowercase"],
}
# Languages whose analysis needs a character filter before the words are split.
CHAR_FILTERS = {"fa": ["zero_width_spaces"]}
# Objects without a language (images, documents) and languages not listed above.
DEFAULT_CHAIN = ["lowercase"]

# Every index defines the same three analyzer names, each with its own language's rules,
# so that one search can be sent to the indexes of every language at once:
TEXT_ANALYZER = "portal_text"  # what text fields are indexed with
SEARCH_ANALYZER = "portal_search"  # a search's words, with the editors' synonyms
PLAIN_ANALYZER = "portal_plain"  # a search's words without synonyms, for fuzzy matching
SYNONYMS_FILTER = "portal_synonyms"

FILTERS = {
    "english_possessive_stemmer": {"type": "stemmer", "language": "possessive_english"},
    "english_stop": {"type": "stop", "stopwords": "_english_"},
    "english_irregular_forms": {
        "type": "stemmer_override",
        "rules": [f"{form} => {bases[0]}" for form, bases in IRREGULAR_FORMS["en"].items()],
    },
    "english_stemmer": {"type": "stemmer", "language": "english"},
    "swedish_stop": {"type": "stop", "stopwords": "_swedish_"},
    "swedish_stemmer": {"type": "stemmer", "language": "swedish"},
    "arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
    "arabic_stemmer": {"type": "stemmer", "language": "arabic"},
    "persian_stop": {"type": "stop", "stopwords": "_persian_"},
    "finnish_stop": {"type": "stop", "stopwords": "_finnish_"},
    "finnish_stemmer": {"type": "stemmer", "language": "finnish"},
}
CHAR_FILTER_DEFINITIONS = {
    "zero_width_spaces": {"type": "mapping", "mappings": ["\\u200C=>\\u0020"]},
}
# Parts of Swedish compounds the decompounder knows besides the words of the content.
SWEDISH_PARTS = (
    "bidrag",
    "förening",
    "stadgar",
    "möte",
    "styrelse",
    "konto",
    "bank",
    "stad",
    "del",
    "nämnd",
    "förvaltning",
    "förslag",
    "medborgare",
    "val",
    "kommun",
    "skola",
    "forum",
    "kurs",
    "program",
    "ledare",
    "mentor",
    "projekt",
    "ekonomi",
    "revisor",
    "lokal",
)


def synonyms_set(language):
    """The name of the synonyms set of ``language`` in the cluster."""
    return f"portal-synonyms-{language}"


def chain(language):
    return LANGUAGE_CHAINS.get(language, DEFAULT_CHAIN)


def _analyzer(filters, language):
    analyzer = {"type": "custom", "tokenizer": "standard", "filter": filters}
    if language in CHAR_FILTERS:
        analyzer["char_filter"] = CHAR_FILTERS[language]
    return analyzer


def analysis(language, compound_words=()):
    """The analyzers and filters of the index of ``language`` (None: objects without a
    language); ``compound_words``: the words the Swedish decompounder splits into."""
    filters = chain(language)
    search = list(filters)
    if language in LANGUAGE_CHAINS:
        search.insert(filters.index("lowercase") + 1, SYNONYMS_FILTER)
    used = {name: FILTERS[name] for name in filters if name in FILTERS}
    if language in LANGUAGE_CHAINS:
        used[SYNONYMS_FILTER] = {
            "type": "synonym_graph",
            "synonyms_set": synonyms_set(language),
            "updateable": True,
            "lenient": True,
        }
    if "swedish_compounds" in filters:
        used["swedish_compounds"] = {
            "type": "dictionary_decompounder",
            "word_list": sorted({*SWEDISH_PARTS, *compound_words}),
            "min_subword_size": 3,
            "only_longest_match": True,
        }
    body = {
        "analyzer": {
            TEXT_ANALYZER: _analyzer(filters, language),
            SEARCH_ANALYZER: _analyzer(search, language),
            PLAIN_ANALYZER: _analyzer(filters, language),
        }
    }
    if used:  # (an empty one would replace the backend's own filters)
        body["filter"] = used
    if language in CHAR_FILTERS:
        body["char_filter"] = {
            name: CHAR_FILTER_DEFINITIONS[name] for name in CHAR_FILTERS[language]
        }
    return body


def compound_words(language):
    """The words of the content of ``language`` (search.words) that compounds are split
    into: those of three to twelve letters. None where the lexicon cannot be read."""
    from search.models import Word

    try:
        return list(
            Word.objects.filter(language=language, word__regex=r"^\w{3,12}$").values_list(
                "word", flat=True
            )
        )
    except DatabaseError:
        return []


def synonym_rules(language):
    """The editors' synonyms of ``language`` as the rules of its synonyms set."""
    from search.models import SynonymGroup

    return [
        {"id": f"group-{group.pk}", "synonyms": ", ".join(group.terms())}
        for group in SynonymGroup.objects.filter(language=language).order_by("pk")
    ]


def index_settings(language, base=None, compound_words=()):
    """The settings to create the index of ``language`` (``None``: objects without a
    language) with: modelsearch's (``base``, the backend's settings; its ngram and
    edgengram analyzers serve autocomplete) and the language's analyzers."""
    body = deepcopy(base if base is not None else Elasticsearch9SearchBackend.settings)
    deep_update(body["settings"]["analysis"], analysis(language, compound_words))
    return body


def index_mapping(model, language):
    """The mapping of ``model`` in the index of ``language``: modelsearch's, with every
    text field that has no analyzer of its own (autocomplete fields have) indexed and
    searched with the index's own (``analysis``)."""
    mapping = Elasticsearch9Mapping(model).get_mapping()
    _set_analyzer(mapping["properties"])
    return mapping


def _set_analyzer(properties):
    for field in properties.values():
        if field.get("type") == "text" and "analyzer" not in field:
            field["analyzer"] = TEXT_ANALYZER
            field["search_analyzer"] = SEARCH_ANALYZER
        if "properties" in field:  # related fields, nested
            _set_analyzer(field["properties"])


# A search matches any of its words (at least one: a page is found while any word of
# the query matches), spelt as typed or one or two letters off; pages with every word
# rank above the rest.
MINIMUM_SHOULD_MATCH = "1"
ALL_WORDS_BOOST = 4.0
FUZZY_BOOST = 0.5


def plaintext_query(query_string, fields, boost=1.0):
    """The query for a search's plain words over ``fields`` (names with their boosts)."""
    any_word = {
        "multi_match": {
            "query": query_string,
            "fields": fields,
            "operator": "or",
            "minimum_should_match": MINIMUM_SHOULD_MATCH,
        }
    }
    misspelt = {
        "multi_match": {
            "query": query_string,
            "fields": fields,
            "analyzer": PLAIN_ANALYZER,
            "fuzziness": "AUTO",
            "prefix_length": 1,
            "operator": "or",
            "minimum_should_match": MINIMUM_SHOULD_MATCH,
            "boost": FUZZY_BOOST,
        }
    }
    every_word = {
        "multi_match": {
            "query": query_string,
            "fields": fields,
            "operator": "and",
            "boost": ALL_WORDS_BOOST,
        }
    }
    query = {
        "bool": {
            "must": [{"bool": {"should": [any_word, misspelt], "minimum_should_match": 1}}],
            "should": [every_word],
        }
    }
    if boost != 1.0:
        query["bool"]["boost"] = boost
    return query
