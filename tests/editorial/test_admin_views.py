"""No admin view gives a server error, whichever role opens it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from courses.models import ProgrammePage
from editorial import roles
from events.models import EventPage
from guides.models import GuidePage
from tests.conftest import translation_of
from tests.editorial.test_report_permissions import REPORTS
from tests.factories import ApplicationFactory, RegistrationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

ROLES = [
    roles.EDITORS,
    roles.MODERATORS,
    roles.TRANSLATORS["ar"],
    roles.TRANSLATORS["en"],
    roles.EVENT_ORGANISERS,
    roles.PROGRAMME_STAFF,
    "administrator",
]
# Links that change state on a GET, or sign the user out.
SKIPPED = re.compile(r"/admin/logout/|/admin/(jsi18n|sprite|api)/")
# The reports, lists and exports test_report_permissions opens as every role, each
# answering 200 or a redirect: not again here.
OPENED_BY_EVERY_ROLE = {url_name for _name, url_name, _roles, _formats in REPORTS}


def admin_urls():
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    arabic_guide = translation_of(GuidePage, "starta-en-forening", "ar")
    forum = EventPage.objects.filter(locale__language_code="sv").first()
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    registration = RegistrationFactory(event=forum)
    application = ApplicationFactory(programme=programme)
    home = Page.objects.get(depth=2, locale__language_code="sv")
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_explore", args=[arabic_guide.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[guide.pk]),
        reverse("wagtailadmin_pages:edit", args=[arabic_guide.pk]),
        reverse("wagtailadmin_pages:edit", args=[forum.pk]),
        reverse("wagtailadmin_pages:edit", args=[programme.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[guide.get_parent().pk]),
        reverse("wagtailadmin_pages:add", args=["guides", "guidepage", guide.get_parent().pk]),
        reverse("wagtailadmin_pages:history", args=[guide.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[programme.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[programme.pk, "live", "latest"]),
        reverse("wagtailadmin_pages:workflow_history", args=[programme.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[guide.pk]),
        reverse("forum_registrations:edit", args=[registration.pk]),
        reverse("programme_applications:edit", args=[application.pk]),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailsnippets:index"),
        reverse("wagtailsnippets_search_synonymgroup:add"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailadmin_account"),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_view_gives_a_server_error(client, django_user_model, role):
    if role == "administrator":
        user = django_user_model.objects.create_superuser("admin-test", "", "x")
    else:
        user = django_user_model.objects.create_user("role-test", "", "x")
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    dashboard = client.get(reverse("wagtailadmin_home"))
    # Every link on the dashboard and in the menu this role sees, as well as the list.
    linked = {
        url.replace("\\u002D", "-").replace("\\/", "/")
        for url in re.findall(r"(/admin/[^\"'\s<>?#&]*)", dashboard.text)
    }
    reports = {reverse(url_name) for url_name in OPENED_BY_EVERY_ROLE}
    linked = {url for url in linked if url not in reports and not SKIPPED.search(url)}
    listed = [*admin_urls(), *sorted(linked)]
    urls = list(dict.fromkeys(listed))  # each once

    errors = {}
    for url in urls:
        response = client.get(url)
        if response.status_code >= 500:
            errors[url] = response.status_code
    assert dashboard.status_code == 200
    assert len(urls) > 30
    assert errors == {}
