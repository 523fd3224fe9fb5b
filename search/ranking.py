"""The search page's page and contact searches on PostgreSQL, each one statement written
out.

They match and rank as ``search.backends`` does (each language's own configuration, the
words' other forms, Wagtail's weights and title norm, ties to the newest object), but
building those ORM expressions for every search took longer than PostgreSQL took to
answer them. Used only where ``counts_in_database()`` holds; the search page goes
through the configured backend everywhere else.
"""

import re

from django.db import connection
from modelsearch.backends.database.postgres.weights import get_sql_weights
from wagtail.models import Page

from search.backends import config_for, tsquery_text

# The snippet under a result: 12 to 30 words of the text around the matched words.
HEADLINE_OPTIONS = "MaxWords=30, MinWords=12"
# The part of a page's text a snippet is taken from: characters, and how many of them
# come before the first match.
WINDOW, BEFORE = 600, 150
WORD = re.compile(r"\w+")

# What a result shows of a page (its title, URL and type), in the order of the model's
# fields, as Model.from_db takes them.
PAGE_FIELDS = [
    field.attname
    for field in Page._meta.concrete_fields
    if field.attname in ("id", "title", "url_path", "content_type_id", "locale_id")
]
PAGE_ENTRY = (
    "wagtailcore_page p JOIN wagtailsearch_indexentry e"
    " ON e.content_type_id = p.content_type_id AND e.object_id = p.id::varchar(50)"
)
CONTACT_ENTRY = (
    "contacts_citycontact c JOIN wagtailsearch_indexentry e"
    " ON e.content_type_id = %(contact_type)s AND e.object_id = c.id::varchar(50)"
)


def _query(n):
    return f"to_tsquery(%(config{n})s::regconfig, %(query{n})s)"


def _rank(n):
    return (
        f"ts_rank(%(weights)s::float4[], e.title, {_query(n)}) * e.title_norm"
        f" + ts_rank(%(weights)s::float4[], e.body, {_query(n)})"
    )


def _match(n):
    return f"(e.title || e.body) @@ {_query(n)}"


def _parameters(query, languages):
    parameters = {"weights": get_sql_weights()}
    for n, language in enumerate(languages):
        parameters[f"config{n}"] = config_for(language)
        parameters[f"query{n}"] = tsquery_text(query, language)
    return parameters


def _page_filters(types, ids, hidden, parameters):
    """SQL conditions on the pages ``p`` beyond the words: of these content types, among
    these ids, not under these paths (``None`` or empty: no condition)."""
    conditions = ["p.live"]
    if types is not None:
        conditions.append("p.content_type_id = ANY(%(types)s)")
        parameters["types"] = list(types)
    if ids is not None:
        conditions.append("p.id = ANY(%(ids)s)")
        parameters["ids"] = list(ids)
    if hidden:
        conditions.append("NOT (p.path ^@ ANY(%(hidden)s::text[]))")
        parameters["hidden"] = list(hidden)
    return " AND ".join(conditions)


def ranked_pages(query, locales, *, types=None, ids=None, hidden=(), limit):
    """(language, page id) of the live pages that match ``query``: those of the first of
    ``locales`` (pairs of language code and locale id) best first, then those of the
    next …, at most ``limit``. ``types``, ``ids`` and ``hidden`` as in ``_page_filters``."""
    languages = [language for language, _locale in locales]
    parameters = _parameters(query, languages)
    filters = _page_filters(types, ids, hidden, parameters)
    parts = []
    for n, (_language, locale) in enumerate(locales):
        parameters[f"locale{n}"] = locale
        parts.append(
            f"SELECT p.id, {n} AS position, {_rank(n)} AS rank FROM {PAGE_ENTRY}"
            f" WHERE p.locale_id = %(locale{n})s AND {_match(n)} AND {filters}"
        )
    parameters["limit"] = limit
    sql = " UNION ALL ".join(parts) + " ORDER BY position, rank DESC, id DESC LIMIT %(limit)s"
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return [(languages[position], pk) for pk, position, _rank in cursor.fetchall()]


