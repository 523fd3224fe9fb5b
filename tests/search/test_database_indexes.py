"""The indexes PostgreSQL's search needs exist on a database built by the migrations:
without them every search and every "did you mean" reads a whole table."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

NAMES = ["search_indexentry_title_body_gin", "search_word_root_trgm", "search_word_word_trgm"]


def test_search_text_and_words_have_their_gin_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(%s)", [NAMES]
        )
        found = dict(cursor.fetchall())

    assert sorted(found) == NAMES
    assert "gin (((title || body)))" in found["search_indexentry_title_body_gin"]
    assert "gin (word gin_trgm_ops)" in found["search_word_word_trgm"]
    assert "gin (root gin_trgm_ops)" in found["search_word_root_trgm"]
