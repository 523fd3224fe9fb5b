"""The words the search index holds, by language, and what a reader's words are taken to
mean against them (``read``): other forms of the same word, compounds that hold it or
that it is made of, the closest known word for a misspelt one, and the editors'
synonyms. PostgreSQL only: ``search.ranking`` turns a ``Reading`` into its tsqueries.

Each word is kept with its root: the language's Snowball stem (PyStemmer's C stemmers,
through snowballstemmer), brought further where the stemmer stops (a Finnish genitive
and a verbal noun, Somali articles and plurals, a Swedish definite form in -rn, Persian
plural suffixes), so that two forms of a word share a root.
"""

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

import snowballstemmer
from django.db import connection

from core.cache import cached

STEMMERS = {"sv": "swedish", "en": "english", "ar": "arabic", "fi": "finnish"}
# Languages that write compounds as one word.
COMPOUNDING = {"sv", "fi"}
# Linking letters between the parts of a compound ("förening-s-stadgar").
LINKS = {"sv": ("s", "e", "a", "u", "o"), "fi": ()}
MIN_PART = 3  # letters of the shorter part of a compound
MAX_WORDS = 12  # of a query, read; the rest are searched as written
MAX_FORMS = 6
MAX_COMPOUNDS = 10
MAX_CORRECTIONS = 2

# A word: letters, with zero-width non-joiners inside (Persian "انجمن‌ها").
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|\u200c)*")


def words_of(text):
    return [word for word in WORD.findall(text.casefold()) if 2 <= len(word) <= 60]


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS[language])


def _finnish(stem, word):
    """A Finnish stem with what Snowball leaves of a genitive ("yhdistyks", "yhdistyst"),
    a verbal noun ("perustamin") and consonant gradation ("kaupung") brought to one
    form."""
    if stem.endswith(("mis", "min")) and len(stem) > 6:
        stem = stem[:-3]
    if stem.endswith("ks"):
        stem = stem[:-2] + "s"
    elif word.endswith("sten") and stem.endswith("st"):
        stem = stem[:-1]
    if stem.endswith("s") and len(stem) > 5:
        stem = stem[:-1]
    while len(stem) > 4 and stem[-1] in "aäeiouyö":
        stem = stem[:-1]
    if stem.endswith("ng"):
        stem = stem[:-1] + "k"
    return stem


SOMALI_ENDINGS = sorted(
    [
        *(f"{c}{v}" for c in ("k", "g", "t", "d", "h", "sh") for v in ("a", "ii", "an", "aas")),
        *(f"{c}eed{v}" for c in ("k", "t") for v in ("a", "ii")),
        "keena",
        "keenna",
        "kayaga",
        "kiisa",
        "kooda",
        "kaaga",
        "teena",
        "tiisa",
        "tooda",
    ],
    key=len,
    reverse=True,
)
SOMALI_PLURALS = ("ooyin", "ayaal", "yaal", "yo", "o", "a", "y")


def _somali(word):
    """A Somali word without its article or possessive and plural ending ("ururrada",
    "ururka" and "ururro" all become "urur")."""
    for ending in SOMALI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    for ending in SOMALI_PLURALS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


PERSIAN_SUFFIXES = ("هایی", "های", "ها", "ترین", "تر", "ای", "ی", "ان")