def count_pages(query, locales, *, types=None, ids=None, hidden=()):
    """How many pages ``ranked_pages`` would give in each language, in the order of
    ``locales``."""
    languages = [language for language, _locale in locales]
    parameters = _parameters(query, languages)
    filters = _page_filters(types, ids, hidden, parameters)
    counts = []
    for n, (_language, locale) in enumerate(locales):
        parameters[f"locale{n}"] = locale
        counts.append(
            f"(SELECT count(*) FROM {PAGE_ENTRY}"
            f" WHERE p.locale_id = %(locale{n})s AND {_match(n)} AND {filters})"
        )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(counts)}", parameters)
        return list(cursor.fetchone())


def _window(words, parameters):
    """SQL for the part of ``e.body_text`` that a snippet is looked for in: WINDOW
    characters from a little before the first word of the text that starts like a word of
    the query (its ending cut off), whole words only; the whole text when none does.
    Finding the best fragments means analysing every word of the text, which on a long
    guide took longer than the search."""
    prefixes = sorted({word[: max(3, len(word) - 2)] for word in words})
    for n, prefix in enumerate(prefixes):
        parameters[f"prefix{n}"] = prefix
    parameters.update(window=WINDOW, before=BEFORE)
    found = ", ".join(
        f"nullif(strpos(lower(e.body_text), %(prefix{n})s), 0)" for n in range(len(prefixes))
    )
    first = f"least({found})" if prefixes else "NULL::int"
    return (
        f" CROSS JOIN LATERAL (SELECT {first} AS first) f"
        " CROSS JOIN LATERAL (SELECT greatest(f.first - %(before)s, 1) AS start) w"
        " CROSS JOIN LATERAL (SELECT CASE"
        " WHEN f.first IS NULL OR length(e.body_text) <= %(window)s THEN e.body_text"
        " ELSE regexp_replace("
        "  CASE WHEN w.start > 1"
        "   THEN regexp_replace(substr(e.body_text, w.start - 1, %(window)s), '^\\S*\\s+', '')"
        "   ELSE substr(e.body_text, 1, %(window)s) END,"
        "  CASE WHEN w.start + %(window)s <= length(e.body_text) THEN '\\s+\\S*$' ELSE '^$' END,"
        "  '')"
        " END AS text) t"
    )


def pages_with_snippets(query, hits, start, stop):
    """The pages of ``hits`` ((language, page id), as ``ranked_pages`` gives them) by id,
    enough of each for its title, URL and type, each with ``snippet``: its text around
    the matched words, those between ``start`` and ``stop``. (A page deleted since it was
    ranked is left out.)"""
    by_language = {}
    for language, pk in hits:
        by_language.setdefault(language, []).append(pk)
    languages = list(by_language)
    parameters = _parameters(query, languages)
    parameters["options"] = f'StartSel="{start}", StopSel="{stop}", {HEADLINE_OPTIONS}'
    window = _window(WORD.findall(query.casefold()), parameters)
    parts = []
    for n, language in enumerate(languages):
        parameters[f"ids{n}"] = by_language[language]
        parts.append(
            f"SELECT {', '.join(f'p.{name}' for name in PAGE_FIELDS)},"
            f" ts_headline(%(config{n})s::regconfig, t.text, {_query(n)}, %(options)s)"
            f" AS snippet FROM {PAGE_ENTRY}{window} WHERE p.id = ANY(%(ids{n})s)"
        )
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), parameters)
        rows = cursor.fetchall()
    pages = {}
    for *values, snippet in rows:
        page = Page.from_db(connection.alias, PAGE_FIELDS, values)
        page.snippet = snippet
        pages[page.pk] = page
    return pages


def ranked_contacts(query, language, locale, contact_type, limit, references=None):
    """The references of the city contacts of ``locale`` that match ``query``, best
    first, at most ``limit``, among ``references`` if given; ``contact_type`` is the
    contacts' content type id."""
    parameters = _parameters(query, [language])
    parameters.update(locale=locale, contact_type=contact_type, limit=limit)
    among = ""
    if references is not None:
        among = " AND c.reference = ANY(%(references)s)"
        parameters["references"] = references
    sql = (
        f"SELECT c.reference FROM {CONTACT_ENTRY}"
        f" WHERE c.locale_id = %(locale)s AND {_match(0)}{among}"
        f" ORDER BY {_rank(0)} DESC, c.id DESC LIMIT %(limit)s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return [reference for (reference,) in cursor.fetchall()]
