"""Wagtail's SQLite full-text backend (the ``make run`` database), safe for any text.

Its query compiler puts each word of a search between double quotes for SQLite's FTS5
but leaves double quotes inside the word as they are, so a search such as
``" UNION SELECT NULL,NULL--`` ends a string early and FTS5 raises a syntax error.
FTS5 writes a double quote inside a string as two: doing that first makes every word a
literal string, whatever it holds.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText


def _escaped(text):
    return text.replace('"', '""')


class LiteralWords:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(_escaped(query.query_string), query.operator, query.boost)
        elif isinstance(query, Phrase):
            query = Phrase(_escaped(query.query_string))
        return super().build_search_query_content(query, config=config)


class LiteralQueryCompiler(LiteralWords, SQLiteSearchQueryCompiler):
    pass


class LiteralAutocompleteQueryCompiler(LiteralWords, SQLiteAutocompleteQueryCompiler):
    pass


class LiteralSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = LiteralQueryCompiler
    autocomplete_query_compiler_class = LiteralAutocompleteQueryCompiler
