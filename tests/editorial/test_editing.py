"""What editors see while editing: help texts, previews in each language, choosers."""

import json

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from modelcluster.fields import ParentalKey
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from contacts.models import CityContact
from core.models import NavigationVersion
from courses.models import (
    Application,
    CheckIn,
    MentorOffer,
    Mentorship,
    Milestone,
    Participant,
    Project,
    SessionAttendance,
    SurveyInvitation,
    SurveyResponse,
)
from courses.projects import MilestoneFormSet, ProjectForm
from events.models import Association, Registration
from guides.models import GuidePage, PageFeedback
from search.models import QueryCount
from tests.conftest import translation_of
from tests.test_page_types import guide_fields

pytestmark = pytest.mark.django_db

APPS = ["core", "home", "taxonomy", "contacts", "guides", "events", "courses"]
# Residents fill these in on the site; staff only review them, through these fields.
STAFF_FIELDS = {
    Registration: {"status", "people", "language_needs", "accessibility_needs"},
    Application: {"status", "reviewer_note"},
    MentorOffer: {"status", "reviewer_note"},
    # What the project may show publicly is the participant's to set, on their own page.
    Project: set(ProjectForm.Meta.fields),
    # A milestone's project is the one whose form it is on.
    Milestone: set(MilestoneFormSet.form.base_fields) - {"project", "id", "DELETE"},
}
# Written by the portal, not in a form: participants by acceptance, attendance by ticks.
NOT_EDITED = {PageFeedback, QueryCount, NavigationVersion, Participant, SessionAttendance}
# Set through forms of their own, whose fields carry the help (courses.mentorships).
NOT_EDITED |= {Mentorship, CheckIn}
# Survey invitations are sent by the portal and answers given on the site; staff only
# read them, counted, in the evaluation.
NOT_EDITED |= {SurveyInvitation, SurveyResponse}
WAGTAIL_FIELDS = {field.name for field in Page._meta.get_fields()} | {
    "locale",
    "translation_key",
    "sort_order",
}


def editor_fields():
    for app in APPS:
        for model in apps.get_app_config(app).get_models():
            if model in NOT_EDITED:
                continue
            for field in model._meta.get_fields():
                if (
                    not getattr(field, "editable", False)
                    or field.auto_created
                    or field.name in WAGTAIL_FIELDS
                    or isinstance(field, ParentalKey)
                ):
                    continue
                if model in STAFF_FIELDS and field.name not in STAFF_FIELDS[model]:
                    continue
                yield model, field


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("redigera", "", "x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_every_field_an_editor_fills_in_has_a_help_text_in_swedish_and_english():
    missing, untranslated = [], []
    fields = list(editor_fields())
    for model, field in fields:
        with translation.override("en"):
            english = str(field.help_text)
        with translation.override("sv"):
            swedish = str(field.help_text)
        if not english:
            missing.append(f"{model.__name__}.{field.name}")
        elif swedish == english:
            untranslated.append(f"{model.__name__}.{field.name}")

    assert len(fields) > 60
    assert missing == []
    assert untranslated == []


def test_a_preview_shows_an_arabic_translation_in_arabic_right_to_left(client, editor):
    swedish = translation_of(GuidePage, "starta-en-forening", "sv")
    arabic = translation_of(GuidePage, "starta-en-forening", "ar")
    source = TranslationSource.objects.get_for_instance(swedish)
    arabic_translation = Translation.objects.get(source=source, target_locale=arabic.locale)

    response = client.get(
        reverse("wagtail_localize:preview_translation", args=[arabic_translation.pk])
    )

    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.text
    assert f"<h1>{arabic.title}</h1>" in response.text


def test_a_preview_of_a_swedish_page_is_in_swedish_when_the_admin_is_in_english(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    home = Page.objects.get(depth=2, locale__language_code="sv").specific
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "sv")
    _parent, fields = guide_fields(home)
    fields.update(title="Förhandsvisad guide", slug=guide.slug)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[guide.pk])

    posted = client.post(url, nested_form_data(fields))
    response = client.get(url)

    assert json.loads(posted.content)["is_valid"]
    assert '<html lang="sv" dir="ltr">' in response.text
    assert "<h1>Förhandsvisad guide</h1>" in response.text


def chooser(client, model, name):
    url = reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose"))
    response = client.get(url, {"q": name, "locale": "sv"})
    assert response.status_code == 200
    return json.loads(response.content)["html"]


def test_the_contact_chooser_shows_each_contacts_districts_and_topics(client, editor):
    contact = (
        CityContact.objects.filter(locale__language_code="sv", districts__isnull=False)
        .order_by("name")
        .first()
    )

    html = chooser(client, CityContact, contact.name)

    assert "Stadsdelar" in html and "Ämnen" in html  # the column headings, in Swedish
    for term in [*contact.districts.all(), *contact.topics.all()]:
        assert str(term) in html


def test_the_association_chooser_shows_each_associations_district(client, editor):
    association = Association.objects.filter(district__isnull=False).order_by("name").first()

    html = chooser(client, Association, association.name)

    assert "Stadsdel" in html
    assert association.district.name in html
