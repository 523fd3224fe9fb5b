"""Elasticsearch with each language's own analysis, and the database when it is down.

Wagtail's ``elasticsearch9`` backend keeps one index per root model (pages, city
contacts, images, documents). Here a model with a locale has one index per content
language instead (``portal-wagtailcore_page-sv``, ``…-ar`` …) whose text fields are
analysed with that language's rules (search/elasticsearch_settings.py, with the queries
sent); each object goes to the index of its locale. A model without a locale keeps a
single index, its words lower-cased. A
search is sent to all of a model's indexes at once, and each index analyses the words
with its own language's rules, so a search limited to one locale (as the search page
makes) is matched the way the PostgreSQL backend in ``search/backends.py`` matches it,
and a search over every locale (the admin's) still finds pages in every language.

When the cluster cannot be reached, a search logs a warning and returns what the
database backend (``FALLBACK``, by default ``search.backends``) finds for the same
words, in the language active when the search was made, and the searches of the next
``RETRY_AFTER`` seconds (default 30) go straight to the database; adding or removing an
object logs a warning and carries on, so saving a page never fails. Keep the database index
up to date beside this one (a second, auto-updated entry in ``WAGTAILSEARCH_BACKENDS``)
so that the fallback has fresh data, and run ``update_index`` when the cluster is back.

Configure it with ``"BACKEND": "search.elasticsearch"``; besides the options of Wagtail's
Elasticsearch backends it takes ``FALLBACK`` (a ``WAGTAILSEARCH_BACKENDS`` name or a
backend module), ``RETRY_AFTER`` and ``REBUILD_TIMEOUT`` (seconds allowed to each
request of ``update_index``, default 60; ``TIMEOUT`` applies to searches and saving).
"""

import logging
import time
from functools import partial

from django.conf import settings
from django.utils import translation
from django.utils.crypto import get_random_string
from django.utils.translation import get_language
from elasticsearch import ApiError, TransportError
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import get_model_root
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Index,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchAtomicIndexRebuilder,
    ElasticsearchIndexRebuilder,
)
from wagtail.models import Locale, TranslatableMixin

from search.elasticsearch_settings import (
    chain,
    compound_words,
    index_mapping,
    index_settings,
    plaintext_query,
    synonym_rules,
    synonyms_set,
)

logger = logging.getLogger("search")

# When each cluster (by its hosts) last failed to answer a search, in this process.
_failures = {}

# HTTP statuses that mean the cluster cannot answer now, rather than a wrong request:
# a missing index (update_index has not run), too many requests, and the cluster's errors.
UNAVAILABLE_STATUSES = {404, 408, 429}


def unavailable(error):
    """Whether an Elasticsearch error means the cluster cannot serve the request now
    (connection refused, timeout, TLS, missing index, overload, cluster errors)."""
    if isinstance(error, TransportError):
        return True
    status = error.meta.status if isinstance(error, ApiError) and error.meta else 0
    return status in UNAVAILABLE_STATUSES or status >= 500


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


class LanguageIndex(Elasticsearch9Index):
    """One Elasticsearch index: the objects of one language of a model with a locale, or
    all the objects of a model without one (``language`` None)."""

    def __init__(self, backend, name, language=None):
        super().__init__(backend, name)
        self.language = language

    def copy(self, name):
        """The same language's index under another name, reached with the same client."""
        index = type(self)(self.backend, name, self.language)
        index.es = self.es
        return index

    def for_rebuild(self):
        """This index, reached with the longer timeout that rebuilding it needs."""
        index = self.copy(self.name)
        index.es = self.es.options(request_timeout=self.backend.rebuild_timeout)
        return index

    def put(self):
        words = []
        if self.language is not None:
            # The synonyms set the search analyzer names must be there first.
            self.backend.put_synonyms(self.language, client=self.es)
            if "swedish_compounds" in chain(self.language):
                words = compound_words(self.language)
        self.es.indices.create(
            index=self.name, **index_settings(self.language, self.backend.settings, words)
        )

    def add_model(self, model):
        self.es.indices.put_mapping(index=self.name, **index_mapping(model, self.language))

    def aliased_indices(self):
        return [self.copy(name) for name in self.es.indices.get_alias(name=self.name).body]


