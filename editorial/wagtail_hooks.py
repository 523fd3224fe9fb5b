from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import panels, roles, views


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translation-status/",
            views.TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path("reports/reviews/", views.ReviewView.as_view(), name="reviews_due"),
        path("reports/audit/", views.AuditView.as_view(), name="content_audit"),
    ]


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_edit_pages(request.user)


# Label, URL name, icon, order in the Reports menu.
REPORTS = [
    (_("Translation status"), "translation_status", "globe", 700),
    (_("Reviews due"), "reviews_due", "calendar-alt", 710),
    (_("Content audit"), "content_audit", "table", 720),
]


def _menu_item(label, url_name, icon, order):
    def menu_item():
        return EditorsMenuItem(
            label, reverse(url_name), name=url_name.replace("_", "-"), icon_name=icon, order=order
        )

    return menu_item


for report in REPORTS:
    hooks.register("register_reports_menu_item", _menu_item(*report))


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, dashboard_panels):
    languages = panels.translator_languages(request.user)
    if languages:
        dashboard_panels.append(panels.TranslationWorkPanel(languages))
    if panels.reviews_shown_to(request.user):
        dashboard_panels.append(panels.ReviewsDuePanel())


@hooks.register("insert_global_admin_css")
def editorial_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-editorial.css"))


def _refuse_live_deletion(request, pages):
    if roles.may_delete_live_pages(request.user) or not any(page.live for page in pages):
        return None
    messages.error(
        request,
        gettext(
            "Only a moderator can delete a published page. Ask a moderator, or unpublish "
            "the page if it must not be read any more."
        ),
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_delete_page")
def only_moderators_delete_live_pages(request, page):
    return _refuse_live_deletion(request, [page])


@hooks.register("before_bulk_action")
def only_moderators_bulk_delete_live_pages(request, action_type, objects, action_class):
    if action_type == "delete" and objects and hasattr(objects[0], "live"):
        return _refuse_live_deletion(request, objects)
    return None
