"""The suite's PostgreSQL database: built once per run, copied for each test process,
and kept between runs while nothing that builds it changes.

Building it takes minutes: every migration, then the demo content in six languages. The
first test process to need it builds it (the others wait on a lock) and leaves a copy in
the cluster as a template; every process then gets a database of its own with ``CREATE
DATABASE … TEMPLATE``, which takes a second.

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
import hashlib
import os
import subprocess
import sys
import time
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
BUILDERS = [ROOT / "tests" / "conftest.py", Path(__file__)]


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


def _restore(connection, name, dump):
    """Create database ``name`` from the kept dump."""
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            f"CREATE DATABASE {_quote(connection, name)} TEMPLATE template0 ENCODING 'UTF8'"
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


def _keep(connection, name, dump):
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


def _quote(connection, name):
    return connection.ops.quote_name(name)


def _databases(connection, prefix):
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s",
            [prefix.replace("_", r"\_") + "%"],
        )
        return [row[0] for row in cursor.fetchall()]


def _copy(connection, template, name):
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {_quote(connection, name)}")
        cursor.execute(
            f"CREATE DATABASE {_quote(connection, name)} TEMPLATE {_quote(connection, template)}"
        )


@contextlib.contextmanager
def _lock():
    """One test process at a time builds or copies the database (pytest-xdist's workers)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


TEMPLATE_PREFIX = "test_portal_template_"


def prepare(connection, setup, build):
    """Give this test process its database, with the demo content; says how it was made.

    ``setup(keepdb)`` creates (or, with keepdb, reuses) and migrates this process's test
    database and returns what Django's teardown needs; ``build()`` loads the demo content.
    """
    name = connection.creation._get_test_db_name()
    kept = fingerprint() if dump_enabled() else None
    # Without a kept dump the template is this run's: pytest-xdist gives its workers a
    # shared run id; a run in one process has only itself.
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
    template = TEMPLATE_PREFIX + (kept or run)[:16]
    started = time.monotonic()
    with _lock():
        present = _databases(connection, TEMPLATE_PREFIX)
        if template in present:
            how = "copied from the template another test process made"
        else:
            for stale in present:
                with connection._nodb_cursor() as cursor:
                    cursor.execute(f"DROP DATABASE IF EXISTS {_quote(connection, stale)}")
            dump = CACHE / f"{kept}.dump" if kept else None
            if dump is None or not dump.exists():
                config = setup(keepdb=False)
                build()
                connection.close()
                if dump is not None:
                    _keep(connection, name, dump)
                _copy(connection, name, template)
                where = f", kept in {dump.relative_to(ROOT)}" if dump is not None else ""
                return config, f"Test database built in {time.monotonic() - started:.0f} s{where}"
            _restore(connection, template, dump)
            how = f"restored from {dump.relative_to(ROOT)}"
        _copy(connection, template, name)
    config = setup(keepdb=True)
    return config, f"Test database {how}, ready after {time.monotonic() - started:.0f} s"
