"""A real server and a real headless Chromium (Debian's) for the browser tests."""

import os
import shutil

import pytest
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright

from tests.e2e.checks import check_page_in, watched_page

# Playwright's sync API keeps an event loop in the main thread; the tests'
# own database work there is ordinary synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Debian's headless shell: the same Blink and V8 as its Chromium without the browser's
# own interface, a quarter less work per page than Chromium in headless mode.
CHROMIUM = shutil.which("chromium-headless-shell") or "/usr/bin/chromium-headless-shell"
# The machine has no network beyond loopback: keep Chromium from reaching out.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def server_url(django_db_setup, django_db_blocker):
    """The portal, served over HTTP from the session's test database and demo content."""
    with django_db_blocker.unblock():
        # Static files are served by WhiteNoise inside the app, as in production.
        thread = LiveServerThread("127.0.0.1", lambda app: app, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
        thread.terminate()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            "Chromium's headless shell is missing: run 'make test' "
            "(as root it installs Debian's chromium-headless-shell)."
        )
    # Playwright gives each launch a new, empty profile of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def checks(browser):
    """The one browser page a module's page checks go through (checks.check_page)."""
    page = check_page_in(browser)
    yield page
    page.context.close()


@pytest.fixture(scope="module", autouse=True)
def searches_forgotten(django_db_blocker):
    """The server counts what the browser searches for; a module's counts go with it.

    They are committed to the database every test file on this worker shares, where a
    test of the search statistics would otherwise find them.
    """
    from search.models import QueryCount

    with django_db_blocker.unblock():
        before = QueryCount.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    yield
    with django_db_blocker.unblock():
        QueryCount.objects.filter(pk__gt=before).delete()


@pytest.fixture
def page(browser):
    page = watched_page(browser)
    yield page
    page.context.close()
