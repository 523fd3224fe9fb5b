from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.menu import PermissionMenuItem
from pathways import informant_views, views


@hooks.register("register_admin_urls")
def register_pathways_urls():
    return [
        path("reports/forum-to-course/", views.funnel_view, name="forum_to_course"),
        path("course-invitations/", views.invite_view, name="course_invitations"),
        path("informants/", informant_views.news_view, name="informant_news"),
        path(
            "forum-checkin/<int:pk>/preparation/",
            views.preparation_view,
            name="forum_preparation",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_funnel_menu_item():
    return PermissionMenuItem(
        _("From forum to course"),
        reverse("forum_to_course"),
        icon_name="list-ol",
        order=910,
        permissions=views.REPORT_PERMISSIONS,
    )


@hooks.register("register_admin_menu_item")
def register_invite_menu_item():
    return PermissionMenuItem(
        _("Invite to a course"),
        reverse("course_invitations"),
        icon_name="mail",
        order=860,
        permissions=[views.INVITE_PERMISSION],
    )


@hooks.register("register_admin_menu_item")
def register_informants_menu_item():
    return PermissionMenuItem(
        _("Informants"),
        reverse("informant_news"),
        icon_name="group",
        order=865,
        permissions=[informant_views.NEWS_PERMISSION],
    )
