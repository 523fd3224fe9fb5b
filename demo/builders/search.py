"""The editors' search synonyms of the demo, from ``demo/content/search/synonyms.toml``."""

from demo.loader import CONTENT, read_page
from search.models import SynonymGroup

FOLDER = CONTENT / "search"


def read():
    return {"groups": read_page(FOLDER, "synonyms")["group"]}


def plan(content):
    languages = {group["language"] for group in content["groups"]}
    return f"Search: {len(content['groups'])} groups of synonyms in {len(languages)} languages"


def build(content, stdout=None, update_catalogues=False):
    if update_catalogues:
        return
    added = 0
    for group in content["groups"]:
        _synonyms, created = SynonymGroup.objects.get_or_create(
            language=group["language"], words=group["words"]
        )
        added += created
    if stdout is not None:
        stdout.write(f"Search: {added} groups of synonyms added.")
