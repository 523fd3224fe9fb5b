"""The search page's page and contact searches on PostgreSQL, written out as SQL.

They match and rank as ``search.backends`` does (each language's own configuration, the
words' other forms, Wagtail's weights and title norm, ties to the newest object), but
building those ORM expressions for every search took longer than PostgreSQL took to
answer them. One statement ranks the pages of every language searched, one fetches the
shown page of results and one makes their snippets. Used only where
``counts_in_database()`` holds; the search page goes through the configured backend
everywhere else.
"""

import re

from django.db import connection
from modelsearch.backends.database.postgres.weights import get_sql_weights
from wagtail.models import Page

from search.backends import config_for, lexeme_text, tsquery_text
from search.words import plain

# The snippet under a result: 12 to 30 words of the text around the matched words.
HEADLINE_OPTIONS = "MaxWords=30, MinWords=12"
# The part of a page's text a snippet is taken from: characters, and how many of them
# come before the first match.
WINDOW, BEFORE = 600, 150
WORD = re.compile(r"\w+")
# The tsquery of a search with no word to look for: matches no page.
NOTHING = "'\x01'"

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


def _query(n, part="any"):
    """The tsquery of language ``n``: ``part`` "any" or "all" of its words, or one word
    ("term<n>_<k>", named in full)."""
    name = part if part.startswith("term") else f"{part}{n}"
    return f"to_tsquery(%(config{n})s::regconfig, %({name})s)"


def _rank(n, part="any"):
    return (
        f"ts_rank(%(weights)s::float4[], e.title, {_query(n, part)}) * e.title_norm"
        f" + ts_rank(%(weights)s::float4[], e.body, {_query(n, part)})"
    )


def _match(n, part="any"):
    return f"(e.title || e.body) @@ {_query(n, part)}"


def _matched(n, terms):
    """How many of the ``terms`` words of language ``n``'s reading a row matches."""
    if not terms:
        return "0"
    return " + ".join(f"({_match(n, f'term{n}_{k}')})::int" for k in range(terms))


def _alternative(alternative, language=None):
    """A word, or a tuple of words that must all match, as tsquery text: in the forms
    ``search.backends`` knows for ``language``, or as written without one."""

    def text(word):
        return tsquery_text(word, language) if language else lexeme_text(word)

    if isinstance(alternative, tuple):
        return "(" + " & ".join(text(word) for word in alternative) + ")"
    return text(alternative)


def term_text(term, language):
    """A word of a reading and everything it is also searched as, as tsquery text: the
    word as typed (or corrected) in the forms ``search.backends`` knows, the others as
    the lexicon holds them."""
    typed = [term.correction or term.word, *term.synonyms]
    lexicon = [*term.forms, *([term.parts] if term.parts else [])]
    texts = [_alternative(word, language) for word in typed]
    texts += [_alternative(word) for word in lexicon]
    return "(" + " | ".join(texts) + ")"


def readings_for(query, languages):
    """``query`` as read in each of ``languages``: a list of readings as given, or the
    words as written."""
    if isinstance(query, str):
        return [plain(query, language) for language in languages]
    return list(query)


def _parameters(readings):
    """The tsquery texts of each language's reading: any word (``any<n>``), every word
    (``all<n>``) and each word (``term<n>_<k>``). A reading without words matches
    nothing."""
    parameters = {"weights": get_sql_weights()}
    for n, reading in enumerate(readings):
        texts = [term_text(term, reading.language) for term in reading.terms]
        parameters[f"config{n}"] = config_for(reading.language)
        parameters[f"any{n}"] = " | ".join(texts) or NOTHING
        parameters[f"all{n}"] = " & ".join(texts) or NOTHING
        for k, text in enumerate(texts):
            parameters[f"term{n}_{k}"] = text
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


