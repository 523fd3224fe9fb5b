"""The pages that match a search, in several languages one after the other: ranked by
PostgreSQL (``search.ranking``), or as another configured backend finds them
(Elasticsearch, SQLite); one page of results fetched at a time."""

from collections import Counter

from django.utils import translation
from wagtail.models import Locale

from core.cache import cached
from core.visibility import restricted_paths
from search import ranking
from search.backends import config_for, counts_in_database
from search.forms import MAX_PAGE
from search.page_types import content_type_ids, models_of_kind
from search.synonyms import synonyms
from search.words import plain, read

PER_PAGE = 10
START, STOP = "\x02", "\x03"  # around matched words in headlines, until escaped


def locales():
    return cached(
        "search:locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()}
    )


def reading(query, language, *, correct=True):
    """``query`` as read among the words of ``language``'s content (search.words), with
    the editors' synonyms."""
    return read(query, language, config_for(language), correct=correct, synonyms=synonyms(language))


class Ranked:
    """The matching pages of several languages one after the other, ranked by PostgreSQL
    (``search.ranking``) and fetched one page of results at a time, each with its
    snippet. In each language the pages with every word come first, best first, then
    those with some of the words, those with the most first. The words are read in the
    first language (``reading``), and searched as written in the others; ``correct``
    False keeps misspelt words."""

    def __init__(self, query, languages, kind, ids, *, read_first=True, correct=True):
        self.readings = [
            reading(query, code, correct=correct) if n == 0 and read_first else plain(query, code)
            for n, code in enumerate(languages)
        ]
        self.query = self.readings
        self.locales = [(code, locales()[code].pk) for code in languages]
        self.filters = {
            "types": content_type_ids(kind) if kind else None,
            "ids": ids,
            "hidden": restricted_paths(),
        }
        self._full = None  # language -> ids of the pages with every word, best first
        self._full_counts = None
        self._counts = None
        self.partial = set()  # ids shown that have only some of the words

    @property
    def corrected(self):
        return self.readings[0].corrected if self.readings else ""

    def _several_words(self):
        return any(len(reading.terms) > 1 for reading in self.readings)

    def counts(self):
        """How many pages match any word, in each language."""
        if self._counts is None:
            # The pages with every word that can be shown, best first: counting them
            # here spares a count that would repeat the whole search, unless there are
            # more.
            most = MAX_PAGE * PER_PAGE
            hits = ranking.ranked_pages(self.query, self.locales, limit=most + 1, **self.filters)
            if len(hits) > most:
                full = ranking.count_pages(self.query, self.locales, **self.filters)
            else:
                found = Counter(language for language, _pk in hits)
                full = [found[code] for code, _locale in self.locales]
            self._full = {code: [] for code, _locale in self.locales}
            for language, pk in hits[:most]:
                self._full[language].append(pk)
            self._full_counts = full
            self._counts = self.totals() if self._several_words() else full
        return self._counts

    def count(self):
        return sum(self.counts())

    def totals(self):
        """How many pages match any word in each language, without ranking them."""
        if self._counts is not None:
            return self._counts
        return ranking.count_pages(self.query, self.locales, part="any", **self.filters)

    def _segments(self):
        """(language, reading, locale id, ids with every word, how many with some)."""
        for (code, locale), reading_, full, count in zip(
            self.locales, self.readings, self._full_counts, self.counts(), strict=True
        ):
            yield code, reading_, locale, self._full[code][:full], count - full

    def __getitem__(self, window):
        self.counts()
        hits, offset = [], 0
        for code, reading_, locale, full, some in self._segments():
            for kind, size in (("every", len(full)), ("some", some)):
                start, stop = max(window.start - offset, 0), min(window.stop - offset, size)
                if start < stop:
                    if kind == "every":
                        hits += [(code, pk) for pk in full[start:stop]]
                    else:
                        found = ranking.partial_pages(
                            reading_, locale, start, stop - start, **self.filters
                        )
                        self.partial.update(found)
                        hits += [(code, pk) for pk in found]
                offset += size
        pages = ranking.pages_with_snippets(self.query, hits, START, STOP) if hits else {}
        return [(language, pages[pk]) for language, pk in hits if pk in pages]


class Listing:
    """The results of several languages one after the other, as the configured backend
    gives them (Elasticsearch, SQLite), counted language by language."""

    partial = frozenset()
    corrected = ""

    def __init__(self, query, parts):
        self.query = query
        self.parts = parts  # (language code, lazy search results)
        self._counts = None

    def counts(self):
        if self._counts is None:
            self._counts = [results.count() for _language, results in self.parts]
        return self._counts

    def count(self):
        return sum(self.counts())

    totals = counts

    def __getitem__(self, window):
        found, offset = [], 0
        for (language, results), count in zip(self.parts, self.counts(), strict=True):
            start, stop = max(window.start - offset, 0), min(window.stop - offset, count)
            if start < stop:
                found += [(language, page) for page in results[start:stop]]
            offset += count
        return found


def matching(public, query, languages, kind, ids, **reading):
    """The pages of ``languages`` that match ``query``, one language after the other.
    (``public`` is made once per search: making it reads the restrictions; ``reading``:
    how ``Ranked`` reads the words.)"""
    if counts_in_database():
        return Ranked(query, languages, kind, ids, **reading)
    return Listing(query, [(code, _pages(public, query, code, kind, ids)) for code in languages])


def _pages(public, query, language, kind, ids=None):
    """The pages among ``public`` of one language that match, best first, not yet
    fetched, as the configured backend finds them."""
    pages = public.filter(locale=locales()[language])
    if kind:
        pages = pages.type(*models_of_kind(kind))
    if ids is not None:
        pages = pages.filter(id__in=ids)
    with translation.override(language):
        return pages.search(query)
