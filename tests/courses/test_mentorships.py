"""Mentors for three years: staff match a participant with an accepted offer to mentor;
they meet every three months; the worker reminds both a week before each meeting, once,
in each one's language; either records on their own page that they met; and their
details are kept until the mentorship ends, plus a year."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses import mentorships
from courses.models import Application, MentorOffer, Mentorship
from courses.participants import follow_status
from editorial import roles
from outbox.models import Message
from tests.core.test_retention import days_ago
from tests.factories import ApplicationFactory, MentorOfferFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def participant(programme):
    application = ApplicationFactory(
        programme=programme,
        name="Hodan Nur",
        email="hodan@example.com",
        language="so",
        status=Application.Status.ACCEPTED,
    )
    return follow_status(application)


@pytest.fixture
def offer():
    return MentorOfferFactory(
        name="Karin Berg",
        email="karin@example.com",
        phone="070-123 45 67",
        language="sv",
        status=MentorOffer.Status.ACCEPTED,
    )


def test_a_check_in_every_three_months_to_the_end_and_month_ends_kept():
    assert mentorships.add_months(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert mentorships.add_months(datetime.date(2027, 11, 30), 3) == datetime.date(2028, 2, 29)
    days = mentorships.check_in_dates(datetime.date(2027, 1, 15), datetime.date(2030, 1, 15))
    assert len(days) == 12
    assert (days[0], days[-1]) == (datetime.date(2027, 4, 15), datetime.date(2030, 1, 15))


def test_staff_match_a_mentor_and_both_see_each_other_and_the_meetings_planned(
    client, staff, programme, participant, offer
):
    url = reverse("programme_mentor", args=[programme.pk, participant.round_id, participant.pk])
    starts = TODAY - 10 * DAY

    response = client.post(url, {"offer": offer.pk, "starts_on": starts.isoformat()})

    assert response.status_code == 303
    mentorship = Mentorship.objects.get(participant=participant)
    assert (mentorship.offer, mentorship.starts_on) == (offer, starts)
    assert mentorship.ends_on == mentorships.add_months(starts, 36)
    assert mentorship.check_ins.count() == 12
    # The form shows the mentorship as it is, its end too: saved again, nothing changes.
    again = client.get(url).text
    assert f'value="{mentorship.ends_on.isoformat()}"' in again
    assert "Karin Berg" in client.get(response["Location"]).text
    own = client.get(reverse("programme_participant", args=[participant.token])).text
    assert "Karin Berg" in own and "karin@example.com" in own
    mentor_page = client.get(reverse("mentorship", args=[mentorship.token]))
    assert mentor_page.status_code == 200
    assert "Hodan Nur" in mentor_page.text and "hodan@example.com" in mentor_page.text
    assert "no-store" in mentor_page["Cache-Control"]


def test_an_end_before_the_start_or_a_mentor_not_accepted_is_a_400(
    client, staff, programme, participant, offer
):
    url = reverse("programme_mentor", args=[programme.pk, participant.round_id, participant.pk])
    declined = MentorOfferFactory(status=MentorOffer.Status.DECLINED)

    early_end = {
        "offer": offer.pk,
        "starts_on": TODAY.isoformat(),
        "ends_on": (TODAY - DAY).isoformat(),
    }
    assert client.post(url, early_end).status_code == 400
    wrong = client.post(url, {"offer": declined.pk, "starts_on": TODAY.isoformat()})
    assert wrong.status_code == 400
    assert "Välj en av mentorerna i listan." in wrong.text
    assert not Mentorship.objects.filter(participant=participant).exists()


def reminders():
    output = io.StringIO()
    call_command("remind_check_ins", stdout=output)
    return output.getvalue()


def test_both_are_reminded_a_week_before_once_each_in_their_language(
    participant, offer, mail_worker
):
    # The first meeting, three months after the start, is five days away.
    starts = mentorships.add_months(TODAY + 5 * DAY, -3)
    mentorship = mentorships.match(participant, offer, starts)

    assert "of 1 check-ins" in reminders()
    assert "of 0 check-ins" in reminders()  # once
    mentorships.match(participant, offer, starts)  # staff save the same dates again
    assert "of 0 check-ins" in reminders()
    mail_worker()

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"karin@example.com", "hodan@example.com"}
    assert sent["karin@example.com"].subject.startswith("Dags att träffas")
    assert "Hodan Nur" in sent["karin@example.com"].body
    assert f"/sv/mentorships/{mentorship.token}/" in sent["karin@example.com"].body
    assert "Karin Berg" in sent["hodan@example.com"].body
    assert f"/so/programme-participants/{participant.token}/" in sent["hodan@example.com"].body
    assert not sent["hodan@example.com"].subject.startswith("Dags")  # in Somali
    first = mentorship.check_ins.first()
    assert first.reminded_at is not None
    assert Message.objects.filter(purpose="check-in").count() == 2


def test_no_reminder_too_early_after_a_meeting_or_once_the_mentorship_ended(participant, offer):
    starts = mentorships.add_months(TODAY + 10 * DAY, -3)
    mentorship = mentorships.match(participant, offer, starts)
    assert "of 0 check-ins" in reminders()  # ten days away: not yet

    soon = mentorships.add_months(TODAY + 2 * DAY, -3)
    mentorship = mentorships.match(participant, offer, soon)
    mentorships.record(mentorship.check_ins.first(), TODAY)
    assert "of 0 check-ins" in reminders()  # they met already

    mentorship.check_ins.update(held_on=None)
    Mentorship.objects.filter(pk=mentorship.pk).update(ends_on=TODAY - DAY)
    assert "of 0 check-ins" in reminders()  # ended


def test_mentor_and_participant_each_record_a_meeting_on_their_own_page(client, participant, offer):
    mentorship = mentorships.match(participant, offer, TODAY - 100 * DAY)
    mentor_url = reverse("mentorship_check_in", args=[mentorship.token])
    own_url = reverse("participant_check_in", args=[participant.token])

    answer = client.post(mentor_url, {"held_on": (TODAY - DAY).isoformat()})
    assert answer.status_code == 303
    assert answer["Location"] == reverse("mentorship", args=[mentorship.token])
    assert "Tack. Er träff är sparad." in client.get(answer["Location"]).text
    assert client.post(own_url, {"held_on": TODAY.isoformat()}).status_code == 303

    held = list(mentorship.check_ins.exclude(held_on=None).values_list("held_on", flat=True))
    assert held == [TODAY - DAY, TODAY]
    page = client.get(reverse("programme_participant", args=[participant.token])).text
    assert page.count("Träffades ") == 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Skriv datumet då ni träffades."),
        ("i går", "Skriv datumet som år-månad-dag"),
        ((TODAY + 3 * DAY).isoformat(), "Datumet kan inte vara i framtiden."),
    ],
)
def test_a_meeting_date_that_cannot_be_is_a_400_that_says_why(
    client, participant, offer, value, message
):
    mentorship = mentorships.match(participant, offer, TODAY - 100 * DAY)

    response = client.post(
        reverse("mentorship_check_in", args=[mentorship.token]), {"held_on": value}
    )

    assert response.status_code == 400
    assert message in response.text
    assert not mentorship.check_ins.exclude(held_on=None).exists()


def test_a_participant_without_a_mentor_has_no_meetings_to_record(client, participant):
    url = reverse("participant_check_in", args=[participant.token])
    assert client.post(url, {"held_on": TODAY.isoformat()}).status_code == 404
    assert client.get(url).status_code == 405
    assert client.get(reverse("mentorship", args=["x" * 32])).status_code == 404


def test_their_details_are_kept_until_the_mentorship_ended_and_a_year_more(
    participant, offer, programme
):
    # Received five years ago: without a mentorship they would be gone after four.
    Application.objects.filter(pk=participant.application_id).update(created_at=days_ago(1830))
    MentorOffer.objects.filter(pk=offer.pk).update(created_at=days_ago(1830))
    mentorships.match(participant, offer, TODAY - 1000 * DAY, ends_on=TODAY - 300 * DAY)
    ended = follow_status(
        ApplicationFactory(
            programme=programme, name="Gammal Deltagare", status=Application.Status.ACCEPTED
        )
    )
    old_mentor = MentorOfferFactory(name="Gammal Mentor", status=MentorOffer.Status.ACCEPTED)
    mentorships.match(ended, old_mentor, TODAY - 1500 * DAY, ends_on=TODAY - 400 * DAY)

    output = io.StringIO()
    call_command("enforce_retention", stdout=output)

    assert Application.objects.filter(pk=participant.application_id).exists()
    assert MentorOffer.objects.filter(pk=offer.pk).exists()
    assert not Application.objects.filter(name="Gammal Deltagare").exists()
    assert not MentorOffer.objects.filter(name="Gammal Mentor").exists()
    assert "mentorships ended: 2 deleted (kept 365 days)." in output.getvalue()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.PROGRAMME_STAFF, True),
        (roles.EDITORS, False),
        (roles.MODERATORS, False),
        (roles.EVENT_ORGANISERS, False),
        (roles.TRANSLATORS["so"], False),
    ],
)
def test_only_programme_staff_match_mentors(
    client, django_user_model, programme, participant, offer, role, allowed
):
    user = django_user_model.objects.create_user("someone", "", "x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    url = reverse("programme_mentor", args=[programme.pk, participant.round_id, participant.pk])

    page = client.get(url)
    posted = client.post(url, {"offer": offer.pk, "starts_on": TODAY.isoformat()})

    assert page.status_code == (200 if allowed else 302)
    assert ("Karin Berg" in page.text) == allowed
    assert posted.status_code == (303 if allowed else 302)
    assert Mentorship.objects.filter(participant=participant).exists() == allowed
