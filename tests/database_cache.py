"""The suite's PostgreSQL database, kept between runs while nothing that builds it changes.

Building it takes minutes: every migration, then the demo content in six languages. A
run that builds it keeps a ``pg_dump`` of the result in ``.cache/test-database/``, named
by a hash of everything that goes into it (the apps' code, migrations and translations,
the test settings, the locked packages, PostgreSQL's version, and the day, as the demo's
forums are dated from it); a later run with the same hash restores that dump in seconds.
A change to any of those builds it anew. Only what the tests themselves do is left out
of the hash: a run that changes nothing but tests starts from the database the code
builds. ``PORTAL_TEST_DATABASE_CACHE=off`` builds it every time, as does a run with
``ELASTICSEARCH_URL`` (the build also fills the cluster's indexes); a fresh clone (as in
CI) has no dump and builds it.
"""

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
BUILDERS = [ROOT / "tests" / "conftest.py", Path(__file__)]


def enabled():
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


def _dump_path():
    return CACHE / f"{fingerprint()}.dump"


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


def restore(connection):
    """Create the test database from the kept dump; the dump's path, or None if none."""
    if not enabled():
        return None
    dump = _dump_path()
    if not dump.exists():
        return None
    name = connection.creation._get_test_db_name()
    with connection._nodb_cursor() as cursor:
        quoted = connection.ops.quote_name(name)
        cursor.execute(f"DROP DATABASE IF EXISTS {quoted}")
        cursor.execute(f"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8'")
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
    return dump


def keep(connection):
    """Keep the database just built, for the next run with the same code."""
    if not enabled():
        return
    dump = _dump_path()
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
            *_client_args(settings_dict, settings_dict["NAME"]),
            "--file",
            str(partial),
        ],
        check=True,
        env=_client_env(settings_dict),
    )
    partial.rename(dump)
    return dump