def _matching(query, locales, types, ids, hidden, part="all"):
    """The parameters, and for each of ``locales`` the FROM and WHERE of its pages that
    match ``part`` ("all": every word of its reading, "any": any word, "some": any word
    but not every one), for ``ranked_pages``, ``count_pages`` and ``partial_pages``."""
    parameters = _parameters(readings_for(query, [language for language, _locale in locales]))
    filters = _page_filters(types, ids, hidden, parameters)
    clauses = []
    for n, (_language, locale) in enumerate(locales):
        parameters[f"locale{n}"] = locale
        match = _match(n, "any" if part != "all" else "all")
        if part == "some":
            match += f" AND NOT {_match(n, 'all')}"
        clauses.append(
            f"FROM {PAGE_ENTRY} WHERE p.locale_id = %(locale{n})s AND {match} AND {filters}"
        )
    return parameters, clauses


# What a search's statements are planned with: when many rows match many forms of many
# words, PostgreSQL would read the whole index table, building ``title || body`` for
# each (ten times slower than the GIN index on it, whose advantage it underestimates),
# and then join the pages in a nested loop over all pages of one content type (a hundred
# times slower than hashing them).
# With a path priced out, a plan can cost more than PostgreSQL's threshold for compiling
# it (JIT), which takes longer than any of these statements: JIT is off for them too.
PLANNER = "SET LOCAL enable_seqscan = off; SET LOCAL enable_nestloop = off; SET LOCAL jit = off; "
# And back, for the statements after it when they run in a transaction of their own.
PLANNER_BACK = (
    "; SET LOCAL enable_seqscan = DEFAULT; SET LOCAL enable_nestloop = DEFAULT;"
    " SET LOCAL jit = DEFAULT"
)


def _planned(sql, parameters):
    """The rows of ``sql`` planned as ``PLANNER`` says: sent as one request, whose
    statements PostgreSQL runs in one transaction (or in the one under way, where the
    settings are then put back)."""
    with connection.cursor() as cursor:
        cursor.execute(PLANNER + sql + PLANNER_BACK, parameters)
        while cursor.description is None:  # the settings before the rows
            cursor.nextset()
        rows = cursor.fetchall()
        while cursor.nextset():  # and after them
            pass
        return rows


def ranked_pages(query, locales, *, types=None, ids=None, hidden=(), limit):
    """(language, page id) of the live pages that match every word of ``query`` (a
    string, or a reading per locale): those of the first of ``locales`` (pairs of
    language code and locale id) best first, then those of the next …, at most
    ``limit``. ``types``, ``ids`` and ``hidden`` as in ``_page_filters``."""
    parameters, clauses = _matching(query, locales, types, ids, hidden)
    parts = [
        f"SELECT p.id, {n} AS position, {_rank(n, 'all')} AS rank {clause}"
        for n, clause in enumerate(clauses)
    ]
    parameters["limit"] = limit
    sql = " UNION ALL ".join(parts) + " ORDER BY position, rank DESC, id DESC LIMIT %(limit)s"
    return [(locales[position][0], pk) for pk, position, _rank in _planned(sql, parameters)]


def partial_pages(reading, locale, offset, limit, *, types=None, ids=None, hidden=()):
    """Page ids of one language's pages that match some words of ``reading`` but not
    every one: those matching the most words first, then the best ranked; ``limit`` of
    them from ``offset``."""
    parameters, (clause,) = _matching(
        [reading], [(reading.language, locale)], types, ids, hidden, part="some"
    )
    parameters.update(offset=offset, limit=limit)
    sql = (
        f"SELECT p.id FROM (SELECT p.id, {_matched(0, len(reading.terms))} AS matched,"
        f" {_rank(0)} AS rank {clause}) AS p"
        " ORDER BY matched DESC, rank DESC, id DESC OFFSET %(offset)s LIMIT %(limit)s"
    )
    return [pk for (pk,) in _planned(sql, parameters)]


def count_pages(query, locales, *, types=None, ids=None, hidden=(), part="all"):
    """How many pages ``ranked_pages`` would give in each language (``part`` "any": how
    many match any word), in the order of ``locales``."""
    parameters, clauses = _matching(query, locales, types, ids, hidden, part)
    counts = ", ".join(f"(SELECT count(*) {clause})" for clause in clauses)
    return list(_planned(f"SELECT {counts}", parameters)[0])


