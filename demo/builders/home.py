"""The home page and the pages every footer links to, from ``demo/content/home/``."""

from wagtail.models import Locale, Page, Site

from core.models import SiteLinks
from demo.loader import (
    CONTENT,
    TRANSLATIONS,
    check_listed,
    ensure_child,
    read_page,
    stream,
    translate_all,
)
from home.models import HomePage, InformationPage

FOLDER = CONTENT / "home"
FOOTER_PAGES = ("accessibility_page", "privacy_page")


def read():
    home = read_page(FOLDER, "index")
    check_listed(FOLDER, ["index", *(home[key] for key in FOOTER_PAGES)])
    pages = {key: read_page(FOLDER, home.pop(key)) for key in FOOTER_PAGES}
    for page in pages.values():
        page["body"] = stream(page["body"])
    return {"home": home, **pages}


def plan(content):
    return f"Home: the home page and the {len(content) - 1} pages every footer links to"


def swedish_home() -> HomePage:
    """The Swedish home page, created (and made the site's root) if missing."""
    locale = Locale.objects.get(language_code="sv")
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(**read()["home"], locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.id:
        previous = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's placeholder welcome page is not ours to keep.
        if previous.specific_class is Page and previous.numchild == 0:
            previous.delete()
    return home


def build(content, stdout=None, update_catalogues=False):
    home = swedish_home()
    accessibility, _ = ensure_child(
        home, InformationPage(**content["accessibility_page"], show_in_menus=False)
    )
    privacy, _ = ensure_child(home, InformationPage(**content["privacy_page"], show_in_menus=False))

    site_links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    if not site_links.accessibility_page_id or not site_links.privacy_page_id:
        site_links.accessibility_page = site_links.accessibility_page or accessibility
        site_links.privacy_page = site_links.privacy_page or privacy
        site_links.save()

    created = translate_all(
        [home, accessibility, privacy], TRANSLATIONS / "home", update_catalogues
    )
    if stdout is not None:
        stdout.write(f"Home: {len(content)} Swedish pages, {created} translations created.")
