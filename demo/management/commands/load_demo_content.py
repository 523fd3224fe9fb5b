from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.builders import contacts, courses, editorial, events, guides, home, search, taxonomy
from demo.loader import DemoContentError, MissingDemoTranslation, indexes_updated_once

# Each subject's builder reads its data files, says what it holds and builds it; they run
# in this order, as later subjects hang under pages and name snippets made by earlier ones.
BUILDERS = [home, taxonomy, contacts, guides, events, courses, editorial, search]


class Command(BaseCommand):
    help = (
        "Create the demo pages in Swedish and their translations in every language. "
        "Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update-catalogues",
            action="store_true",
            help=(
                "Build the Swedish demo content and add its new texts, untranslated, to "
                "each subject's demo PO files, without translating anything."
            ),
        )
        parser.add_argument(
            "--local-admin",
            action="store_true",
            help=(
                "Then run create_local_admin in the same process, as `make run` does: "
                "one start of Django less before the first page."
            ),
        )

    def handle(self, *args, update_catalogues=False, local_admin=False, **options):
        stdout = self.stdout if options["verbosity"] > 0 else None
        with indexes_updated_once():
            for builder in BUILDERS:
                try:
                    content = builder.read()
                    # Said as it starts: a subject takes up to half a minute to build.
                    self._say(stdout, f"{builder.plan(content)} …")
                    builder.build(content, stdout=stdout, update_catalogues=update_catalogues)
                except (DemoContentError, MissingDemoTranslation) as error:
                    raise CommandError(str(error)) from error
            self._say(stdout, "Search and reference indexes: updating both, once for everything …")
        if local_admin:
            call_command("create_local_admin", verbosity=options["verbosity"], stdout=self.stdout)

    def _say(self, stdout, line):
        if stdout is not None:
            stdout.write(line)
            stdout.flush()
