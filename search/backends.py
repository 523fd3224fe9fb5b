"""Search that analyses every page with its own language's rules.

Wagtail's database backend stems the whole site with one PostgreSQL text search
configuration. Here each object is indexed with the configuration of its locale
(Swedish with ``swedish``, Somali with ``simple`` …) and each search is parsed with
the configuration of the language active when the search is made, so a search
in one language should be limited to that language's pages (``locale``) and run
under ``translation.override`` for any other language.

Configure it with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``:
on PostgreSQL it is the multilingual backend below; on any other database (SQLite,
the zero-setup default) it is Wagtail's own database backend, best effort.
"""

import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.translation import get_language
from modelcluster.fields import ParentalManyToManyField
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.index import RelatedFields
from modelsearch.query import Fuzzy, MatchAll, Not, PlainText
from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from search.words import add_words, forget_words

# PostgreSQL text search configurations by language code. Persian and Somali have no
# stemmer in PostgreSQL: their words are indexed as written, lower-cased.
LANGUAGE_CONFIGS = {
    "sv": "swedish",
    "en": "english",
    "ar": "arabic",
    "fi": "finnish",
    "fa": "simple",
    "so": "simple",
}


# Word forms a language's stemmer does not bring back to their base form, by language:
# searched for, each also matches its base forms.
IRREGULAR_FORMS = {
    "en": {
        "children": ("child",),
        "people": ("person",),
        "men": ("man",),
        "women": ("woman",),
    },
}


VOWELS = set("aeiouyåäö")


def swedish_definite_forms(word):
    """The other of a Swedish word's indefinite and definite singular forms, where the
    Swedish stemmer leaves the ending alone: "förslaget" and "förslag", "årsmötet" and
    "årsmöte", "kontot" and "konto"."""
    if len(word) < 4:
        return ()
    forms = []
    if word.endswith("et"):
        forms.append(word[:-2])  # förslaget, årsmötet
    elif word[-1] == "t" and word[-2] in VOWELS:
        forms.append(word[:-1])  # kontot
    if word[-1] in VOWELS:
        forms.append(word + "t")  # årsmöte, konto
    elif not word.endswith("et"):
        forms.append(word + "et")  # förslag
    return tuple(forms)


# Other forms of a word, by language, that the language's stemmer does not reach.
WORD_FORMS = {"sv": swedish_definite_forms}


def lexeme_text(word):
    """``word`` as a quoted lexeme of a tsquery's text."""
    return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'"


def tsquery_text(query_string, language, operator="and"):
    """``query_string`` as the text of a tsquery for ``language``'s configuration: every
    word must match ("or": any), each in any of its forms (irregular plurals such as
    "children", Swedish definite forms). None when there is no word."""
    words = [word for word in re.split(r"[\s\-]+", query_string) if word]
    if not words:
        return None
    irregular = IRREGULAR_FORMS.get(language, {})
    regular = WORD_FORMS.get(language, lambda word: ())
    terms = []
    for word in words:
        folded = word.casefold()
        forms = [word, *irregular.get(folded, ()), *regular(folded)]
        terms.append("(" + " | ".join(lexeme_text(form) for form in forms) + ")")
    return (" & " if operator == "and" else " | ").join(terms)


def _parental_many_to_many(model):
    """The names of ``model``'s indexed related fields that are parental many-to-many
    relations (a guide's topics): prefetched, they cost one query per batch, not one
    per object."""
    names = []
    for field in model.get_search_fields():
        if isinstance(field, RelatedFields):
            try:
                related = field.get_field(model)
            except FieldDoesNotExist:
                continue
            if isinstance(related, ParentalManyToManyField):
                names.append(field.field_name)
    return names


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each object with the configuration of its own language (objects without
        a locale get the default configuration)."""
        prefetch_related_objects(objs, *_parental_many_to_many(model))
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_language = {}
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_language.setdefault(language, []).append(obj)
        for language, group in by_language.items():
            with translation.override(language):
                super().add_items(model, group)
            if language is not None:
                self._add_words(model, language, group)

    def _add_words(self, model, language, objs):
        """Keep the words just indexed in the lexicon of their language (search.words)."""
        entries = IndexEntry._default_manager.filter(
            content_type_id=ContentType.objects.get_for_model(model).pk,
            object_id__in=[str(obj.pk) for obj in objs],
        )
        texts = [text for pair in entries.values_list("title_text", "body_text") for text in pair]
        add_words(language, texts, self.backend.config_for(language))

    def reset(self):
        super().reset()
        forget_words()


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The language of the search is the one active when it is made; the results
        # may be evaluated later, outside any translation.override.
        self.language = get_language()

    def get_config(self, backend):
        return backend.config_for(self.language)

    def build_tsquery_content(self, query, config=None, invert=False):
        """Plain words as ``tsquery_text`` writes them; anything else as Wagtail does."""
        if not isinstance(query, PlainText) or invert:
            return super().build_tsquery_content(query, config=config, invert=invert)
        text = tsquery_text(query.query_string, self.language, query.operator)
        return None if text is None else SearchQuery(text, search_type="raw", config=config)

    def search(self, config, start, stop, score_field=None, backend=None):
        """As Wagtail's, but the combined vector that rows are matched on is not also
        selected: PostgreSQL would otherwise build it for every match and carry it
        through the sort, which doubled the time of a search for a common word."""
        if isinstance(self.query, (MatchAll, Fuzzy)) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        combined_vector = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined_vector = combined_vector._combine(vector, "||", False)
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search with one text search configuration per language.

    ``LANGUAGE_CONFIGS`` in the backend's settings overrides the table above;
    ``SEARCH_CONFIG`` is used for objects without a language (default ``simple``).
    """

    query_compiler_class = LanguageQueryCompiler
    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = {**LANGUAGE_CONFIGS, **params.get("LANGUAGE_CONFIGS", {})}

    @property
    def config(self):
        """The configuration of the active language: the indexer reads it when it starts."""
        return self.config_for(get_language())

    @config.setter
    def config(self, value):
        self.default_config = value or "simple"

    def config_for(self, language):
        return self.language_configs.get(language, self.default_config)


def config_for(language):
    """The text search configuration for ``language``, as the configured PostgreSQL
    backend uses it (the table above when there is none)."""
    for params in settings.WAGTAILSEARCH_BACKENDS.values():
        if params.get("BACKEND") == __name__:
            configs = {**LANGUAGE_CONFIGS, **params.get("LANGUAGE_CONFIGS", {})}
            return configs.get(language, params.get("SEARCH_CONFIG") or "simple")
    return LANGUAGE_CONFIGS.get(language, "simple")


def counts_in_database(alias="default"):
    """Whether the backend configured under ``alias`` is this module's on PostgreSQL: its
    results are then querysets of the pages table (``get_queryset()``), which a search
    can count and combine with others in one query."""
    params = settings.WAGTAILSEARCH_BACKENDS.get(alias, {})
    return params.get("BACKEND") == __name__ and connection.vendor == "postgresql"


# Wagtail looks up this name in a backend module.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        # Imported here: its models exist only where SQLite has FTS5.
        from search.sqlite import LiteralSQLiteSearchBackend

        return LiteralSQLiteSearchBackend(params)
    return backend