def _persian(word):
    """A Persian word without a plural or comparative suffix, written with or without
    the zero-width non-joiner ("انجمن‌ها", "انجمنها" and "انجمن")."""
    head, _joiner, tail = word.partition("\u200c")
    if tail in PERSIAN_SUFFIXES:
        return head
    for suffix in (*PERSIAN_SUFFIXES[:3], "ان"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word.replace("\u200c", "")


@lru_cache(maxsize=100_000)
def root(word, language):
    """The form ``word`` (lower case) shares with the other forms of the same word."""
    if language == "sv" and word.endswith("rn") and len(word) > 5:
        word = word[:-1]  # revisorn, the definite form Snowball keeps apart
    stem = _stemmer(language).stemWord(word) if language in STEMMERS else word
    if language == "fi":
        return _finnish(stem, word)
    if language == "so":
        return _somali(word)
    if language == "fa":
        return _persian(word)
    return stem


# The lexicon: filled as objects are indexed (search.backends), emptied with the index
# (update_index rebuilds it).

TABLE = "search_word"
# A word's lexeme in a text search configuration, as SQL: its forms that PostgreSQL
# matches alike share it.
LEXEME = "array_to_string(tsvector_to_array(to_tsvector({config}::regconfig, {word})), ' ')"


def add_words(language, texts, config):
    """Keep the words of ``texts`` as words of ``language``'s content, with their root and
    their lexeme in the language's text search configuration ``config`` ("" for a word
    it drops)."""
    words = set()
    for text in texts:
        words.update(words_of(text or ""))
    if not words or language is None:
        return 0
    rows = [(word, root(word, language)) for word in sorted(words)]
    added = 0
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 2000):
            chunk = rows[start : start + 2000]
            cursor.execute(
                f"INSERT INTO {TABLE} (language, word, root, lexeme) "
                f"SELECT %(language)s, w.word, w.root, "
                f"{LEXEME.format(config='%(config)s', word='w.word')} "
                f"FROM unnest(%(words)s::text[], %(roots)s::text[]) AS w(word, root) "
                f"ON CONFLICT (language, word) DO NOTHING",
                {
                    "language": language,
                    "config": config,
                    "words": [word for word, _root in chunk],
                    "roots": [word_root for _word, word_root in chunk],
                },
            )
            added += cursor.rowcount
    return added


def forget_words():
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TABLE}")


# Reading a query.


@dataclass
class Term:
    """One content word of a query, and what else it is searched as."""

    word: str
    forms: list = field(default_factory=list)  # words of the lexicon: forms, compounds
    parts: tuple = ()  # the known words it is a compound of
    correction: str = ""  # the known word searched for instead of an unknown one
    synonyms: tuple = ()  # the editors': words, and tuples of words that must all match

    def alternatives(self):
        """Words, and tuples of words that must all match."""
        found = [self.correction or self.word, *self.forms, *self.synonyms]
        if self.parts:
            found.append(self.parts)
        return found


@dataclass
class Reading:
    language: str
    terms: list

    @property
    def corrected(self):
        """The query as searched, where a word was corrected; "" when none was."""
        if not any(term.correction for term in self.terms):
            return ""
        return " ".join(term.correction or term.word for term in self.terms)

    def words(self):
        """Every word searched for, for snippets."""
        found = []
        for term in self.terms:
            for alternative in term.alternatives():
                found += list(alternative) if isinstance(alternative, tuple) else [alternative]
        return found


def plain(query, language):
    """A reading without the lexicon: each word as written (and in the forms
    ``search.backends`` knows)."""
    return Reading(language, [Term(word) for word in words_of(query)])


def read(query, language, config, *, correct=True, synonyms=None):
    """What ``query`` is taken to mean among ``language``'s words, cached until content or
    synonyms change. ``config`` is the language's text search configuration: words it
    drops ("hur", "the") are left out; ``correct`` False keeps unknown words as typed."""
    words = words_of(query)
    if not words:
        return Reading(language, [])
    digest = hashlib.sha256(f"{correct}:{' '.join(words)}".encode()).hexdigest()[:32]
    return cached(
        f"search:reading:{language}:{digest}",
        lambda: _read(words, language, config, correct, synonyms or {}),
    )