def window(text, words):
    """The part of a page's ``text`` that its snippet is looked for in: WINDOW characters
    from a little before the first word that starts like one of ``words`` (lower case),
    endings cut off, whole words only; the whole text when none does, or when it is
    short. Finding the best fragment means analysing every word it is given, which on
    a long guide took longer than the search."""
    folded = text.lower()
    if len(text) <= WINDOW or len(folded) != len(text):
        return text
    found = [folded.find(word[: max(3, len(word) - 2)]) for word in words]
    found = [position for position in found if position >= 0]
    if not found:
        return text
    start = max(min(found) - BEFORE, 0)
    stop = start + WINDOW
    piece = text[start:stop]
    if start > 0 and not text[start - 1].isspace():
        piece = piece.split(None, 1)[-1]  # a word cut at the start
    if stop < len(text) and not text[stop].isspace():
        piece = piece.rsplit(None, 1)[0]  # and at the end
    return piece


def pages_with_snippets(query, hits, start, stop):
    """The pages of ``hits`` ((language, page id), as ``ranked_pages`` gives them) by id,
    enough of each for its title, URL and type, each with ``snippet``: its text around
    the matched words, those between ``start`` and ``stop``. (A page deleted since it was
    ranked is left out.)"""
    languages = {pk: language for language, pk in hits}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(f'p.{name}' for name in PAGE_FIELDS)}, e.body_text"
            f" FROM {PAGE_ENTRY} WHERE p.id = ANY(%(ids)s)",
            {"ids": list(languages)},
        )
        rows = cursor.fetchall()
    if isinstance(query, str):
        readings = {code: plain(query, code) for code in set(languages.values())}
    else:
        readings = {reading.language: reading for reading in query}
    pages, texts = {}, []
    for *values, text in rows:
        page = Page.from_db(connection.alias, PAGE_FIELDS, values)
        pages[page.pk] = page
        reading = readings[languages[page.pk]]
        words = reading.words()
        terms = " | ".join(term_text(term, reading.language) for term in reading.terms)
        texts.append((config_for(reading.language), window(text, words), terms or NOTHING))
    snippets = _headlines(texts, f'StartSel="{start}", StopSel="{stop}", {HEADLINE_OPTIONS}')
    for page, snippet in zip(pages.values(), snippets, strict=True):
        page.snippet = snippet
    return pages


def _headlines(texts, options):
    """ts_headline of each (configuration, text, tsquery text), in one statement."""
    if not texts:
        return []
    configs, windows, queries = zip(*texts, strict=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(t.config::regconfig, t.text,"
            " to_tsquery(t.config::regconfig, t.query), %(options)s)"
            " FROM unnest(%(configs)s::text[], %(texts)s::text[], %(queries)s::text[])"
            " WITH ORDINALITY AS t(config, text, query, n) ORDER BY t.n",
            {
                "options": options,
                "configs": list(configs),
                "texts": list(windows),
                "queries": list(queries),
            },
        )
        return [snippet for (snippet,) in cursor.fetchall()]


def ranked_contacts(query, language, locale, contact_type, limit, references=None):
    """The references of the city contacts of ``locale`` that match ``query``, best
    first, at most ``limit``, among ``references`` if given; ``contact_type`` is the
    contacts' content type id."""
    parameters = _parameters(readings_for(query, [language]))
    parameters.update(locale=locale, contact_type=contact_type, limit=limit)
    among = ""
    if references is not None:
        among = " AND c.reference = ANY(%(references)s)"
        parameters["references"] = references
    sql = (
        f"SELECT c.reference FROM {CONTACT_ENTRY}"
        f" WHERE c.locale_id = %(locale)s AND {_match(0, 'all')}{among}"
        f" ORDER BY {_rank(0, 'all')} DESC, c.id DESC LIMIT %(limit)s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return [reference for (reference,) in cursor.fetchall()]
