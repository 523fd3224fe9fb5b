"""The database a benchmark runs on in its own process: a new test database with the
demo content, dropped when the benchmark ends."""

from contextlib import contextmanager

from django.core.management import call_command
from django.db import connection
from django.test.utils import setup_test_environment


@contextmanager
def demo_database():
    """Django's test setup, then a test database with the demo content for the block."""
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("load_demo_content", verbosity=0)
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
