"""Search relevance on PostgreSQL: precision at 3 and the mean reciprocal rank of the
search page over the demo content, per language, on the relevance set
(tests/search/relevance.toml). `make bench-relevance`.

Precision at 3: the share of the cases whose wanted page comes among the first three
results; reciprocal rank: 1 for first, 1/2 for second … 0 when it is not on the first
page of results.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from tests.search.relevance_set import evaluate, table  # noqa: E402


def main():
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("load_demo_content", verbosity=0)
        ranked = evaluate()
        print("\nSearch relevance on the demo content (PostgreSQL):\n" + table(ranked))
        print("\nNot in the top three (rank, or - when not on the first page):")
        for case, rank in ranked:
            if not rank or rank > 3:
                print(f"  {case.language} {case.kind:15} {rank or '-':>2}  {case.query}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