def _read(words, language, config, correct, synonyms):
    head, rest = words[:MAX_WORDS], words[MAX_WORDS:]
    roots = [root(word, language) for word in head]
    compounding = language in COMPOUNDING
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT q.n, q.lexeme <> '',
              EXISTS (SELECT 1 FROM {TABLE} w WHERE w.language = %(language)s
                      AND w.root = q.root),
              EXISTS (SELECT 1 FROM {TABLE} w WHERE w.language = %(language)s
                      AND w.word = q.word),
              ARRAY(SELECT f.word FROM (SELECT DISTINCT ON (w.lexeme) w.word
                    FROM {TABLE} w WHERE w.language = %(language)s AND w.root = q.root
                    AND w.lexeme <> q.lexeme ORDER BY w.lexeme, length(w.word)) AS f
                    ORDER BY length(f.word), f.word LIMIT {MAX_FORMS}),
              ARRAY(SELECT f.word FROM (SELECT DISTINCT ON (w.lexeme) w.word
                    FROM {TABLE} w WHERE %(compounding)s
                    AND length(q.root) >= 4 AND w.language = %(language)s
                    AND length(w.root) >= length(q.root) + {MIN_PART}
                    AND (w.root LIKE '%%' || q.root OR w.root LIKE q.root || '%%')
                    ORDER BY w.lexeme, length(w.word)) AS f
                    ORDER BY length(f.word), f.word LIMIT {MAX_COMPOUNDS})
            FROM (SELECT q.*, {LEXEME.format(config="%(config)s", word="q.word")} AS lexeme
                  FROM unnest(%(words)s::text[], %(roots)s::text[]) WITH ORDINALITY
                  AS q(word, root, n)) AS q
            ORDER BY q.n""",
            {
                "config": config,
                "language": language,
                "compounding": compounding,
                "words": head,
                "roots": roots,
            },
        )
        rows = cursor.fetchall()
    terms, unknown = [], []
    for (_n, content, known, written, forms, compounds), word, word_root in zip(
        rows, head, roots, strict=True
    ):
        if not content:
            continue
        term = Term(word, forms=[*forms, *compounds], synonyms=synonyms.get(word_root, ()))
        terms.append(term)
        if not written and not term.synonyms:  # (an editor's word is no misspelling)
            unknown.append((term, known))
    if unknown and correct:
        _understand_unknown(unknown, language, compounding)
    return Reading(language, terms + [Term(word) for word in rest])


def _splits(word, language):
    """(left, right) of each way ``word`` can be two words, linking letters left out."""
    found = []
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:i], word[i:]
        found.append((left, right))
        if left.endswith(LINKS.get(language, ())) and len(left) > MIN_PART:
            found.append((left[:-1], right))
    return found


def _understand_unknown(unknown, language, compounding):
    """Words the content does not hold as written, each with whether another form of it
    is known. A form not met is searched also as the words one letter off ("الحسبات",
    "الحسابات"). Of a word not known at all, a compound of two known words is searched as
    its parts; otherwise the closest known words (one or two letters off) instead."""
    terms = [term for term, _known in unknown]
    known = {term.word for term, known in unknown if known}
    splits = {
        term.word: _splits(term.word, language) if compounding and term.word not in known else []
        for term in terms
    }
    part_roots = sorted(
        {root(part, language) for pairs in splits.values() for p in pairs for part in p}
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT 'part', r.root, '' FROM unnest(%(parts)s::text[]) AS r(root)
                WHERE EXISTS (SELECT 1 FROM {TABLE} w WHERE w.language = %(language)s
                              AND w.root = r.root)
            UNION ALL
            SELECT 'near', q.word, near.word FROM unnest(%(words)s::text[]) AS q(word)
            CROSS JOIN LATERAL (SELECT w.word FROM {TABLE} w
                WHERE w.language = %(language)s AND w.word %% q.word
                ORDER BY w.word <-> q.word, w.word LIMIT 5) AS near""",
            {"parts": part_roots, "words": [term.word for term in terms], "language": language},
        )
        rows = cursor.fetchall()
    known_roots = {value for kind, value, _near in rows if kind == "part"}
    near = {}
    for kind, word, candidate in rows:
        if kind == "near":
            near.setdefault(word, []).append(candidate)
    for term in terms:
        close = sorted(
            (distance(term.word, candidate), n, candidate)
            for n, candidate in enumerate(near.get(term.word, []))
        )
        if term.word in known:
            term.forms = list(
                dict.fromkeys([*term.forms, *(candidate for d, _n, candidate in close if d <= 1)])
            )
            continue
        parts = [
            (left, right)
            for left, right in splits[term.word]
            if root(left, language) in known_roots and root(right, language) in known_roots
        ]
        if parts:
            # The longest last part: "föreningsstadgar" is "förening" and "stadgar".
            term.parts = min(parts, key=lambda pair: len(pair[0]))
            continue
        most = 1 if len(term.word) <= 4 else 2
        if close and close[0][0] <= most:
            # The closest known word, and any other as close ("stadgr": "stadgar", not
            # "stad").
            best = [candidate for d, _n, candidate in close if d == close[0][0]]
            term.correction = best[0]
            term.forms = [*best[1:MAX_CORRECTIONS], *term.forms]


def distance(a, b):
    """Letters to add, remove, change or swap to make ``a`` into ``b`` (Damerau)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if previous2 is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]