class ModelIndexes:
    """The indexes of one root model, by language (``{None: index}`` for a model without
    a locale). The update_index command and the backend use it as one index."""

    def __init__(self, backend, parts):
        self.backend = backend
        self.parts = parts

    @property
    def name(self):
        """What a search is sent to: every part, each analysing the words its own way."""
        return ",".join(part.name for part in self.parts.values())

    def get_key(self):
        return self.name

    def __str__(self):
        return self.name

    def put(self):
        for part in self.parts.values():
            part.put()

    def delete(self):
        for part in self.parts.values():
            part.delete()

    def reset(self):
        for part in self.parts.values():
            part.reset()

    def refresh(self):
        for part in self.parts.values():
            part.refresh()

    def add_model(self, model):
        for part in self.parts.values():
            part.add_model(model)

    def add_item(self, item):
        for language, items in self._by_language([item]).items():
            self.parts[language].add_item(items[0])

    def add_items(self, model, items):
        for language, group in self._by_language(items).items():
            self.parts[language].add_items(model, group)

    def delete_item(self, item):
        # Wherever it is: a missing document is not an error.
        for part in self.parts.values():
            part.delete_item(item)

    def _by_language(self, items):
        if None in self.parts:
            return {None: list(items)}
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = {}
        for item in items:
            language = languages.get(item.locale_id)
            if language in self.parts:
                groups.setdefault(language, []).append(item)
            else:
                logger.warning("%r is in no content language: not indexed in Elasticsearch", item)
        return groups


class IndexesRebuilder:
    """Rebuilds each index of a model with modelsearch's rebuilder for one index."""

    part_rebuilder_class = ElasticsearchIndexRebuilder

    def __init__(self, indexes):
        self.backend = indexes.backend
        self.rebuilders = {
            language: self.part_rebuilder_class(part.for_rebuild())
            for language, part in indexes.parts.items()
        }

    def start(self):
        parts = {language: rebuilder.start() for language, rebuilder in self.rebuilders.items()}
        return ModelIndexes(self.backend, parts)

    def finish(self):
        for rebuilder in self.rebuilders.values():
            rebuilder.finish()


class LanguageAtomicIndexRebuilder(ElasticsearchAtomicIndexRebuilder):
    """Builds a new index for the same language beside the old one, then moves the alias."""

    def __init__(self, index):
        self.alias = index
        self.index = index.copy(f"{index.name}_{get_random_string(7).lower()}")


class AtomicIndexesRebuilder(IndexesRebuilder):
    part_rebuilder_class = LanguageAtomicIndexRebuilder


class LanguageMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The language of the search: the database backend parses the words with its
        # rules if the search falls back, which may happen when the results are read,
        # outside any translation.override.
        self.language = get_language()


class LanguageQueryCompiler(LanguageMixin, Elasticsearch9SearchQueryCompiler):
    def _compile_plaintext_query(self, query, fields, boost=1.0):
        return plaintext_query(
            query.query_string, [field.field_name_with_boost for field in fields], boost
        )


class LanguageAutocompleteQueryCompiler(LanguageMixin, Elasticsearch9AutocompleteQueryCompiler):
    pass


