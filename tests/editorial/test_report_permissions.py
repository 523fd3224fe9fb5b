"""Every report, list and export in the admin opens for the roles that need it and for no
other: searches and feedback can hold what residents typed, registrations and
applications are residents' personal data."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.log_actions import log

from courses.models import ProgrammePage
from editorial import roles
from events.models import Association, AssociationRecord, EventPage
from search.models import QueryCount
from tests.conftest import translation_of
from tests.factories import (
    ApplicationFactory,
    MentorOfferFactory,
    PageFeedbackFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

ADMINISTRATOR = "administrator"
NO_ROLE = "staff without a role"
TRANSLATORS = set(roles.TRANSLATORS.values())
CONTENT = {roles.EDITORS, roles.MODERATORS}
# Whoever may change some page: event organisers edit the Swedish forums.
PAGE_PEOPLE = CONTENT | TRANSLATORS | {roles.EVENT_ORGANISERS}
ROLES = [
    roles.EDITORS,
    roles.MODERATORS,
    *roles.TRANSLATORS.values(),
    roles.EVENT_ORGANISERS,
    roles.PROGRAMME_STAFF,
    NO_ROLE,
    ADMINISTRATOR,
]

# (name, URL name, the roles besides administrators that may open it). Each is checked
# as a page and as every export format it offers.
REPORTS = [
    ("searches", "search_queries", CONTENT, ("csv", "xlsx")),
    ("feedback per page", "feedback_summary", CONTENT, ("csv", "xlsx")),
    ("page feedback", "page_feedback:index", CONTENT, ("csv", "xlsx")),
    ("translation status", "translation_status", PAGE_PEOPLE, ("csv",)),
    ("reviews due", "reviews_due", PAGE_PEOPLE, ("csv",)),
    ("content audit", "content_audit", PAGE_PEOPLE, ("csv",)),
    ("forum registrations", "forum_registrations:index", {roles.EVENT_ORGANISERS}, ("csv", "xlsx")),
    ("forum check-in", "forum_checkin_forums", {roles.EVENT_ORGANISERS}, ()),
    (
        "association register",
        "association_register:index",
        {roles.EVENT_ORGANISERS, roles.PROGRAMME_STAFF},
        ("csv", "xlsx"),
    ),
    (
        "programme applications",
        "programme_applications:index",
        {roles.PROGRAMME_STAFF},
        ("csv", "xlsx"),
    ),
    ("offers to mentor", "mentor_offers:index", {roles.PROGRAMME_STAFF}, ("csv", "xlsx")),
    (
        "from forum to course",
        "forum_to_course",
        {roles.EVENT_ORGANISERS, roles.PROGRAMME_STAFF},
        ("csv",),
    ),
    ("course invitations", "course_invitations", {roles.PROGRAMME_STAFF}, ()),
    ("programme rounds", "programme_rounds", {roles.PROGRAMME_STAFF}, ()),
    ("search synonyms", "wagtailsnippets_search_synonymgroup:list", CONTENT, ()),
]
MARKER = "Rapportkoll Exempelsson"


@pytest.fixture
def personal_data():
    """One of each thing the reports list, each carrying the same findable name."""
    forum = EventPage.objects.filter(locale__language_code="sv").first()
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    RegistrationFactory(event=forum, name=MARKER)
    ApplicationFactory(programme=programme, name=MARKER)
    MentorOfferFactory(name=MARKER)
    PageFeedbackFactory(page=forum, comment=MARKER)
    QueryCount.record(MARKER, "sv", found=False)
    AssociationRecord.objects.create(association=Association.objects.first(), notes=MARKER)


def sign_in(client, django_user_model, role):
    if role == ADMINISTRATOR:
        user = django_user_model.objects.create_superuser("report-admin", "", "x")
    else:
        user = django_user_model.objects.create_user("report-user", "", "x")
        if role == NO_ROLE:
            user.is_staff = True
            user.save()
        else:
            user.groups.add(Group.objects.get(name=role))
    client.force_login(user)


def opens(response):
    """Whether the admin showed the report (or handed out the file) rather than refusing."""
    return response.status_code == 200


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


@pytest.mark.parametrize("role", ROLES)
def test_each_report_and_export_opens_only_for_the_roles_that_need_it(
    client, django_user_model, personal_data, role
):
    sign_in(client, django_user_model, role)
    wrong = []
    for name, url_name, allowed, formats in REPORTS:
        expected = role == ADMINISTRATOR or role in allowed
        url = reverse(url_name)
        for suffix in ("", *(f"?export={export}" for export in formats)):
            response = client.get(url + suffix)
            shown = opens(response)
            if shown != expected:
                wrong.append((name, suffix, response.status_code))
            elif not shown:
                # Refused: sent back to the dashboard or the login page, the data not shown.
                assert response.status_code == 302, (name, suffix)
                assert MARKER not in body(response)
    assert wrong == []


@pytest.mark.parametrize("role", ROLES)
def test_no_role_finds_a_registrants_name_in_the_site_history_unless_it_handles_them(
    client, django_user_model, role
):
    forum = EventPage.objects.filter(locale__language_code="sv").first()
    registration = RegistrationFactory(event=forum, name=MARKER)
    log(registration, "wagtail.edit")
    sign_in(client, django_user_model, role)
    url = reverse("wagtailadmin_reports:site_history")
    may_see = role in (ADMINISTRATOR, roles.EVENT_ORGANISERS)
    for suffix in ("", "?export=csv"):
        response = client.get(url + suffix)
        assert (MARKER in body(response)) == may_see, suffix


def test_the_report_menu_lists_searches_and_feedback_only_for_editors_and_moderators(
    client, django_user_model
):
    for role, listed in (
        (roles.EDITORS, True),
        (roles.TRANSLATORS["ar"], False),
        (roles.EVENT_ORGANISERS, False),
        (roles.PROGRAMME_STAFF, False),
    ):
        django_user_model.objects.filter(username="report-user").delete()
        sign_in(client, django_user_model, role)
        dashboard = client.get(reverse("wagtailadmin_home")).text
        assert (reverse("search_queries") in dashboard) == listed, role
        assert (reverse("feedback_summary") in dashboard) == listed, role
