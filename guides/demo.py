"""Demo guides: four sections of guides, easy-to-read versions, the organisation
diagram, the ways to influence the city, and the contact finder.

The Swedish text is in ``guides/demo_content/``; translations are in
``guides/demo_translations/<language>.po``. Every page is translated into
English; the key guides, the sections holding them, the diagram, the ways to
influence and the contact finder into every language.
"""

import datetime
from pathlib import Path

from wagtail.models import Locale, Page

from contacts.models import ContactFinderPage
from demo.builders.contacts import by_reference
from demo.builders.home import swedish_home
from demo.loader import ensure_child, translate_all
from guides.demo_content import city, ekonomi, forening, paverka
from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePath,
    InfluencePathsPage,
    OrganisationPage,
    RelatedGuide,
)
from taxonomy.models import District, Theme, Topic

TRANSLATIONS = Path(__file__).resolve().parent / "demo_translations"
SECTIONS = [city.SECTION, paverka.SECTION, forening.SECTION, ekonomi.SECTION]
KEY_GUIDES = [
    "sa-ar-staden-organiserad",
    "sa-paverkar-du-i-din-stadsdel",
    "medborgarforslag",
    "starta-en-forening",
    "soka-foreningsbidrag",
    "bokforing-och-ekonomi",
]
EVERY_LANGUAGE = ["en", "ar", "fa", "so", "fi"]

FINDER = {
    "title": "Hitta rätt kontakt",
    "slug": "hitta-kontakt",
    "intro": (
        "Välj din stadsdel och vad din fråga gäller. Då får du veta vem i staden du ska "
        "kontakta. Den kontakt som passar bäst kommer först."
    ),
    "listing_summary": "Vem i staden ska du fråga? Välj stadsdel och fråga.",
}
INFLUENCE = {
    "title": "Vägar att påverka",
    "slug": "vagar-att-paverka",
    "intro": (
        "Det finns flera sätt att påverka beslut i Stockholms stad. Här ser du dem sida vid "
        "sida: vem som kan använda dem, hur det går till och vad som händer sedan."
    ),
    "listing_summary": "Jämför sätten att påverka och välj det som passar din fråga.",
}
# A fixed review date keeps the demo deterministic; editors set their own.
LAST_REVIEWED = datetime.date(2026, 10, 1)
# Two guides nobody has checked for over a year, so the reviews report has work to show.
REVIEWED_LONG_AGO = {
    "arsmotet-och-styrelsen": datetime.date(2025, 3, 14),
    "bankkonto-och-bankgiro": datetime.date(2025, 9, 1),
}


def stream(blocks, contacts):
    """StreamField data from the demo content's (kind, value) pairs."""
    data = []
    for kind, value in blocks:
        if kind == "contact":
            value = contacts[value]
        elif kind == "forums":  # the upcoming forums on a theme, named by its slug
            value = {"theme": Theme.objects.get(slug=value, locale__language_code="sv")}
        elif kind == "table":
            value = {"first_column_is_header": True, **value}
        data.append((kind, value))
    return data


def _guide(data, topics, districts, contacts):
    guide = GuidePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        listing_summary=data["listing_summary"],
        audience=data["audience"],
        content_owner=data["content_owner"],
        last_reviewed=REVIEWED_LONG_AGO.get(data["slug"], LAST_REVIEWED),
        body=stream(data["body"], contacts),
    )
    guide.topics = [topics[slug] for slug in data["topics"]]
    guide.districts = [districts[slug] for slug in data.get("districts", [])]
    return guide


def build(stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    home = swedish_home()
    topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
    districts = {d.slug: d for d in District.objects.filter(locale=locale)}
    contacts = by_reference(locale)

    everywhere, english_only, guides = [], [], {}
    for section_data in SECTIONS:
        section, _ = ensure_child(
            home,
            GuideIndexPage(
                title=section_data["title"],
                slug=section_data["slug"],
                intro=section_data["intro"],
                listing_summary=section_data["listing_summary"],
                show_in_menus=True,
            ),
        )
        everywhere.append(section)
        for data in section_data["guides"]:
            guide, _ = ensure_child(section, _guide(data, topics, districts, contacts))
            guides[guide.slug] = (guide, data)
            (everywhere if guide.slug in KEY_GUIDES else english_only).append(guide)
            if data.get("easy_read"):
                easy = data["easy_read"]
                ensure_child(
                    guide,
                    EasyReadPage(
                        title=f"{data['title']} (lättläst)",
                        slug="lattlast",
                        intro=easy["intro"],
                        body=stream(easy["body"], contacts),
                    ),
                )
        if section_data is city.SECTION:
            everywhere.append(_organisation(section, contacts))
        if section_data is paverka.SECTION:
            page, _ = ensure_child(section, InfluencePathsPage(**INFLUENCE))
            everywhere.append(page)

    _relate(guides)
    paths = _influence_paths(locale, contacts, guides)
    finder, _ = ensure_child(home, ContactFinderPage(**FINDER, show_in_menus=True))
    everywhere.append(finder)

    # Snippets first: translated pages point at translated contacts.
    created = translate_all(paths, TRANSLATIONS, update_catalogues, EVERY_LANGUAGE)
    created += translate_all(everywhere, TRANSLATIONS, update_catalogues, EVERY_LANGUAGE)
    created += translate_all(english_only, TRANSLATIONS, update_catalogues, ["en"])
    if stdout is not None:
        stdout.write(
            f"Guides: {len(SECTIONS)} sections, {len(guides)} guides, {len(paths)} ways to "
            f"influence, {created} translations created."
        )


def _organisation(section, contacts):
    data = dict(city.ORGANISATION)
    chart = _resolve_unit(data.pop("chart"), section, contacts)
    page, _ = ensure_child(section, OrganisationPage(**data, chart=[("chart", chart)]))
    return page


def _resolve_unit(unit, section, contacts):
    """Guide slugs and contact references in the diagram, made into pages and contacts."""
    resolved = dict(unit)
    slug = unit.get("page")
    resolved["page"] = (
        Page.objects.filter(slug=slug, locale=section.locale).first() if slug else None
    )
    resolved["contact"] = contacts[unit["contact"]] if unit.get("contact") else None
    for children in ("groups", "units"):
        if children in unit:
            resolved[children] = [
                _resolve_unit(child, section, contacts) for child in unit[children]
            ]
    return resolved


def _relate(guides):
    """Link each guide to its related guides, once they all exist."""
    for guide, data in guides.values():
        related = [guides[slug][0] for slug in data.get("related", []) if slug in guides]
        if not related or RelatedGuide.objects.filter(page=guide).exists():
            continue
        guide = GuidePage.objects.get(pk=guide.pk)
        guide.related_guides = [RelatedGuide(guide=other) for other in related]
        guide.save_revision().publish()


def _influence_paths(locale, contacts, guides):
    paths = []
    for order, data in enumerate(paverka.INFLUENCE_PATHS):
        data = dict(data)
        page_slug, contact_ref = data.pop("page", None), data.pop("contact", None)
        path = InfluencePath.objects.filter(slug=data["slug"], locale=locale).first()
        if path is None:
            path = InfluencePath.objects.create(
                **data,
                locale=locale,
                sort_order=order,
                contact=contacts.get(contact_ref),
                page=guides[page_slug][0] if page_slug in guides else None,
            )
        paths.append(path)
    return paths
