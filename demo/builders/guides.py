"""Guides: four sections of guides, easy-to-read versions, the organisation diagram, the
ways to influence the city and the contact finder, from ``demo/content/guides/``.

``guides.toml`` there lists the sections, each a folder whose ``index.toml`` lists its
guides. Every page but the easy-to-read versions (which are Swedish by definition) is
translated into every language.
"""

from wagtail.models import Locale, Page

from contacts.models import ContactFinderPage
from demo.builders.contacts import by_reference
from demo.builders.home import swedish_home
from demo.loader import (
    CONTENT,
    TRANSLATIONS,
    check_listed,
    ensure_child,
    read_page,
    stream,
    translate_all,
)
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

FOLDER = CONTENT / "guides"
EVERY_LANGUAGE = ["en", "ar", "fa", "so", "fi"]
EASY_READ = "{slug}.lattlast"


def read():
    manifest = read_page(FOLDER, "guides")
    finder, paths = manifest["contact_finder"], manifest["influence_paths"]
    check_listed(FOLDER, ["guides", finder, paths, *manifest["sections"]])
    return {
        "sections": [_section(FOLDER / slug) for slug in manifest["sections"]],
        "last_reviewed": manifest["last_reviewed"],
        "finder": read_page(FOLDER, finder),
        "influence_paths": read_page(FOLDER, paths)["path"],
    }


def plan(content):
    sections = content["sections"]
    guides = [guide for section in sections for guide in section["guides"]]
    easy = [guide for guide in guides if guide.get("easy_read")]
    return (
        f"Guides: {len(sections)} sections, {len(guides)} guides, {len(easy)} easy-to-read "
        f"versions, the organisation diagram, {len(content['influence_paths'])} ways to "
        "influence, the contact finder"
    )


def _section(folder):
    """A section's page, with its guides (and their easy-to-read versions) in order, and
    the diagram or the ways to influence if it holds one."""
    section = read_page(folder, "index")
    slugs = section.pop("guides")
    others = {key: section.pop(key, None) for key in ("organisation", "influence_paths_page")}
    easy = {
        slug: EASY_READ.format(slug=slug)
        for slug in slugs
        if (folder / f"{EASY_READ.format(slug=slug)}.toml").exists()
    }
    check_listed(folder, ["index", *slugs, *easy.values(), *filter(None, others.values())])
    section["guides"] = []
    for slug in slugs:
        guide = read_page(folder, slug)
        guide["body"] = stream(guide["body"])
        if slug in easy:
            guide["easy_read"] = read_page(folder, easy[slug])
            guide["easy_read"]["body"] = stream(guide["easy_read"]["body"])
        section["guides"].append(guide)
    for key, name in others.items():
        section[key] = read_page(folder, name) if name else None
    return section


def resolved(blocks, contacts):
    """Blocks with the contacts, themes and tables they name made into their values."""
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


def _guide(data, last_reviewed, topics, districts, contacts):
    guide = GuidePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        listing_summary=data["listing_summary"],
        audience=data["audience"],
        content_owner=data["content_owner"],
        last_reviewed=data.get("last_reviewed", last_reviewed),
        body=resolved(data["body"], contacts),
    )
    guide.topics = [topics[slug] for slug in data["topics"]]
    guide.districts = [districts[slug] for slug in data.get("districts", [])]
    return guide


def build(content, stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    home = swedish_home()
    topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
    districts = {d.slug: d for d in District.objects.filter(locale=locale)}
    contacts = by_reference(locale)

    everywhere, guides = [], {}
    for section_data in content["sections"]:
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
            guide = _guide(data, content["last_reviewed"], topics, districts, contacts)
            guide, _ = ensure_child(section, guide)
            guides[guide.slug] = (guide, data)
            everywhere.append(guide)
            if data.get("easy_read"):
                easy = data["easy_read"]
                ensure_child(
                    guide,
                    EasyReadPage(
                        title=easy["title"],
                        slug=easy["slug"],
                        intro=easy["intro"],
                        body=resolved(easy["body"], contacts),
                    ),
                )
        if section_data["organisation"]:
            everywhere.append(_organisation(section_data["organisation"], section, contacts))
        if section_data["influence_paths_page"]:
            page = InfluencePathsPage(**section_data["influence_paths_page"])
            everywhere.append(ensure_child(section, page)[0])

    _relate(guides)
    paths = _influence_paths(content["influence_paths"], locale, contacts, guides)
    finder, _ = ensure_child(home, ContactFinderPage(**content["finder"], show_in_menus=True))
    everywhere.append(finder)

    # Snippets first: translated pages point at translated contacts.
    created = translate_all(paths, TRANSLATIONS / "guides", update_catalogues, EVERY_LANGUAGE)
    created += translate_all(everywhere, TRANSLATIONS / "guides", update_catalogues, EVERY_LANGUAGE)
    if stdout is not None:
        stdout.write(
            f"Guides: {len(content['sections'])} sections, {len(guides)} guides, "
            f"{len(paths)} ways to influence, {created} translations created."
        )


def _organisation(data, section, contacts):
    data = dict(data)
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


def _influence_paths(rows, locale, contacts, guides):
    paths = []
    for order, data in enumerate(rows):
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