class FallbackSearchResults(Elasticsearch9SearchResults):
    """Elasticsearch's results, or the database backend's when the cluster cannot answer.

    Results are lazy: the cluster is asked when they are read (listed, sliced, counted),
    so that is where the fallback happens."""

    def _do_search(self):
        search = super()._do_search
        return self._answer(
            lambda: list(search()), lambda results: list(results[self.start : self.stop])
        )

    def _do_count(self):
        return self._answer(
            super()._do_count, lambda results: results[self.start : self.stop].count()
        )

    def facet(self, field_name):
        return self._answer(
            partial(super().facet, field_name), lambda results: results.facet(field_name)
        )

    def _answer(self, elasticsearch, database):
        """What Elasticsearch answers or, if it cannot, what ``database`` gets from the
        database backend's results for the same search."""
        if self.backend.answering():
            try:
                return elasticsearch()
            except (TransportError, ApiError) as error:
                if not unavailable(error):
                    raise
                self.backend.failed(error)
        return database(self._fallback())

    def _fallback(self):
        compiler = self.query_compiler
        backend = self.backend.fallback()
        if isinstance(compiler, LanguageAutocompleteQueryCompiler):
            search = backend.autocomplete
        else:
            search = backend.search
        with translation.override(compiler.language):
            results = search(
                compiler.query,
                compiler.queryset,
                fields=compiler.fields,
                order_by_relevance=compiler.order_by_relevance,
            )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results


class MultilingualElasticsearchBackend(Elasticsearch9SearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    results_class = FallbackSearchResults
    basic_rebuilder_class = IndexesRebuilder
    atomic_rebuilder_class = AtomicIndexesRebuilder

    def __init__(self, params):
        self.fallback_backend = params.pop("FALLBACK", "search.backends")
        self.rebuild_timeout = params.pop("REBUILD_TIMEOUT", 60)
        self.retry_after = params.pop("RETRY_AFTER", 30)
        super().__init__(params)
        self.cluster = repr(self.hosts)

    def fallback(self):
        return get_search_backend(self.fallback_backend)

    def put_synonyms(self, language, client=None):
        """The editors' synonyms of ``language`` into its synonyms set; the cluster reloads
        the search analyzers that use it. Logged and left when the cluster cannot answer:
        ``update_index`` puts them again."""
        try:
            (client or self.es).synonyms.put_synonym(
                id=synonyms_set(language), synonyms_set=synonym_rules(language)
            )
        except (TransportError, ApiError) as error:
            self._not_updated(error, f"the synonyms of {language}")

    def answering(self):
        """False for ``RETRY_AFTER`` seconds after the cluster failed to answer a search:
        searches go straight to the database meanwhile, rather than each waiting for
        a cluster that hangs (and each logging it)."""
        return _failures.get(self.cluster, float("-inf")) + self.retry_after <= time.monotonic()

    def failed(self, error):
        _failures[self.cluster] = time.monotonic()
        logger.warning(
            "Elasticsearch cannot answer (%s): searching the database for %s seconds",
            error,
            self.retry_after,
        )

    def get_index_for_model(self, model):
        name = super().get_index_for_model(model).name
        if issubclass(get_model_root(model), TranslatableMixin):
            parts = {
                language: LanguageIndex(self, f"{name}-{language.lower()}", language)
                for language in content_languages()
            }
        else:
            parts = {None: LanguageIndex(self, name)}
        return ModelIndexes(self, parts)

    # What saving, publishing and deleting call (through Wagtail's signal handlers):
    # when the cluster is down they log and carry on.

    def add(self, obj):
        try:
            super().add(obj)
        except (TransportError, ApiError) as error:
            self._not_updated(error, obj)

    def add_bulk(self, model, obj_list):
        try:
            super().add_bulk(model, obj_list)
        except (TransportError, ApiError) as error:
            self._not_updated(error, model)

    def delete(self, obj):
        try:
            super().delete(obj)
        except (TransportError, ApiError) as error:
            self._not_updated(error, obj)

    def _not_updated(self, error, what):
        if not unavailable(error):
            raise error
        logger.warning(
            "Elasticsearch cannot answer (%s): %r not updated there; "
            "run update_index when it is back",
            error,
            what,
        )


SearchBackend = MultilingualElasticsearchBackend
