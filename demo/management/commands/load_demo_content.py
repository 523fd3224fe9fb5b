from importlib import import_module

from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoContentError, MissingDemoTranslation, indexes_updated_once

# Each app with demo content has a demo.build(); they run in this order, as
# later sections hang under pages made by earlier ones.
BUILDERS = [
    "demo.builders.home",
    "demo.builders.taxonomy",
    "demo.builders.contacts",
    "demo.builders.guides",
    "demo.builders.events",
    "demo.builders.courses",
    "demo.builders.editorial",
]


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
                "each app's demo PO files, without translating anything."
            ),
        )

    def handle(self, *args, update_catalogues=False, **options):
        stdout = self.stdout if options["verbosity"] > 0 else None
        with indexes_updated_once():
            for name in BUILDERS:
                try:
                    import_module(name).build(stdout=stdout, update_catalogues=update_catalogues)
                except (DemoContentError, MissingDemoTranslation) as error:
                    raise CommandError(str(error)) from error
