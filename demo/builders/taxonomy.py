"""Topics, districts, forum themes and languages of service, from
``demo/content/taxonomy/`` (a TOML list each)."""

from wagtail.models import Locale

from demo.loader import CONTENT, TRANSLATIONS, check_listed, read_page, translate_all
from taxonomy.models import District, Language, Theme, Topic

FOLDER = CONTENT / "taxonomy"
# Data file, the table name of each term in it, the model; built in this order.
LISTS = [
    ("topics", "topic", Topic),
    ("districts", "district", District),
    ("themes", "theme", Theme),
    ("languages", "language", Language),
]


def read():
    check_listed(FOLDER, [name for name, _item, _model in LISTS])
    return {name: read_page(FOLDER, name)[item] for name, item, _model in LISTS}


def plan(content):
    counts = ", ".join(f"{len(content[name])} {name}" for name, _item, _model in LISTS)
    return f"Taxonomy: {counts}"


def _ensure(model, rows, locale):
    terms = []
    for row in rows:
        term, _created = model.objects.get_or_create(
            slug=row["slug"],
            locale=locale,
            defaults={"name": row["name"], "description": row.get("description", "")},
        )
        terms.append(term)
    return terms


def build(content, stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    terms = []
    for name, _item, model in LISTS:
        terms += _ensure(model, content[name], locale)
    created = translate_all(terms, TRANSLATIONS / "taxonomy", update_catalogues)
    if stdout is not None:
        stdout.write(f"{plan(content)}, {created} translations created.")
