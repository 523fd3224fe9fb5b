import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

IGNORE = [".venv", "staticfiles", "tests", "bench", "media"]


def _catalogue_entries(path: Path) -> list[tuple]:
    """What a .po file says, ignoring where in the code each string sits.

    Moving a line of code shifts the locations makemessages records; that
    changes nothing a translator has to do.
    """
    return sorted(
        (
            entry.msgctxt or "",
            entry.msgid,
            entry.msgid_plural or "",
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
            tuple(sorted(entry.flags)),
        )
        for entry in polib.pofile(str(path))
    )


class Command(BaseCommand):
    help = (
        "Fail when makemessages would change a committed catalogue, when a string is "
        "untranslated or fuzzy, or when the compiled .mo files are stale. Leaves locale/ "
        "exactly as it found it."
    )

    def handle(self, *args, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        problems = []
        with tempfile.TemporaryDirectory() as tmp:
            snapshot = Path(tmp) / "locale"
            shutil.copytree(locale_dir, snapshot)
            try:
                call_command(
                    "makemessages", all=True, no_obsolete=True, ignore_patterns=IGNORE, verbosity=0
                )
                for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
                    before = snapshot / po_path.relative_to(locale_dir)
                    if not before.exists() or _catalogue_entries(before) != _catalogue_entries(
                        po_path
                    ):
                        problems.append(f"{po_path} is out of date: run 'make messages'.")
                    catalogue = polib.pofile(str(po_path))
                    for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries():
                        problems.append(f"{po_path}: untranslated or fuzzy: {entry.msgid!r}")
                call_command("compilemessages", ignore_patterns=IGNORE, verbosity=0)
                for mo_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.mo")):
                    before = snapshot / mo_path.relative_to(locale_dir)
                    if not before.exists() or before.read_bytes() != mo_path.read_bytes():
                        problems.append(f"{mo_path} is stale: run 'make messages' and commit.")
            finally:
                shutil.rmtree(locale_dir)
                shutil.copytree(snapshot, locale_dir)
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write("Message catalogues are complete and up to date.")
