"""Demo programmes: the one-year development programme for local leaders with its six
modules, the short course on how the city works and the course on cross-sector
collaboration, with sessions dated relative to the day the command runs and small
PDF course materials.

The Swedish text is in ``courses/demo_content.py``; translations are in
``courses/demo_translations/<language>.po``.
"""

import datetime
from pathlib import Path

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale

from core.demo import ensure_child, pdf_document, translate_all
from courses.demo_content import INDEX, LIBRARY, PROGRAMMES
from courses.models import MaterialsLibraryPage, ModulePage, ProgrammeIndexPage, ProgrammePage
from home.demo import swedish_home
from taxonomy.models import Language

TRANSLATIONS = Path(__file__).resolve().parent / "demo_translations"
# The listing and the programmes are in every language; the one-year programme's
# modules in these, the other courses' modules in English.
MODULE_LANGUAGES = ["en", "ar", "so"]


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullets(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _moment(today, days, hour_minute="00:00"):
    day = today + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time.fromisoformat(hour_minute), timezone.get_default_timezone()
    )


def _programme(data, today):
    return ProgrammePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        purpose=paragraphs(data["purpose"]),
        audience=paragraphs(data["audience"]),
        structure=paragraphs(data["structure"]),
        length=data["length"],
        benefits=bullets(data["benefits"]),
        application_opens=_moment(today, data["application_opens_days"]),
        application_closes=_moment(today, data["application_closes_days"], "23:59"),
        rounds=[
            (
                "round",
                {
                    "name": round_["name"],
                    "starts": today + datetime.timedelta(days=round_["starts_days"]),
                    "ends": today + datetime.timedelta(days=round_["ends_days"]),
                    "note": round_["note"],
                },
            )
            for round_ in data["rounds"]
        ],
    )


def _session(data, today):
    start = datetime.datetime.combine(
        today + datetime.timedelta(days=data["days_from_today"]),
        datetime.time.fromisoformat(data["start"]),
    )
    end = start + datetime.timedelta(minutes=data["minutes"])
    return (
        "session",
        {
            "title": data["title"],
            "date": start.date(),
            "start": start.time(),
            "end": end.time(),
            "place": data["place"],
            "address": data["address"],
            "preparation": data["prepare"],
        },
    )


def _material(data, languages):
    value = {
        "title": data["title"],
        "kind": data["kind"],
        "language": languages[data["language"]],
        "document": None,
        "url": data.get("url", ""),
    }
    if "lines" in data:
        filename = f"{slugify(data['title'])[:60]}.pdf"
        value["document"] = pdf_document(data["title"], filename, [data["title"], *data["lines"]])
    return ("material", value)


def _module(data, today, languages):
    return ModulePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        learning_goals=bullets(data["goals"]),
        sessions=[_session(session, today) for session in data["sessions"]],
        study_visits=paragraphs(data["study_visits"]),
        assignments=paragraphs(data["assignments"]),
        materials=[_material(material, languages) for material in data["materials"]],
    )


def build(stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    languages = {term.slug: term for term in Language.objects.filter(locale=locale)}
    today = timezone.localdate()
    index, _ = ensure_child(swedish_home(), ProgrammeIndexPage(**INDEX, show_in_menus=True))
    programmes, modules = [], []
    for data in PROGRAMMES:
        programme, _ = ensure_child(index, _programme(data, today))
        programmes.append(programme)
        modules.append(
            [
                ensure_child(programme, _module(module, today, languages))[0]
                for module in data["modules"]
            ]
        )

    library, _ = ensure_child(index, MaterialsLibraryPage(**LIBRARY))
    created = translate_all([index, *programmes, library], TRANSLATIONS, update_catalogues)
    created += translate_all(modules[0], TRANSLATIONS, update_catalogues, MODULE_LANGUAGES)
    others = [module for group in modules[1:] for module in group]
    created += translate_all(others, TRANSLATIONS, update_catalogues, ["en"])
    if stdout is not None:
        stdout.write(
            f"Programmes: {len(programmes)} programmes, {sum(map(len, modules))} modules, "
            f"{created} translations created."
        )
