"""SQLite, the database of ``make run``: any text a reader types is searched, never an
error, and ids SQLite cannot hold are a 404 or a filter's error. The suite's database is
PostgreSQL, so this runs the portal on a fresh SQLite database in a separate process
(migrated, one page published) and sends the requests there with Django's test client."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIG_ID = "99999999999999999999"
# FTS5 query syntax and SQL, as a search or as what is typed so far.
HOSTILE_QUERIES = [
    '" UNION SELECT NULL,NULL--',
    '"',
    '""',
    '"""',
    'a"b',
    "'",
    "' OR '1'='1",
    'x" OR "1"="1',
    "NEAR(a b)",
    "NEAR(a b, 2)",
    "a OR",
    "AND",
    "OR OR",
    "NOT x",
    "x NOT",
    "*",
    "a*",
    "*a",
    "^a",
    "{title body}: x",
    "title: x",
    "body:x",
    "(",
    ")",
    "((a)",
    "a + b",
    "-x",
    "%",
    "%s",
    "\\",
    '\\"',
    ":",
    "--",
    "/* */",
    "NULL",
    "İ" * 128,
    "😀 🇸🇪",
    "\u202eabc",
]
MIGRATE = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
"""
SCRIPT = """
import json
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client, override_settings
from wagtail.models import Locale, Page

for code, _name in settings.LANGUAGES:
    Locale.objects.get_or_create(language_code=code)
welcome = Page.objects.get(depth=2)
welcome.title = "Föreningsbidrag för unga"
welcome.save()  # indexed on save

client = Client(raise_request_exception=False)
staff = Client(raise_request_exception=False)
admin, _new = User.objects.get_or_create(username="admin", is_staff=True, is_superuser=True)
staff.force_login(admin)
requests = json.loads(INPUT)
answers = []
limits = {scope: (10**6, 60) for scope in settings.PORTAL_RATE_LIMITS}
with override_settings(PORTAL_RATE_LIMITS=limits):
    for method, path, data in requests:
        sender = staff if path.startswith("/admin/") else client
        response = getattr(sender, method)(path, data)
        answers.append([method, path, data, response.status_code, response.text])
print("ANSWERS" + json.dumps(answers))
"""


SEARCHES = [["get", "/sv/search/", {"q": query}] for query in HOSTILE_QUERIES]
SEARCHES += [["get", "/sv/search/suggestions/", {"q": query}] for query in HOSTILE_QUERIES]
SEARCHES += [
    ["get", "/sv/search/", {"q": "föreningsbidrag"}],
    ["get", "/sv/search/suggestions/", {"q": "Före"}],
]
ADDRESSES = [
    ["post", f"/sv/{route}/{BIG_ID}/", {}]
    for route in ("forum-registration", "programme-application", "mentor-offer", "feedback")
]
ADDRESSES += [
    ["get", f"/sv/{route}/%00/", {}]
    for route in ("forum-registrations", "programme-applications", "mentor-offers")
]
ADDRESSES.append(["post", "/sv/forum-registrations/%00/cancel/", {}])
ADMIN_FILTERS = [
    ["get", "/admin/forum_registrations/", {"event": BIG_ID}],
    ["get", "/admin/programme_applications/", {"programme": BIG_ID}],
    ["get", "/admin/programme_applications/", {"district": BIG_ID}],
    ["get", "/admin/mentor_offers/", {"district": BIG_ID}],
]


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    """Every request of this file, sent in one process to a freshly migrated SQLite
    database: the answers to each list of requests above, by the list's name."""
    database = tmp_path_factory.mktemp("sqlite") / "db.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    requests = SEARCHES + ADDRESSES + ADMIN_FILTERS
    # One process migrates and then sends the requests: Django starts once.
    code = MIGRATE + SCRIPT.replace("INPUT", repr(json.dumps(requests)))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("ANSWERS")]
    sent = json.loads(line.removeprefix("ANSWERS"))
    assert len(sent) == len(requests)
    searches, addresses = len(SEARCHES), len(SEARCHES) + len(ADDRESSES)
    return {
        "searches": sent[:searches],
        "addresses": sent[searches:addresses],
        "admin filters": sent[addresses:],
    }


def test_any_search_text_is_searched_on_sqlite_never_an_error(answers):
    searched = answers["searches"]

    failed = [(path, data, status) for _m, path, data, status, _t in searched if status >= 500]
    assert failed == []
    assert len(searched) == 2 * len(HOSTILE_QUERIES) + 2
    *_, (*_, found), (*_, suggested) = searched
    assert "Föreningsbidrag för unga" in found
    assert json.loads(suggested)["suggestions"][0]["title"] == "Föreningsbidrag för unga"


def test_ids_past_64_bits_and_addresses_that_are_no_token_are_a_404_on_sqlite(answers):
    assert [(path, status) for _m, path, _d, status, _t in answers["addresses"]] == [
        (path, 404) for _m, path, _d in ADDRESSES
    ]


def test_admin_list_filters_take_ids_past_64_bits_on_sqlite(answers):
    filtered = answers["admin filters"]

    assert [status for *_, status, _text in filtered] == [200] * len(ADMIN_FILTERS)
    for *_, text in filtered:
        # Django's message for a choice that is not there, in the admin's Swedish.
        assert "Välj ett giltigt alternativ" in text
