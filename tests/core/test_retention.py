"""Personal data goes when the privacy page says it goes, the audit log's copy with it."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from courses.models import Application, MentorOffer
from events.models import EventIndexPage, Registration
from guides.models import GuidePage, PageFeedback
from home.models import InformationPage
from search.apps import purge_search_statistics
from search.models import QueryCount
from tests.conftest import translation_of
from tests.factories import (
    ApplicationFactory,
    EventPageFactory,
    MentorOfferFactory,
    PageFeedbackFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def days_ago(days):
    return timezone.now() - days * DAY


@pytest.fixture
def past_forum():
    index = EventIndexPage.objects.get(locale__language_code="sv")
    return EventPageFactory(
        parent=index, slug="gammalt-forum", start=days_ago(31) - DAY / 12, end=days_ago(31)
    )


def run(*args):
    output = io.StringIO()
    call_command("enforce_retention", *args, stdout=output)
    return output.getvalue()


def test_a_purged_registration_leaves_no_name_in_the_site_history(admin_client, past_forum):
    registration = RegistrationFactory(event=past_forum, name="Exempeldeltagare Historik")
    log(registration, "wagtail.edit")
    history = reverse("wagtailadmin_reports:site_history")
    assert "Exempeldeltagare Historik" in admin_client.get(history).text

    output = run("--only", "forum registrations")

    assert not Registration.objects.filter(pk=registration.pk).exists()
    assert "Exempeldeltagare Historik" not in admin_client.get(history).text
    export = admin_client.get(history + "?export=csv")
    assert "Exempeldeltagare Historik" not in b"".join(export.streaming_content).decode()
    assert "forum registrations:" in output and "(kept 30 days)" in output


def test_history_of_a_registration_deleted_in_the_admin_goes_too(past_forum):
    registration = RegistrationFactory(event=past_forum, name="Deltagare Raderad")
    log(registration, "wagtail.edit")
    object_id = str(registration.pk)
    registration.delete()
    assert ModelLogEntry.objects.filter(object_id=object_id, label__contains="Deltagare").exists()

    run()

    assert not ModelLogEntry.objects.filter(
        object_id=object_id, label__contains="Deltagare"
    ).exists()


def test_old_applications_go_with_their_history_and_recent_ones_stay():
    old, recent = ApplicationFactory(name="Gammal Sökande"), ApplicationFactory()
    log(old, "wagtail.edit")
    Application.objects.filter(pk=old.pk).update(created_at=days_ago(731))

    run()

    assert list(Application.objects.filter(pk__in=[old.pk, recent.pk])) == [recent]
    assert not ModelLogEntry.objects.filter(label="Gammal Sökande").exists()


def test_participants_and_mentors_are_kept_while_the_mentoring_lasts():
    kept, gone = (
        ApplicationFactory(name="Deltagare Kvar"),
        ApplicationFactory(name="Deltagare Gått"),
    )
    mentor = MentorOfferFactory(name="Mentor Kvar")
    Application.objects.filter(pk__in=[kept.pk, gone.pk]).update(status="accepted")
    MentorOffer.objects.filter(pk=mentor.pk).update(status="accepted")
    Application.objects.filter(pk=kept.pk).update(created_at=days_ago(3 * 365))
    MentorOffer.objects.filter(pk=mentor.pk).update(created_at=days_ago(3 * 365))
    Application.objects.filter(pk=gone.pk).update(created_at=days_ago(1462))

    output = run()

    assert list(Application.objects.filter(pk__in=[kept.pk, gone.pk])) == [kept]
    assert MentorOffer.objects.filter(pk=mentor.pk).exists()
    assert "programme participants and mentors: 1 deleted (kept 1461 days)." in output


def test_feedback_comments_are_emptied_after_a_year_and_the_answers_stay():
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    old = PageFeedbackFactory(page=guide, helpful=False, comment="Jag heter Amina och bor …")
    recent = PageFeedbackFactory(page=guide, comment="Bra sida")
    PageFeedback.objects.filter(pk=old.pk).update(created_at=days_ago(366))

    run("--only", "feedback comments")

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.comment, old.helpful) == ("", False)
    assert recent.comment == "Bra sida"


def test_search_statistics_go_after_half_a_year():
    QueryCount.objects.create(
        date=timezone.localdate() - 181 * DAY, language="sv", query_string="amina storgatan 1"
    )
    QueryCount.record("föreningsbidrag", "sv", found=True)

    output = run("--only", "search statistics")

    kept = QueryCount.objects.values_list("query_string", flat=True)
    assert "amina storgatan 1" not in kept
    assert "föreningsbidrag" in kept
    assert "search statistics: 1 deleted (kept 180 days)." in output


def test_search_statistics_are_cut_at_the_stockholm_day_late_in_the_evening():
    # 23:30 UTC on 6 June is already 7 June in Stockholm.
    cutoff = datetime.datetime(2026, 6, 6, 23, 30, tzinfo=datetime.UTC)
    for day in (6, 7):
        QueryCount.objects.create(
            date=datetime.date(2026, 6, day), language="sv", query_string=f"juni {day}"
        )

    purge_search_statistics(cutoff)

    kept = set(QueryCount.objects.values_list("query_string", flat=True))
    assert kept == {"juni 7"}


@pytest.mark.parametrize("language", ["sv", "en", "ar", "fa", "so", "fi"])
def test_the_privacy_page_states_every_retention(client, language):
    privacy = translation_of(InformationPage, "personuppgifter", language)
    text = client.get(privacy.url).text
    numbers = {
        "sv": ["30 dagar", "två år", "fyra år", "ett år", "180 dagar", "sju dagar"],
        "en": ["30 days", "two years", "four years", "one year", "180 days", "seven days"],
    }
    for number in numbers.get(language, ["30", "180"]):
        assert number in text, number
