"""The suite's PostgreSQL database: built once per run, copied for each test process,
and kept between runs while nothing that builds it changes.

Building it takes minutes: every migration, then the demo content in six languages. It is
built once per run into a template, in a process of its own (tests/database_build.py);
every test process then gets a database of its own with ``CREATE DATABASE … TEMPLATE``,
which takes a second.

A run that builds it also keeps a ``pg_dump`` of the result in ``.cache/test-database/``,
named by a hash of everything that goes into it (the apps' code, migrations and
translations, the test settings, the locked packages, PostgreSQL's version, and the day,
as the demo's forums are dated from it); a later run with the same hash restores that dump
into the template in seconds. A change to any of those builds it anew. Only what the tests
themselves do is left out of the hash: a run that changes nothing but tests starts from
the database the code builds. ``PORTAL_TEST_DATABASE_CACHE=off`` builds it every run, as
does a run with ``ELASTICSEARCH_URL`` (the build also fills the cluster's indexes); a
fresh clone (as in CI) has no dump and builds it.
"""

import contextlib
import fcntl
import functools
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from django.utils import timezone

from tests.services import find_bindir

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "test-database"
# Folders whose files do not go into the database: tooling, the tests, stylesheets and
# scripts, and what is built or uploaded. Hidden folders (.git, .venv, the caches of
# ruff and pytest) are left out too.
SKIPPED = {
    "node_modules",
    "bench",
    "tests",
    "__pycache__",
    "media",
    "static",
    "staticfiles",
}
# Documentation, compiled Python, the SQLite database of `make run`.
SKIPPED_SUFFIXES = (".md", ".pyc", ".sqlite3", "-wal", "-shm", "-journal")
# Of the tests, the files that build the database.
BUILDERS = [ROOT / "tests" / "conftest.py", Path(__file__), ROOT / "tests" / "database_build.py"]


def dump_enabled():
    # With Elasticsearch, building the database also fills the cluster's indexes.
    if os.environ.get("ELASTICSEARCH_URL"):
        return False
    # pg_dump and pg_restore come from the same installation as the throw-away cluster.
    if find_bindir() is None:
        return False
    return os.environ.get("PORTAL_TEST_DATABASE_CACHE", "on").lower() not in {"off", "0", "no"}


def _sources():
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = sorted(
            name for name in subfolders if name not in SKIPPED and not name.startswith(".")
        )
        for name in sorted(files):
            if not name.startswith(".") and not name.endswith(SKIPPED_SUFFIXES):
                yield Path(folder, name)
    yield from BUILDERS


def fingerprint():
    digest = hashlib.sha256()
    # The demo's forums and programme rounds are dated from the day they are built.
    digest.update(timezone.localdate().isoformat().encode())
    digest.update(sys.version.encode())
    digest.update(find_bindir().encode())
    for path in _sources():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _client_args(settings_dict, database):
    args = ["--host", settings_dict["HOST"] or "127.0.0.1", "--dbname", database]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    return args


def _client_env(settings_dict):
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return env


def restore(connection, name, dump):
    """Create database ``name`` from the kept dump."""
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            f"CREATE DATABASE {quote(connection, name)} TEMPLATE template0 ENCODING 'UTF8'"
        )
    settings_dict = connection.settings_dict
    subprocess.run(
        [
            f"{find_bindir()}/pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            *_client_args(settings_dict, name),
            str(dump),
        ],
        check=True,
        env=_client_env(settings_dict),
    )


def keep(connection, name, dump):
    """Keep database ``name``, just built, for the next run with the same code."""
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("*.dump"):
        old.unlink(missing_ok=True)
    partial = dump.with_suffix(f".{os.getpid()}.partial")
    settings_dict = connection.settings_dict
    subprocess.run(
        [
            f"{find_bindir()}/pg_dump",
            "--format",
            "custom",
            "--compress",
            "1",
            *_client_args(settings_dict, name),
            "--file",
            str(partial),
        ],
        check=True,
        env=_client_env(settings_dict),
    )
    partial.rename(dump)


def quote(connection, name):
    return connection.ops.quote_name(name)


def databases(connection, prefix):
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s",
            [prefix.replace("_", r"\_") + "%"],
        )
        return [row[0] for row in cursor.fetchall()]


def drop(connection, name):
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(connection, name)}")


def disconnect_others(connection, name):
    """End every other session on database ``name``, so that it can be dropped at once."""
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )


def rename(connection, name, new_name):
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            f"ALTER DATABASE {quote(connection, name)} RENAME TO {quote(connection, new_name)}"
        )


def copy(connection, template, name):
    drop(connection, name)
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            f"CREATE DATABASE {quote(connection, name)} TEMPLATE {quote(connection, template)}"
        )


@contextlib.contextmanager
def lock():
    """One test process at a time starts the build or copies the database."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


TEMPLATE_PREFIX = "test_portal_template_"
# Every e-mail goes into the outbox, in the tests as with every other settings module.
OUTBOX = {"BACKEND": "outbox.backends.OutboxBackend"}


@functools.cache
def template_and_dump():
    """This run's template database, and the dump kept for the code (None if not kept).

    Worked out once per process: a file edited while the tests run changes the hash, and
    every process must wait for the template that was started."""
    kept = fingerprint() if dump_enabled() else None
    # Without a kept dump the template is this run's: pytest-xdist gives its workers a
    # shared run id; a run in one process has only itself.
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
    template = TEMPLATE_PREFIX + (kept or run)[:16]
    return template, (CACHE / f"{kept}.dump" if kept else None)
