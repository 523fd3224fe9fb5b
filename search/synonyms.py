"""The editors' synonyms (``SynonymGroup``), as the search reads them: for each root of a
word in a group, the other words and phrases of the group (a phrase as a tuple of its
words, which must all match). Cached under the version that saving a group bumps."""

from core.cache import cached
from search.words import root, words_of


def synonyms(language):
    return cached(f"search:synonyms:{language}", lambda: _synonyms(language))


def _synonyms(language):
    from search.models import SynonymGroup

    found = {}
    for group in SynonymGroup.objects.filter(language=language):
        terms = [tuple(words_of(term)) for term in group.terms()]
        terms = [term for term in terms if term]
        for term in terms:
            if len(term) != 1:
                continue
            others = [other[0] if len(other) == 1 else other for other in terms if other != term]
            found.setdefault(root(term[0], language), []).extend(others)
    return {key: tuple(dict.fromkeys(value)) for key, value in found.items()}


def push_to_elasticsearch(sender, instance, **kwargs):
    """After a change to the synonyms: every language's set into each Elasticsearch
    backend (a group can move from one language to another)."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backends

    from search.elasticsearch import MultilingualElasticsearchBackend

    for backend in get_search_backends():
        if isinstance(backend, MultilingualElasticsearchBackend):
            for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
                backend.put_synonyms(language)
