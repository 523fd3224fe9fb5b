import gc
import hashlib
import threading

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, connection, connections
from django.test import override_settings
from django.test.utils import setup_databases, teardown_databases
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Locale

from core.cache import forget
from home.models import HomePage
from tests import database_build, database_cache
from tests.mail_server import SMTPServer, free_port, run_mail_worker
from tests.sms_server import SMSServer

LANGUAGES = ["sv", "en", "ar", "fa", "so", "fi"]
RTL_LANGUAGES = {"ar", "fa"}


def needs_database(item):
    return item.get_closest_marker("django_db") is not None


def pytest_collection_modifyitems(config, items):
    """Give the database marker to every test that needs the test database, start
    building that database, and run first the files that need none.

    pytest-django creates the test database only for the databases that the selected
    tests' markers name. A test that reaches the database only through a fixture (a
    browser test's server, say) would otherwise, run alone, load the demo content into
    a database that was never migrated.

    The database is built in a process of its own (tests/database_build.py) while the
    files that need no database run. The others follow, the files marked ``heavy`` and
    then those with most tests first, so that the last minutes of a run are shared by
    both processes (make pytest tells pytest-xdist to keep this order).
    """
    for item in items:
        if "django_db_setup" in getattr(item, "fixturenames", ()) and not needs_database(item):
            item.add_marker(pytest.mark.django_db)
    files = {}
    for item in items:
        files.setdefault(item.path, []).append(item)
    uses_database = {path: any(map(needs_database, tests)) for path, tests in files.items()}
    heavy = {
        path: any(item.get_closest_marker("heavy") for item in tests)
        for path, tests in files.items()
    }

    def cost(path):
        return (uses_database[path], not heavy[path], -len(files[path]))

    order = sorted(files, key=cost)
    items[:] = [item for path in order for item in files[path]]
    building = any(uses_database.values()) and not config.option.collectonly
    if building and connection.vendor == "postgresql":
        with config.stash[blocking_manager_key].unblock():
            database_build.start(connection)


@pytest.fixture(autouse=True, scope="session")
def mail_through_the_outbox(django_test_environment):
    """Every e-mail goes into the outbox, as with every other settings module.

    Django's test setup points every mailer alias at locmem, the outbox's one too;
    the worker's mailer ("smtp") stays locmem, so delivered e-mails are in mail.outbox.
    """
    settings.MAILERS = {**settings.MAILERS, "default": database_cache.OUTBOX}


def say(config, line):
    """Print ``line`` whatever pytest captures. A pytest-xdist worker has no terminal: its
    line goes to the main process with the worker's results and is printed there."""
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput.setdefault("lines", []).append(line)
        return
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter and capture:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\n{line}")


class WorkerLines:
    """Prints, in the main process, what each pytest-xdist worker said with say()."""

    def __init__(self, config):
        self.config = config

    def pytest_testnodedown(self, node, error):
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        for line in getattr(node, "workeroutput", {}).get("lines", []):
            reporter.write_line(f"[{node.gateway.id}] {line}")


def pytest_configure(config):
    # The tests make objects by the million (pages, queries, templates): the garbage
    # collector leaves what is loaded by now alone and passes less often.
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    if config.pluginmanager.hasplugin("xdist") and not hasattr(config, "workerinput"):
        config.pluginmanager.register(WorkerLines(config), "worker-lines")


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_modify_db_settings, django_db_blocker
):
    """The test database starts with the demo content, committed once for the session.

    It is built once per run and copied for each test process, and restored from the
    previous run's copy while the code that builds it is the same (tests/database_cache.py).
    """
    verbosity = request.config.option.verbose

    def setup(keepdb):
        return setup_databases(
            verbosity=verbosity, interactive=False, keepdb=keepdb, serialized_aliases=set()
        )

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            config, report = database_build.prepare(connection, setup)
        else:
            config = setup(keepdb=False)
            call_command("load_demo_content", verbosity=0)
            report = "Test database built"
    say(request.config, report)
    yield
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            # A browser test's server thread may still hold a connection, and PostgreSQL
            # waits five seconds for it before it refuses to drop the database.
            database_cache.disconnect_others(connection, connection.settings_dict["NAME"])
        try:
            teardown_databases(config, verbosity=verbosity)
        except DatabaseError as error:
            # The throw-away cluster goes with the run in any case.
            request.node.warn(pytest.PytestWarning(f"Test database not dropped: {error!r}"))


@pytest.fixture
def home_pages(db):
    """Each language's home page, by language code."""
    return {
        page.locale.language_code: page
        for page in HomePage.objects.filter(depth=2).select_related("locale")
    }


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture(autouse=True)
def empty_cache(request):
    """Each test starts with a cold cache, as pages made by factories send no signals.

    Browser tests read the committed demo content, which no test changes for good; those
    that commit a change do it through ``committed``, which empties the cache after it.
    Every other browser test finds the pages cached, as a visitor would; only the counts
    of the browser's posts are reset.
    """
    if request.node.get_closest_marker("browser") is None:
        cache.clear()
        forget()
    else:
        # The browser is one client, on loopback: it starts each test with no posts
        # counted against the public forms' rate limits (submissions/ratelimit.py).
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:127.0.0.1".encode()).hexdigest()
        cache.delete_many(
            [f"portal:rate:{scope}:{digest}" for scope in settings.PORTAL_RATE_LIMITS]
        )


def translation_of(model, swedish_slug, language):
    """The ``language`` version of the Swedish page with this slug (slugs are translated)."""
    swedish = model.objects.get(slug=swedish_slug, locale__language_code="sv")
    return model.objects.get(
        translation_key=swedish.translation_key, locale__language_code=language
    )


@pytest.fixture
def mail_server_down():
    """The worker delivers to an SMTP port on this machine where nothing listens."""
    mailer = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 2},
    }
    with override_settings(MAILERS={**settings.MAILERS, "smtp": mailer}):
        yield


@pytest.fixture
def smtp_server():
    """A real SMTP server (aiosmtpd) on a loopback port that the worker delivers to.

    It starts down: call ``smtp_server.start()`` to bring it up on the same port.
    """
    server = SMTPServer()
    with override_settings(MAILERS={**settings.MAILERS, "smtp": server.mailer}):
        yield server
    server.stop()


@pytest.fixture
def sms_server():
    """A recording stand-in for the SMS provider's API on a loopback port, which the
    worker sends text messages to (the 46elks backend)."""
    server = SMSServer()
    server.start()
    with override_settings(**server.settings):
        yield server
    server.stop()


@pytest.fixture
def mail_worker(db):
    """Run the e-mail worker once, until no task is due: ``mail_worker()``.

    Browser and server-process tests commit what they send; this test sees only its
    own e-mails (the deletion is rolled back with the test's transaction).
    """
    from django_tasks_db.models import DBTaskResult

    from outbox.models import Message

    DBTaskResult.objects.all().delete()
    Message.objects.all().delete()
    return run_mail_worker


@pytest.fixture
def committed(django_db_blocker):
    """Run database work on a connection of its own, committed at once.

    Tests run inside a test transaction that a server (a thread, or a process of its
    own) cannot see; what the server must show has to be committed. The test process's
    cache is emptied after it.
    """

    def run(function):
        outcome = {}

        def target():
            try:
                outcome["value"] = function()
            except Exception as error:  # re-raised in the test's thread
                outcome["error"] = error
            finally:
                connections.close_all()

        with django_db_blocker.unblock():
            worker = threading.Thread(target=target)
            worker.start()
            worker.join()
        # What the server shows from its cache may be out of date after a change.
        cache.clear()
        forget()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    return run
