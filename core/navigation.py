"""What every public page shows around its content: the language versions, the main
menu, breadcrumbs and footer links.

All of it changes only when editors publish, move or delete pages, or change
the site links, so it is cached under a version number that those events bump.
A page served from a warm cache spends one query on its surroundings: reading
that number from the database, which every server process shares.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import NavigationVersion, SiteLinks

TIMEOUT = 60 * 60 * 24


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
    # True when the link leads to a translation of the page being read;
    # False when that language has no translation and the link goes home.
    is_translation: bool


def version(request):
    if not hasattr(request, "_portal_navigation_version"):
        number = NavigationVersion.objects.filter(pk=1).values_list("number", flat=True).first()
        request._portal_navigation_version = number or 0
    return request._portal_navigation_version


def bump_version(**kwargs):
    if not NavigationVersion.objects.filter(pk=1).update(number=F("number") + 1):
        NavigationVersion.objects.get_or_create(pk=1)


def cached(request, name, build):
    """Per request in an attribute, across requests in the cache under the version."""
    attribute = f"_portal_{name}"
    if hasattr(request, attribute):
        return getattr(request, attribute)
    site = Site.find_for_request(request)
    key = f"portal:{name}:{site.pk if site else 0}:{version(request)}"
    value = cache.get(key)
    if value is None:
        value = build(request, site)
        cache.set(key, value, TIMEOUT)
    setattr(request, attribute, value)
    return value


def _restricted_paths(request, site):
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def public(pages, request=None):
    """``pages`` without those behind a view restriction (a password, a login, a group)
    or under one: what anonymous readers may see listed, in feeds and in calendars.

    Wagtail's ``.public()`` reads the restrictions on every call; with the request, they
    come from the cache under the navigation version, which a new or removed restriction
    bumps, so a listing on a warm cache asks nothing more.
    """
    if request is None:
        return pages.public()
    paths = cached(request, "restricted-paths", _restricted_paths)
    hidden = Q()
    for path in paths:
        hidden |= Q(path__startswith=path)
    return pages.exclude(hidden) if paths else pages


def _live_homes(site):
    """Every language's home page: the live translations of the site's root page."""
    keys = Page.objects.filter(id=site.root_page_id).values("translation_key")
    return list(
        Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
    )


def _home_urls(request, site):
    if site is None:
        return {}
    return {home.locale.language_code: home.get_url(request) for home in _live_homes(site)}


def home_urls(request):
    return cached(request, "homes", _home_urls)


def home_url(request, language):
    return home_urls(request).get(language, f"/{language}/")


def _menus(request, site):
    """Each language's main menu: its home page's live children shown in menus."""
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
    for child in children:
        code = paths[child.path[: -Page.steplen]]
        menus[code].append(Link(child.get_url(request), child.title, child.path))
    return menus


def menu(request, language):
    return cached(request, "menus", _menus).get(language, [])


def _footer_links(request, site):
    """Each language's footer links: translations of the pages chosen in Site links."""
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
    for page in sorted(pages, key=lambda p: order.index(p.translation_key)):
        links.setdefault(page.locale.language_code, []).append(
            Link(page.get_url(request), page.title)
        )
    return links


def footer_links(request, language):
    return cached(request, "footer", _footer_links).get(language, [])


def _privacy_urls(request, site):
    """Each language's privacy notice: the translations of the page chosen in Site links."""
    page_id = SiteLinks.for_site(site).privacy_page_id if site else None
    if not page_id:
        return {}
    keys = Page.objects.filter(id=page_id).values("translation_key")
    pages = Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
    return {page.locale.language_code: page.get_url(request) for page in pages}


def privacy_url(request, language):
    return cached(request, "privacy", _privacy_urls).get(language)


def _translation_urls(request, page):
    """URL of each live translation of ``page`` (the page itself included), by language."""

    def build(request, site):
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {p.locale.language_code: p.get_url(request) for p in translations}

    return cached(request, f"translations:{page.translation_key}", build)


def language_versions(request, page, language):
    translations = _translation_urls(request, page) if page is not None else {}
    homes = home_urls(request)
    return [
        LanguageVersion(
            code=code,
            name=name,
            url=translations.get(code) or homes.get(code) or f"/{code}/",
            is_current=code == language,
            is_translation=code in translations,
        )
        for code, name in settings.LANGUAGES
    ]


def breadcrumbs(request, page):
    """The page's ancestors from its language's home page down, as links."""

    def build(request, site):
        ancestors = page.get_ancestors().filter(depth__gte=2)
        return [Link(a.get_url(request), a.title, a.path) for a in ancestors]

    return cached(request, f"breadcrumbs:{page.path}", build)


def _bump_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | SiteLinks | PageViewRestriction):
        bump_version()


def bump_version_on_change(*models):
    """Rebuild what is cached under the version whenever a row of ``models`` changes."""
    for model in models:
        label = model._meta.label
        post_save.connect(bump_version, sender=model, dispatch_uid=f"portal-version-saved-{label}")
        post_delete.connect(
            bump_version, sender=model, dispatch_uid=f"portal-version-deleted-{label}"
        )


def connect_signals():
    page_published.connect(bump_version, dispatch_uid="portal-navigation-published")
    page_unpublished.connect(bump_version, dispatch_uid="portal-navigation-unpublished")
    post_page_move.connect(bump_version, dispatch_uid="portal-navigation-moved")
    post_delete.connect(_bump_on_delete, dispatch_uid="portal-navigation-deleted")
    for model in (SiteLinks, Site, PageViewRestriction):
        post_save.connect(bump_version, sender=model, dispatch_uid=f"portal-navigation-{model}")
