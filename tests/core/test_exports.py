"""What residents type reaches staff spreadsheets as text, never as a formula, and each
export is logged."""

import csv
import io
import logging

import openpyxl
import pytest
from django.urls import reverse

from core.exports import neutralise, restore
from courses.models import ProgrammePage
from events.models import EventPage
from search.models import QueryCount
from tests.conftest import translation_of
from tests.factories import (
    ApplicationFactory,
    MentorOfferFactory,
    PageFeedbackFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

ATTACK = "=cmd|' /C calc'!A0"
# Every start a spreadsheet program may run, including the ones hidden behind a tab or
# a carriage return.
STARTS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("value", [ATTACK, *STARTS])
def test_a_formula_start_becomes_text_and_comes_back_as_typed(value):
    assert neutralise(value) == f"'{value}"
    assert restore(neutralise(value)) == value


@pytest.mark.parametrize("value", ["Amina", "'quoted'", "", "1+1", 42, None])
def test_other_values_are_left_alone(value):
    assert neutralise(value) == value
    assert restore(value) == value


@pytest.fixture
def hostile_submissions():
    forum = EventPage.objects.filter(locale__language_code="sv").first()
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    RegistrationFactory(
        event=forum, name=ATTACK, language_needs="+46 tolk", accessibility_needs="-rullstol"
    )
    ApplicationFactory(programme=programme, name=ATTACK, project_idea="@SUM(1,2)")
    MentorOfferFactory(name=ATTACK, experience="\t=1+1")
    PageFeedbackFactory(page=forum, comment=ATTACK)
    QueryCount.record("=hyperlink(a)", "sv", found=False)


EXPORTS = [
    ("forum_registrations:index", ATTACK),
    ("programme_applications:index", ATTACK),
    ("mentor_offers:index", ATTACK),
    ("page_feedback:index", ATTACK),
    ("search_queries", None),
]


def cells(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return [cell for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for cell in row]


@pytest.mark.parametrize(("url_name", "typed"), EXPORTS)
def test_no_cell_of_an_export_starts_a_formula(admin_client, hostile_submissions, url_name, typed):
    response = admin_client.get(reverse(url_name) + "?export=csv")
    assert response.status_code == 200
    found = cells(response)
    assert [cell for cell in found if cell.startswith(DANGEROUS)] == []
    if typed:
        assert f"'{typed}" in found


def test_the_xlsx_export_holds_the_formula_as_text(admin_client, hostile_submissions):
    response = admin_client.get(reverse("forum_registrations:index") + "?export=xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell for row in workbook.active.iter_rows(values_only=True) for cell in row]
    assert f"'{ATTACK}" in values
    assert [v for v in values if isinstance(v, str) and v.startswith(DANGEROUS)] == []


def test_the_editorial_reports_write_through_the_same_writer(admin_client):
    from guides.models import GuidePage

    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    guide.content_owner = "=owner()"
    guide.save(update_fields=["content_owner"])
    response = admin_client.get(reverse("reviews_due") + "?export=csv")
    found = cells(response)
    assert "'=owner()" in found
    assert [cell for cell in found if cell.startswith(DANGEROUS)] == []


def test_each_export_is_logged_with_who_what_and_how_many_but_no_filter_values(
    admin_client, admin_user, hostile_submissions, caplog
):
    with caplog.at_level(logging.INFO, logger="portal.audit"):
        admin_client.get(reverse("forum_registrations:index") + "?export=csv&q=Amina")
        admin_client.get(reverse("content_audit") + "?export=csv&language=sv")
    messages = [record.getMessage() for record in caplog.records if record.name == "portal.audit"]
    assert len(messages) == 2
    assert "forum-registrations as csv: 0 rows" in messages[0]
    assert f"by user {admin_user.username} (id {admin_user.pk})" in messages[0]
    assert "filtered by q" in messages[0]
    assert "Amina" not in messages[0]
    assert "content-audit as csv" in messages[1]
    assert "filtered by language" in messages[1]
