"""What every public page shows around its content: the language versions, the main
menu, breadcrumbs and footer links.

All of it changes only when editors publish, move or delete pages, or change
the site links, so it is kept in ``core.cache`` under the version those events bump.
A page served from a warm cache spends one query on its surroundings: reading
that number from the database, which every server process shares.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page, Site

from core.cache import PageURLs, cached
from core.models import SiteLinks

# A page without a translation in the reader's language is offered in the first of
# these it exists in, with a note in the reader's language (?untranslated=so).
FALLBACKS = ("en", "sv")
UNTRANSLATED = "untranslated"
# OpenGraph's language_TERRITORY names of the portal's languages.
OG_LOCALES = {
    "sv": "sv_SE",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "so": "so_SO",
    "fi": "fi_FI",
}
# Where a page's short description is found, in order (editors' search description
# first); shown when a link to the page is shared.
DESCRIPTIONS = ("search_description", "listing_summary", "intro", "summary", "hero_text")


@dataclass(frozen=True)
class Link:
    url: str
    title: str
    path: str = ""
    summary: str = ""


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    # True when the link leads to a translation of the page being read; False when
    # that language has none and the link leads to the page in English or Swedish
    # with a note in this language (UNTRANSLATED), or home where there is no page.
    is_translation: bool
    hreflang: str = ""  # the language of the page the link leads to


def _default_site():
    # The portal is one site; its URLs are relative ones.
    return Site.objects.filter(is_default_site=True).first()


def _live_homes(site):
    """Every language's home page: the live translations of the site's root page."""
    keys = Page.objects.filter(id=site.root_page_id).values("translation_key")
    return list(
        Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
    )


def _home_urls():
    site = _default_site()
    if site is None:
        return {}
    url = PageURLs()
    return {home.locale.language_code: url(home) for home in _live_homes(site)}


def home_urls():
    return cached("homes", _home_urls)


def home_url(language):
    return home_urls().get(language, f"/{language}/")


def _menus():
    """Each language's main menu: its home page's live children shown in menus."""
    site = _default_site()
    if site is None:
        return {}
    paths = {home.path: home.locale.language_code for home in _live_homes(site)}
    menus = {code: [] for code in paths.values()}
    if not paths:
        return menus
    under_a_home = Q()
    for path in paths:
        under_a_home |= Q(path__startswith=path)
    depth = len(next(iter(paths))) // Page.steplen + 1
    children = (
        Page.objects.live().public().in_menu().filter(under_a_home, depth=depth).order_by("path")
    )
    url = PageURLs()
    for child in children:
        code = paths[child.path[: -Page.steplen]]
        menus[code].append(Link(url(child), child.title, child.path))
    return menus


def menu(language):
    return cached("menus", _menus).get(language, [])


def _footer_links():
    """Each language's footer links: translations of the pages chosen in Site links."""
    site = _default_site()
    if site is None:
        return {}
    site_links = SiteLinks.for_site(site)
    chosen = [site_links.accessibility_page_id, site_links.privacy_page_id]
    keys = dict(
        Page.objects.filter(id__in=[c for c in chosen if c]).values_list("id", "translation_key")
    )
    order = [keys[page_id] for page_id in chosen if page_id in keys]
    links = {code: [] for code, _name in settings.LANGUAGES}
    pages = Page.objects.live().public().filter(translation_key__in=order).select_related("locale")
    url = PageURLs()
    for page in sorted(pages, key=lambda p: order.index(p.translation_key)):
        links.setdefault(page.locale.language_code, []).append(Link(url(page), page.title))
    return links


def footer_links(language):
    return cached("footer", _footer_links).get(language, [])


def _privacy_urls():
    """Each language's privacy notice: the translations of the page chosen in Site links."""
    site = _default_site()
    page_id = SiteLinks.for_site(site).privacy_page_id if site else None
    if not page_id:
        return {}
    keys = Page.objects.filter(id=page_id).values("translation_key")
    pages = Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
    url = PageURLs()
    return {page.locale.language_code: url(page) for page in pages}


def privacy_url(language):
    return cached("privacy", _privacy_urls).get(language)


def _translation_urls(page):
    """URL of each live translation of ``page`` (the page itself included), by language."""

    def build():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        url = PageURLs()
        return {p.locale.language_code: url(p) for p in translations}

    return cached(f"translations:{page.translation_key}", build)


def language_versions(page, language):
    """A link to every language version of ``page`` (None: a page outside the tree)."""
    translations = _translation_urls(page) if page is not None else {}
    fallback = next((code for code in FALLBACKS if code in translations), None)
    homes = home_urls()
    versions = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url, hreflang = translations[code], code
        elif fallback:
            url, hreflang = f"{translations[fallback]}?{UNTRANSLATED}={code}", fallback
        else:
            url, hreflang = homes.get(code) or f"/{code}/", code
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=url,
                is_current=code == language,
                is_translation=code in translations,
                hreflang=hreflang,
            )
        )
    return versions


def description(page):
    """A sentence or two about ``page`` from the first of its DESCRIPTIONS it has, as
    plain text of at most 200 characters."""
    for name in DESCRIPTIONS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return Truncator(strip_tags(value).strip()).chars(200)
    return ""


def untranslated_language(request, language):
    """The language a reader came from to a page that has no translation in it (the
    UNTRANSLATED parameter of the language links, on a page in one of FALLBACKS), or
    None."""
    code = request.GET.get(UNTRANSLATED, "")
    if language not in FALLBACKS or code == language:
        return None
    return code if code in dict(settings.LANGUAGES) else None


def breadcrumbs(page):
    """The page's ancestors from its language's home page down, as links."""

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2)
        url = PageURLs()
        return [Link(url(a), a.title, a.path) for a in ancestors]

    return cached(f"breadcrumbs:{page.path}", build)
