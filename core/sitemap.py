"""/sitemap.xml: every live public page in every language, each with its translations
as hreflang alternates."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

SOURCE_LANGUAGE = "sv"


class PortalSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.live().public().filter(translation_key=site.root_page.translation_key)
        under_a_home = Q(pk__in=[])
        for home in homes:
            under_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_home)
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        entries = [
            (item, item.get_full_url(self.request))
            for item in self.paginator.page(page).object_list
        ]
        versions = {}
        for item in self.items().exclude(pk__in=[item.pk for item, _url in entries]):
            versions.setdefault(item.translation_key, []).append(
                (item.locale.language_code, item.get_full_url(self.request))
            )
        for item, url in entries:
            versions.setdefault(item.translation_key, []).append((item.locale.language_code, url))

        urls = []
        for item, url in entries:
            alternates = sorted(versions[item.translation_key])
            info = {"item": item, "location": url, "lastmod": self.lastmod(item)}
            if len(alternates) > 1:
                info["alternates"] = [
                    {"lang_code": code, "location": location} for code, location in alternates
                ]
                default = dict(alternates).get(SOURCE_LANGUAGE)
                if default:
                    info["alternates"].append({"lang_code": "x-default", "location": default})
            urls.append(info)
        self.latest_lastmod = max(
            (info["lastmod"] for info in urls if info["lastmod"]), default=None
        )
        return urls
