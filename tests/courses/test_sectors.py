"""The cross-sector course takes as many participants from each sector: its application
form asks for the applicant's sector, and programme staff see the balance across
sectors while they select."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from courses.models import Application, ProgrammePage
from editorial import roles
from tests.conftest import translation_of
from tests.courses.test_applications import ANSWERS, apply
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_the_cross_sector_course_asks_for_the_sector_and_needs_an_answer(client, language):
    course = translation_of(ProgrammePage, "samverkan-mellan-sektorer", language)
    assert 'name="sector"' in client.get(course.url).text

    missing = apply(client, course)
    assert missing.status_code == 400
    assert 'id="id_sector"' in missing.text and 'aria-invalid="true"' in missing.text
    wrong = apply(client, course, sector="government")
    assert wrong.status_code == 400
    assert not Application.objects.filter(email=ANSWERS["email"]).exists()

    assert apply(client, course, sector="academia").status_code == 303
    assert Application.objects.get(email=ANSWERS["email"]).sector == "academia"


def test_other_programmes_do_not_ask_and_keep_no_sector(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    assert 'name="sector"' not in client.get(programme.url).text

    assert apply(client, programme, sector="business").status_code == 303
    assert Application.objects.get(email=ANSWERS["email"]).sector == ""


def counts(html):
    """The balance table: the sector -> its counts (received, shortlisted, accepted,
    declined, all)."""
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', html)
    return {
        name: [int(n) for n in re.findall(r'data-count="(\d+)"', cells)] for name, cells in rows
    }


def test_staff_see_the_applications_by_sector_and_status(client, staff):
    course = translation_of(ProgrammePage, "samverkan-mellan-sektorer", "sv")
    arabic = translation_of(ProgrammePage, "samverkan-mellan-sektorer", "ar")
    before = client.get(reverse("programme_sectors", args=[course.pk])).text
    assert "Ingen är antagen än. En jämn fördelning är lika många från varje sektor." in before
    # Accepted from the Arabic page: the same course in every language.
    ApplicationFactory(programme=arabic, sector="business", status="accepted")
    ApplicationFactory(programme=arabic, sector="business", status="accepted")

    response = client.get(reverse("programme_sectors", args=[course.pk]))

    assert response.status_code == 200
    # The demo's examples (received, shortlisted, accepted, declined, all) and these two.
    assert counts(response.text) == {
        "Civilsamhället": [1, 2, 0, 0, 3],
        "Offentlig sektor": [1, 1, 0, 0, 2],
        "Näringslivet": [1, 0, 2, 0, 3],
        "Akademin": [0, 1, 0, 0, 1],
    }
    assert "2 antagna hittills: en jämn fördelning är 0,5 från varje sektor." in response.text
    rounds_page = client.get(reverse("programme_rounds")).text
    assert reverse("programme_sectors", args=[course.pk]) in rounds_page


def test_a_programme_that_does_not_ask_has_no_balance_to_show(client, staff):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    assert client.get(reverse("programme_sectors", args=[programme.pk])).status_code == 404
    assert client.get(reverse("programme_sectors", args=[10**9])).status_code == 404


@pytest.mark.parametrize(
    "role", [roles.EDITORS, roles.MODERATORS, roles.EVENT_ORGANISERS, roles.TRANSLATORS["en"]]
)
def test_only_programme_staff_see_the_balance(client, django_user_model, role):
    user = django_user_model.objects.create_user("someone", "", "x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    course = translation_of(ProgrammePage, "samverkan-mellan-sektorer", "sv")

    response = client.get(reverse("programme_sectors", args=[course.pk]))

    assert response.status_code == 302
    assert "Civilsamhället" not in response.text
