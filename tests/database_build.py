"""Builds the suite's template database in a process of its own, started as soon as a test
process has collected a test that needs it; the tests that need no database run meanwhile.

Every test process calls ``start()`` (the first call starts the build, the others find it
started) and then ``wait()`` before its first test with the database; for the whole
suite, ``make pytest`` starts it even before pytest (``start_early()``). The build runs

    python -m tests.database_build TEMPLATE [DUMP]

which migrates a new database and loads the demo content into it, or restores it from the
kept DUMP (tests/database_cache.py), keeps a dump when it built one, and only then renames
it to TEMPLATE: a database by that name is always complete. What it prints goes to
``.cache/test-database/TEMPLATE.log``; a failure is reported by every process waiting for it.
"""

import gc
import os
import subprocess
import sys
import time
from pathlib import Path

from tests import database_cache
from tests.database_cache import CACHE, ROOT, TEMPLATE_PREFIX

BUILDING_PREFIX = "test_portal_building_"
# The build takes two to three minutes on two cores; ten times that means it is stuck.
PATIENCE = 30 * 60
# Keeps the builders this process started from being collected (and warned about).
_started = []


def _file(template, suffix):
    return CACHE / f"{template}.{suffix}"


def _builder(template):
    """The process id of the build of ``template``, 0 if none was started."""
    try:
        return int(_file(template, "pid").read_text() or 0)
    except (OSError, ValueError):
        return 0


def _running(pid):
    """Whether process ``pid`` runs (a process that ended but was not waited for does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in {"Z", "X"}


def start(connection):
    """Start building this run's template unless it is there or being built; its name."""
    template, dump = database_cache.template_and_dump()
    with database_cache.lock():
        present = database_cache.databases(connection, TEMPLATE_PREFIX)
        if template in present:
            return template
        building = _file(template, "pid")
        if _running(_builder(template)):
            return template
        for stale in [*present, *database_cache.databases(connection, BUILDING_PREFIX)]:
            database_cache.drop(connection, stale)
        for suffix in ("log", "failed", "report"):
            _file(template, suffix).unlink(missing_ok=True)
        command = [sys.executable, "-m", "tests.database_build", template]
        with open(_file(template, "log"), "w") as log:
            process = subprocess.Popen(
                [*command, str(dump)] if dump else command,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _started.append(process)
        building.write_text(str(process.pid))
    return template


def wait(connection, template):
    """Wait until the template exists; what was done to make it, and how long this waited."""
    started = time.monotonic()
    while template not in database_cache.databases(connection, TEMPLATE_PREFIX):
        failed = _file(template, "failed").exists()
        if failed or not _running(_builder(template)):
            if template in database_cache.databases(connection, TEMPLATE_PREFIX):
                break
            log = _file(template, "log")
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
            raise RuntimeError(f"Building the test database failed ({log}):\n{tail}")
        if time.monotonic() - started > PATIENCE:
            raise RuntimeError(f"The test database was not built in {PATIENCE} s.")
        time.sleep(0.5)
    report = _file(template, "report")
    done = report.read_text() if report.exists() else "Test database ready"
    return f"{done}; this process waited {time.monotonic() - started:.0f} s for it"


def prepare(connection, setup):
    """Give this test process its database, with the demo content; says how it was made.

    ``setup(keepdb)`` creates (or, with keepdb, reuses) and migrates this process's test
    database and returns what Django's teardown needs.
    """
    template = start(connection)
    report = wait(connection, template)
    with database_cache.lock():
        database_cache.copy(connection, template, connection.creation._get_test_db_name())
    return setup(keepdb=True), report


def build(template, dump):
    """Make the template: restore the kept dump, or migrate, load the demo and keep a dump."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    # As the test processes have it (tests/conftest.py): Django's test setup, then the
    # outbox in front of every e-mail.
    setup_test_environment(debug=False)
    settings.MAILERS = {**settings.MAILERS, "default": database_cache.OUTBOX}
    # Every test waits for this process, which makes millions of short-lived objects:
    # what Django has loaded is left out of the garbage collector's passes, and they
    # come less often (a few seconds less, most of it in the migrations).
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    started = time.monotonic()
    name = BUILDING_PREFIX + template.removeprefix(TEMPLATE_PREFIX)
    if dump is not None and dump.exists():
        database_cache.restore(connection, name, dump)
        how = f"restored from {dump.relative_to(ROOT)}"
    else:
        connection.settings_dict["TEST"]["NAME"] = name
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        call_command("load_demo_content", verbosity=0)
        connection.close()
        how = "built"
        if dump is not None:
            database_cache.keep(connection, name, dump)
            how += f", kept in {dump.relative_to(ROOT)}"
    database_cache.rename(connection, name, template)
    took = time.monotonic() - started
    _file(template, "report").write_text(f"Test database {how} in {took:.0f} s")


def start_early():
    """Start the build before pytest does (``tests.services --build-test-database``), once
    PostgreSQL is up: the whole suite needs it, and pytest needs some seconds to start
    its processes and collect the tests. Only a template named after the code can be
    started this early (without a kept dump, its name is the test run's)."""
    if not database_cache.dump_enabled():
        return
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.db import connection

    start(connection)


if __name__ == "__main__":
    if sys.argv[1:] == ["--start"]:
        start_early()
        sys.exit()
    template, dump = sys.argv[1], (Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    try:
        build(template, dump)
    except BaseException:
        _file(template, "failed").touch()
        raise
