"""Each editorial role can do its job, and cannot do the others' jobs."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from courses.models import Application, ProgrammePage
from editorial import roles
from events.models import EventPage, Registration
from guides.models import GuidePage
from tests.conftest import translation_of
from tests.factories import ApplicationFactory, RegistrationFactory
from tests.test_page_types import guide_fields

pytestmark = pytest.mark.django_db


def denied(response):
    """Wagtail refuses either outright or by sending the user back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.fixture
def personal_data():
    """One forum registration and one programme application: residents' personal data."""
    forum = EventPage.objects.filter(locale__language_code="sv").first()
    return RegistrationFactory(event=forum, email="deltagare@example.com"), ApplicationFactory()


def cannot_see_personal_data(client):
    return all(
        denied(client.get(url))
        for url in (
            reverse("forum_registrations:index"),
            reverse("forum_registrations:index") + "?export=csv",
            reverse("programme_applications:index"),
            reverse("mentor_offers:index"),
        )
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_new_guide(client, home_pages):
    parent, fields = guide_fields(home_pages["sv"])
    add_url = reverse("wagtailadmin_pages:add", args=("guides", "guidepage", parent.pk))
    response = client.post(add_url, nested_form_data({**fields, "action-submit": "submit"}))
    assert response.status_code == 302
    return GuidePage.objects.get(slug=fields["slug"], locale__language_code="sv")


def test_every_role_exists_with_its_translator_groups(home_pages):
    names = set(Group.objects.values_list("name", flat=True))

    assert {"Editors", "Moderators", "Event organisers", "Programme staff"} <= names
    assert set(roles.TRANSLATORS.values()) <= names
    arabic = Group.objects.get(name="Translators (Arabic)")
    assert list(
        arabic.page_permissions.values_list("page_id", "permission__codename").order_by(
            "permission__codename"
        )
    ) == [(home_pages["ar"].pk, "change_page"), (home_pages["ar"].pk, "publish_page")]


def test_an_editor_writes_and_submits_a_guide_but_cannot_publish(
    client, member, home_pages, personal_data
):
    member("Editors")

    guide = submit_new_guide(client, home_pages)

    assert not guide.live
    assert guide.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    existing = translation_of(GuidePage, "starta-en-forening", "sv")
    assert client.get(edit_url(existing)).status_code == 200
    parent, fields = guide_fields(home_pages["sv"])
    add_url = reverse("wagtailadmin_pages:add", args=("guides", "guidepage", parent.pk))
    fields["slug"] = "publicerad-direkt"
    client.post(add_url, nested_form_data({**fields, "action-publish": "publish"}))
    assert not GuidePage.objects.get(slug="publicerad-direkt").live
    assert cannot_see_personal_data(client)


def test_a_moderator_approves_a_submitted_guide_and_it_goes_live(
    client, member, home_pages, personal_data
):
    member("Editors")
    guide = submit_new_guide(client, home_pages)
    task_state = guide.current_workflow_state.current_task_state

    member("Moderators")
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.live
    assert client.get(guide.url).status_code == 200
    assert cannot_see_personal_data(client)


def test_an_editor_cannot_approve_their_own_guide(client, member, home_pages):
    member("Editors")
    guide = submit_new_guide(client, home_pages)
    task_state = guide.current_workflow_state.current_task_state

    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    guide.refresh_from_db()
    assert not guide.live


def test_a_translator_translates_and_publishes_in_their_language_only(
    client, member, personal_data
):
    member("Translators (Arabic)")
    swedish = translation_of(GuidePage, "starta-en-forening", "sv")
    arabic = translation_of(GuidePage, "starta-en-forening", "ar")
    source = TranslationSource.objects.get_for_instance(swedish)
    translation = Translation.objects.get(source=source, target_locale=arabic.locale)
    segment = StringSegment.objects.filter(source=source).order_by("order").first()

    assert client.get(edit_url(arabic)).status_code == 200
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=%D8%AA%D8%A3%D8%B3%D9%8A%D8%B3+%D8%AC%D9%85%D8%B9%D9%8A%D8%A9+%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert client.post(edit_url(arabic), {"action": "publish"}).status_code == 302
    arabic.refresh_from_db()
    assert arabic.title == "تأسيس جمعية جديدة"
    assert arabic.live

    for other in ("sv", "en"):
        assert denied(client.get(edit_url(translation_of(GuidePage, "starta-en-forening", other))))
    add_url = reverse(
        "wagtailadmin_pages:add", args=("guides", "guidepage", arabic.get_parent().pk)
    )
    assert denied(client.get(add_url))
    assert cannot_see_personal_data(client)


def test_an_event_organiser_sees_and_exports_registrations_and_nothing_else(
    client, member, personal_data
):
    registration, _application = personal_data
    member("Event organisers")

    listing = client.get(reverse("forum_registrations:index") + "?q=deltagare@example.com")
    export = client.get(reverse("forum_registrations:index") + "?export=csv")
    edit = reverse("forum_registrations:edit", args=[registration.pk])
    moved = client.post(edit, {"status": "waiting", "people": "1"})

    assert listing.status_code == 200
    assert registration.name in listing.text
    assert export.status_code == 200
    assert registration.email in b"".join(export.streaming_content).decode("utf-8-sig")
    assert moved.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Registration.Status.WAITING
    assert denied(client.get(reverse("programme_applications:index")))
    assert denied(client.get(reverse("mentor_offers:index")))


def test_an_event_organiser_edits_the_swedish_forums_for_moderators_to_approve(
    client, member, personal_data
):
    registration, _application = personal_data
    user = member("Event organisers")
    forum = registration.event
    arabic = forum.get_translations().get(locale__language_code="ar")
    guide = GuidePage.objects.filter(locale__language_code="sv").first()

    assert client.get(edit_url(forum)).status_code == 200
    rights = forum.permissions_for_user(user)
    assert rights.can_edit() and not rights.can_publish()
    assert denied(client.get(edit_url(arabic)))
    assert denied(client.get(edit_url(guide)))
    assert denied(client.get(edit_url(forum.get_parent().get_parent())))


def test_programme_staff_review_applications_and_nothing_else(client, member, personal_data):
    _registration, application = personal_data
    member("Programme staff")

    listing = client.get(reverse("programme_applications:index") + f"?q={application.email}")
    edit = reverse("programme_applications:edit", args=[application.pk])
    reviewed = client.post(edit, {"status": "accepted", "reviewer_note": "Bra idé."})

    assert listing.status_code == 200
    assert application.name in listing.text
    assert client.get(reverse("mentor_offers:index")).status_code == 200
    assert reviewed.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED
    assert denied(client.get(reverse("forum_registrations:index")))
    assert denied(client.get(edit_url(translation_of(ProgrammePage, "ledarprogrammet", "sv"))))


def test_a_new_language_tree_is_given_to_its_translators(home_pages):
    finnish_home = home_pages["fi"]
    Group.objects.get(name="Translators (Finnish)").page_permissions.all().delete()

    roles.on_page_saved(Page, finnish_home, created=True)

    assert (
        Group.objects.get(name="Translators (Finnish)")
        .page_permissions.filter(page=finnish_home, permission__codename="change_page")
        .exists()
    )


def live_arabic_leaf():
    """Wagtail lets nobody but administrators delete a page with pages under it."""
    return GuidePage.objects.filter(locale__language_code="ar", numchild=0, live=True).first()


def test_a_translator_cannot_delete_a_live_page_of_their_language(client, member):
    member("Translators (Arabic)")
    arabic = live_arabic_leaf()
    delete = reverse("wagtailadmin_pages:delete", args=[arabic.pk])

    for response in (client.get(delete), client.post(delete)):
        assert response.status_code == 302
    bulk = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete")) + f"?id={arabic.pk}"
    )
    client.post(bulk)

    assert GuidePage.objects.filter(pk=arabic.pk, live=True).exists()
    shown = client.get(reverse("wagtailadmin_explore", args=[arabic.get_parent().pk]), follow=True)
    assert shown.status_code == 200


def test_a_moderator_may_delete_a_live_page(client, member):
    member("Moderators")
    guide = live_arabic_leaf()

    client.post(reverse("wagtailadmin_pages:delete", args=[guide.pk]))

    assert not GuidePage.objects.filter(pk=guide.pk).exists()
