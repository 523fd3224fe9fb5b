"""Template tags for what surrounds every public page; the data comes from core.navigation."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Page

from core import cache, navigation

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    language = translation.get_language()
    return {"versions": navigation.language_versions(_page(context), language)}


@register.simple_tag(takes_context=True)
def untranslated_note(context):
    """On a page reached from a language it has no translation in: a note in that
    language saying so, with a link to that language's home page."""
    request = context.get("request")
    language = translation.get_language()
    code = navigation.untranslated_language(request, language) if request else None
    if code is None:
        return ""
    with translation.override(code):
        return render_to_string(
            "components/untranslated_note.html",
            {
                "code": code,
                "bidi": translation.get_language_bidi(),
                "shown": language,
                "home": navigation.home_url(code),
            },
        )


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context):
    """OpenGraph and Twitter-card tags: what a link to this page shows when shared."""
    request = context.get("request")
    page = _page(context)
    language = translation.get_language()
    versions = navigation.language_versions(page, language) if page is not None else []
    return {
        "title": (page.seo_title or page.title) if page is not None else "",
        "description": navigation.description(page) if page is not None else "",
        "url": request.build_absolute_uri(request.path) if request else "",
        "type": "article" if page is not None and page.depth > 2 else "website",
        "locale": navigation.OG_LOCALES.get(language, language),
        "alternates": [
            navigation.OG_LOCALES.get(v.code, v.code)
            for v in versions
            if v.is_translation and not v.is_current
        ],
    }


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """<link rel="alternate" hreflang> for every language the page exists in."""
    request = context["request"]
    page = _page(context)
    if page is None:
        return {"alternates": []}
    versions = navigation.language_versions(page, translation.get_language())
    return {"alternates": [v for v in versions if v.is_translation], "request": request}


@register.simple_tag
def home_url():
    return navigation.home_url(translation.get_language())


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    page = _page(context)
    current_path = page.path if page is not None else None
    items = [
        {"link": link, "is_current": bool(current_path) and current_path.startswith(link.path)}
        for link in navigation.menu(translation.get_language())
    ]
    return {"items": items}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = _page(context)
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    ancestors = navigation.breadcrumbs(page)
    return {"ancestors": ancestors, "page": page}


@register.inclusion_tag("components/footer_links.html")
def footer_links():
    return {"links": navigation.footer_links(translation.get_language())}


@register.simple_tag
def privacy_url():
    """The privacy notice in the reader's language, for forms that collect personal data."""
    return navigation.privacy_url(translation.get_language())


@register.simple_tag
def navigation_version():
    """The current version number, to key fragment caches that must follow publishing."""
    return cache.version()
