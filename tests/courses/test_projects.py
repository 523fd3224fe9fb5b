"""Participants' projects and the mentoring page: where they live, what readers see, and
the district filter on the programme page."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from courses.models import MentorsPage, ModulePage, ProgrammeIndexPage, ProgrammePage, ProjectPage
from taxonomy.models import District
from tests.conftest import translation_of
from tests.factories import ProjectPageFactory, swedish_term

pytestmark = pytest.mark.django_db


def test_projects_and_mentoring_live_under_a_programme():
    assert ProjectPage.allowed_parent_page_models() == [ProgrammePage]
    assert MentorsPage.allowed_parent_page_models() == [ProgrammePage]
    assert set(ProgrammePage.allowed_subpage_models()) == {ModulePage, ProjectPage, MentorsPage}
    index = ProgrammeIndexPage.objects.get(locale__language_code="sv")
    assert not ProjectPage.can_exist_under(index)
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    assert not MentorsPage.can_create_at(programme)  # it has its mentoring page already


def test_the_demo_programme_shows_its_projects_with_district_theme_and_status(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "en")

    content = client.get(programme.url).text

    projects = ProjectPage.objects.child_of(programme).live()
    assert projects.count() == 7
    for project in projects:
        assert f'href="{project.url}"' in content
    assert District.objects.get(slug="jarva", locale__language_code="en").name in content
    assert content.count("· Being planned</p>") == 7  # the programme has not started
    mentors = MentorsPage.objects.child_of(programme).get()
    assert f'href="{mentors.url}"' in content


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_the_programme_page_filters_projects_by_district(client, language):
    programme = translation_of(ProgrammePage, "ledarprogrammet", language)
    farsta = ProjectPage.objects.child_of(programme).get(
        district__slug="farsta", locale__language_code=language
    )
    others = ProjectPage.objects.child_of(programme).exclude(pk=farsta.pk)

    response = client.get(programme.url, {"district": "farsta"})

    assert response.status_code == 200
    assert f'href="{farsta.url}"' in response.text
    for project in others:
        assert f'href="{project.url}"' not in response.text
    # Only districts with projects are offered.
    [options] = re.findall(
        r'<select name="district" id="filter_district">(.*?)</select>', response.text, re.S
    )
    assert sorted(re.findall(r'value="([^"]*)"', options)) == ["", "farsta", "jarva", "skarholmen"]
    assert 'value="farsta" selected' in options


def test_an_unknown_district_gets_a_translated_message_and_a_400(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "so")

    response = client.get(programme.url, {"district": "atlantis" * 50})

    assert response.status_code == 400
    with translation.override("so"):
        assert gettext("Choose one of the options in the list.") in response.text


def test_a_project_page_names_its_district_and_theme_in_the_readers_language(client):
    project = translation_of(ProjectPage, "torsdagsfotboll-i-rinkeby", "ar")
    district = District.objects.get(slug="jarva", locale__language_code="ar")

    content = client.get(project.url).text

    assert f"<h1>{project.title}</h1>" in content
    assert district.name in content


def test_a_mentor_who_agreed_is_named_on_the_project_page(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    project = ProjectPageFactory(
        parent=programme, slug="med-namn", mentor_name="Karin Berg", mentor_consents=True
    )

    assert "<dd>Karin Berg</dd>" in client.get(project.url).text


def test_a_mentor_is_named_only_with_their_consent(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    project = ProjectPageFactory(parent=programme, slug="utan-namn", mentor_name="")

    project.mentor_name = "Karin Berg"
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "mentor_consents" in error.value.message_dict

    project.mentor_consents = True
    project.full_clean()
    project.save_revision().publish()
    ProjectPage.objects.filter(pk=project.pk).update(mentor_consents=False)
    assert "Karin Berg" not in client.get(project.url).text


def test_the_mentoring_page_explains_mentoring_and_has_the_offer_form(client):
    page = MentorsPage.objects.get(locale__language_code="sv")

    content = client.get(page.url).text

    assert "tre år" in content
    assert f'action="/sv/mentor-offer/{page.pk}/"' in content
    assert 'name="experience"' in content


def test_editors_choose_only_swedish_districts_for_a_project():
    form_class = ProjectPage.get_edit_handler().get_form_class()
    form = form_class(for_user=None, instance=ProjectPage())

    languages = {district.locale.language_code for district in form.fields["district"].queryset}
    assert languages == {"sv"}
    assert swedish_term(District, "jarva") in form.fields["district"].queryset
