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


from bench.demo_database import demo_database  # noqa: E402
from tests.search.relevance_set import evaluate, table  # noqa: E402


def main():
    with demo_database():
        ranked = evaluate()
        print("\nSearch relevance on the demo content (PostgreSQL):\n" + table(ranked))
        print("\nNot in the top three (rank, or - when not on the first page):")
        for case, rank in ranked:
            if not rank or rank > 3:
                print(f"  {case.language} {case.kind:15} {rank or '-':>2}  {case.query}")


if __name__ == "__main__":
    main()
