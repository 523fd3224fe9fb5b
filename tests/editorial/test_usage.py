"""A page's "Usage" in the admin lists the content that uses it, never the residents'
registrations, applications, offers to mentor, feedback or e-mails about it."""

import importlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ReferenceIndex

from courses.models import MentorsPage, ProgrammePage
from events.models import EventIndexPage, Registration
from tests.conftest import translation_of
from tests.factories import EventPageFactory, GuidePageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

RESIDENT = {"name": "Amina Ali", "email": "amina@example.com", "phone": "070-123 45 67"}
SUBMISSION = {**RESIDENT, "district": "jarva", "languages": "somaliska", "consent": "on"}


def test_a_page_used_by_nothing_shows_no_residents_in_its_usage(client, member):
    forum = EventPageFactory(
        parent=EventIndexPage.objects.get(locale__language_code="sv"), slug="testforum"
    )
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    mentors = MentorsPage.objects.get(locale__language_code="sv")
    guide = GuidePageFactory(slug="testguide")
    sent = [
        client.post(f"/sv/forum-registration/{forum.pk}/", {**RESIDENT, "people": "1"}),
        client.post(
            f"/sv/programme-application/{programme.pk}/",
            {
                **SUBMISSION,
                "association": "Fotbollsvänner",
                "motivation": "Jag vill.",
                "project_idea": "Bollar.",
            },
        ),
        client.post(f"/sv/mentor-offer/{mentors.pk}/", {**SUBMISSION, "experience": "Tjugo år."}),
        client.post(f"/sv/feedback/{guide.pk}/", {"helpful": "no", "comment": "Svårt."}),
    ]
    assert [response.status_code for response in sent] == [303, 303, 303, 303]

    member("Event organisers")
    usage = client.get(reverse("wagtailadmin_pages:usage", args=[forum.pk])).text

    assert "Amina Ali" not in usage
    assert "Private" not in usage
    for page in (forum, programme, mentors, guide):
        assert list(ReferenceIndex.get_references_to(page)) == []


def test_rows_the_index_held_for_residents_data_are_removed():
    forum = EventPageFactory(
        parent=EventIndexPage.objects.get(locale__language_code="sv"), slug="testforum"
    )
    registration = RegistrationFactory(event=forum, name="Amina Ali")
    # What the index held for a registration before it was kept out.
    ReferenceIndex.objects.create(
        content_type=ContentType.objects.get_for_model(Registration),
        base_content_type=ContentType.objects.get_for_model(Registration),
        object_id=str(registration.pk),
        to_content_type=ContentType.objects.get_for_model(forum, for_concrete_model=False),
        to_object_id=str(forum.pk),
        model_path="event",
        content_path="event",
        content_path_hash=ReferenceIndex._get_content_path_hash("event"),
    )

    migration = importlib.import_module(
        "events.migrations.0010_personal_data_out_of_the_reference_index"
    )
    migration.forget(apps, None)

    assert list(ReferenceIndex.get_references_to(forum)) == []
