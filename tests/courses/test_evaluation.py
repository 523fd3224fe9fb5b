"""The evaluation of a programme's rounds: the dashboard's figures on known data, its
charts and their tables, round 1 beside round 2, the CSV; the surveys at the end of a
round and a year later, sent on schedule, answered anonymously where chosen; who may
read it."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone, translation

from courses import evaluation, rounds, surveys
from courses.charts import bar_chart
from courses.choices import SurveyKind
from courses.models import (
    Application,
    ProgrammeIndexPage,
    Project,
    SessionAttendance,
    SurveyInvitation,
    SurveyResponse,
)
from courses.participants import follow_status
from editorial import roles
from taxonomy.models import District
from tests.core.test_retention import days_ago
from tests.factories import ApplicationFactory, ModulePageFactory, ProgrammePageFactory, session

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def pilot():
    """A programme whose round 1 ended 100 days ago (three sessions) and whose round 2
    is under way (two sessions held, one to come); 75 % of the sessions complete it."""
    index = ProgrammeIndexPage.objects.get(locale__language_code="sv")
    programme = ProgrammePageFactory(
        parent=index,
        slug="pilotprogram",
        title="Pilotprogrammet",
        completion_share=75,
        rounds=[
            ("round", {"name": "Omgång 1", "starts": TODAY - 200 * DAY, "ends": TODAY - 100 * DAY}),
            ("round", {"name": "Omgång 2", "starts": TODAY - 30 * DAY, "ends": TODAY + 60 * DAY}),
            ("round", {"name": "Omgång 3", "starts": TODAY + 300 * DAY, "ends": TODAY + 400 * DAY}),
        ],
    )
    ModulePageFactory(
        parent=programme,
        title="Stadens organisation",
        sessions=[
            session("Första", TODAY - 190 * DAY, "18:00", "20:00"),
            session("Andra", TODAY - 150 * DAY, "18:00", "20:00"),
            session("Tredje", TODAY - 110 * DAY, "18:00", "20:00"),
            session("Fjärde", TODAY - 20 * DAY, "18:00", "20:00"),
            session("Femte", TODAY - 10 * DAY, "18:00", "20:00"),
            session("Sjätte", TODAY + 10 * DAY, "18:00", "20:00"),
        ],
    )
    return programme


def applied(programme, days, district="jarva", source="forum", accepted=False, **fields):
    application = ApplicationFactory(
        programme=programme,
        district=District.objects.get(slug=district, locale__language_code="sv"),
        source=source,
        **fields,
    )
    if accepted:
        application.status = Application.Status.ACCEPTED
        application.save()
    Application.objects.filter(pk=application.pk).update(created_at=days_ago(days))
    return follow_status(application) if accepted else application


def came(programme, participant, *titles):
    round_ = rounds.round_by_id(programme, participant.round_id)
    ids = {s.title: s.id for s in rounds.sessions(programme, round_)}
    SessionAttendance.objects.bulk_create(
        SessionAttendance(participant=participant, session_id=ids[title]) for title in titles
    )


def in_round(participant, programme, name):
    round_ = next(r for r in rounds.rounds(programme) if r.name == name)
    participant.round_id = round_.id
    participant.save()
    return participant


@pytest.fixture
def known(pilot):
    """Round 1: four applications (Järva 3, Farsta 1), two admitted, one who came to
    all three sessions with a reported project (5 000 kr granted, 4 000 paid), one who
    came once; two survey answers at the end. Round 2: two applications, one admitted,
    who came to both sessions held so far."""
    first = in_round(applied(pilot, 230, accepted=True, name="Ayan"), pilot, "Omgång 1")
    second = in_round(
        applied(pilot, 225, source="website", accepted=True, name="Bo"), pilot, "Omgång 1"
    )
    applied(pilot, 220, district="farsta", source="website")
    applied(pilot, 215, source="friends")
    came(pilot, first, "Första", "Andra", "Tredje")
    came(pilot, second, "Andra")
    Project.objects.create(
        participant=first,
        title="Läxhjälp",
        seed_granted=5000,
        seed_paid=4000,
        reported_on=TODAY - 100 * DAY,
    )
    for participant, satisfied, anonymous in ((first, 5, True), (second, 2, False)):
        SurveyInvitation.objects.create(participant=participant, kind="end", answered=True)
        SurveyResponse.objects.create(
            programme_key=pilot.translation_key,
            round_id=participant.round_id,
            kind="end",
            participant=None if anonymous else participant,
            satisfied=satisfied,
            learned=4,
            ready=3,
            active=anonymous,
            comment="Fler kvällar." if anonymous else "",
            created_on=TODAY - 95 * DAY,
        )
    third = applied(pilot, 40, source="invitation", accepted=True, name="Cecilia")
    applied(pilot, 35, district="bromma")
    came(pilot, third, "Fjärde", "Femte")
    return pilot


def test_the_figures_of_each_round_on_known_data(known):
    first, second = evaluation.figures(known)

    assert [first.round.name, second.round.name] == ["Omgång 1", "Omgång 2"]  # not round 3
    assert (first.applications, first.accepted, second.applications, second.accepted) == (
        4,
        2,
        2,
        1,
    )
    assert dict(first.by_district) == {"Järva": 3, "Farsta": 1}
    assert dict(second.by_district) == {"Järva": 1, "Bromma": 1}
    assert first.by_source["Ett forum"] == 1 and first.by_source["Den här webbplatsen"] == 2
    assert [count for _session, count in first.attendance] == [1, 2, 1]
    assert [count for _session, count in second.attendance] == [1, 1, None]  # to come
    assert (first.completed, first.completion_share) == (1, 50)
    assert second.completed == 0  # two of three sessions: the third is to come
    assert dict(first.projects) == {"reported": 1, "none": 1}
    assert (first.seed_granted, first.seed_paid) == (5000, 4000)
    end = first.surveys[SurveyKind.END]
    assert (end.asked, end.answered, end.anonymous, end.active) == (2, 2, 1, 1)
    assert end.averages["satisfied"] == pytest.approx(3.5)
    assert end.comments == ["Fler kvällar."]
    assert second.surveys[SurveyKind.END].answered == 0


def table(page, key):
    """The rows of the chart ``key``'s table: [header cells, then each row's cells]."""
    part = page.split(f'id="chart-{key}"')[1].split("</figure>")[0]
    body = part.split("<table")[1]
    rows = []
    for row in body.split("<tr>")[1:]:
        cells = row.replace("<th", "<td").split("<td")[1:]
        rows.append([cell.split(">", 1)[1].split("</")[0].strip() for cell in cells])
    return part, rows


def test_the_dashboard_draws_each_chart_with_its_figures_as_a_table(client, staff, known):
    page = client.get(reverse("programme_evaluation", args=[known.pk]))

    assert page.status_code == 200
    chart, rows = table(page.text, "attendance")
    assert rows == [
        ["Kategori", "Omgång 1", "Omgång 2"],
        ["Träff 1", "1", "1"],
        ["Träff 2", "2", "1"],
        ["Träff 3", "1", "\u2013"],
    ]
    assert 'role="img"' in chart and "aria-labelledby=" in chart
    # Every bar says its round and value: the chart does not rest on colour.
    # Five bars (none for the session to come) and the legend's two squares.
    assert chart.count("<rect") == 5 + 2
    assert "Omgång 1: 2</text>" in chart
    _chart, money = table(page.text, "seed-money")
    assert money[1:] == [["Beviljat", "5000 kr", "0 kr"], ["Utbetalt", "4000 kr", "0 kr"]]
    chart, survey = table(page.text, "survey-end")
    assert survey[1] == ["Nöjd med kursen", "3,5", "\u2013"]
    assert "Omgång 1: 3,5</text>" in chart
    assert "Fler kvällar." in page.text


def test_the_figures_download_as_csv(client, staff, known):
    response = client.get(reverse("programme_evaluation", args=[known.pk]), {"export": "csv"})

    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Diagram", "Kategori", "Omgång 1", "Omgång 2"]
    assert ["Ansökningar per stadsdel", "Järva", "3", "1"] in rows
    assert ["Såddpeng", "Beviljat", "5000", "0"] in rows


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (roles.PROGRAMME_STAFF, 200),
        (roles.EDITORS, 302),
        (roles.MODERATORS, 302),
        (roles.EVENT_ORGANISERS, 302),
        (roles.TRANSLATORS["so"], 302),
        ("administrator", 200),
    ],
)
def test_only_programme_staff_and_administrators_read_the_evaluation(
    client, django_user_model, known, role, status
):
    if role == "administrator":
        user = django_user_model.objects.create_superuser("admin-x", "", "x")
    else:
        user = django_user_model.objects.create_user("someone", "", "x")
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    url = reverse("programme_evaluation", args=[known.pk])

    assert client.get(url).status_code == status
    assert client.get(url, {"export": "csv"}).status_code == status


def test_the_surveys_go_the_day_after_the_round_ends_and_a_year_later_once(pilot, mail_worker):
    participant = in_round(
        applied(pilot, 230, accepted=True, name="Ayan Ali", email="ayan@x.org", language="so"),
        pilot,
        "Omgång 1",
    )
    ended = TODAY - 100 * DAY

    assert surveys.send_due(ended) == 0  # the round's last day
    assert surveys.send_due(ended + DAY) == 1
    assert surveys.send_due(ended + DAY) == 0  # once
    assert surveys.send_due(ended + 300 * DAY) == 0
    assert surveys.send_due(ended + 366 * DAY) == 1
    # The scheduler's command, today: round 2 goes on, round 1's surveys are sent.
    output = io.StringIO()
    call_command("send_surveys", stdout=output)
    assert output.getvalue() == "Asked 0 participants to answer a survey.\n"

    participant.emails.all().delete()  # the welcome to the programme
    mail_worker()
    assert [message.to for message in mail.outbox] == [["ayan@x.org"]] * 2
    kinds = dict(participant.surveys.values_list("kind", "token"))
    assert set(kinds) == {"end", "follow-up"}
    assert f"/so/surveys/{kinds['end']}/" in mail.outbox[0].body
    assert f"/so/surveys/{kinds['follow-up']}/" in mail.outbox[1].body
    assert not mail.outbox[0].subject.startswith("Hur var")  # in Somali


def answers(**extra):
    return {"satisfied": "4", "learned": "5", "ready": "3", "active": "yes", **extra}


def test_an_anonymous_answer_is_linked_to_nobody_and_a_named_one_to_its_participant(client, pilot):
    anonymous = applied(pilot, 40, accepted=True, name="Anonym")
    named = applied(pilot, 40, accepted=True, name="Med Namn")
    asked = {
        participant.pk: SurveyInvitation.objects.create(participant=participant, kind="end")
        for participant in (anonymous, named)
    }
    own = client.get(reverse("programme_participant", args=[anonymous.token])).text
    assert reverse("survey", args=[asked[anonymous.pk].token]) in own

    form = client.get(reverse("survey", args=[asked[anonymous.pk].token]))
    first = client.post(
        reverse("survey", args=[asked[anonymous.pk].token]),
        answers(anonymous="on", comment="Bra kurs."),
    )
    second = client.post(reverse("survey", args=[asked[named.pk].token]), answers())

    assert form.status_code == 200 and "no-store" in form["Cache-Control"]
    assert 'name="anonymous" id="id_anonymous" checked' in form.text  # anonymous unless changed
    assert first.status_code == second.status_code == 303
    saved = SurveyResponse.objects.filter(programme_key=pilot.translation_key)
    by_comment = {response.comment: response for response in saved}
    assert by_comment["Bra kurs."].participant is None
    assert by_comment[""].participant == named
    # What stays of the anonymous answer cannot be traced: the day, not the time, and
    # the invitation says only that it was answered.
    assert {field.name for field in SurveyInvitation._meta.get_fields()} == {
        "id",
        "participant",
        "kind",
        "token",
        "sent_at",
        "answered",
    }
    assert not hasattr(SurveyResponse, "created_at")
    answered = SurveyInvitation.objects.filter(participant__in=[anonymous, named], answered=True)
    assert answered.count() == 2
    again = client.post(reverse("survey", args=[asked[anonymous.pk].token]), answers())
    assert again.status_code == 400 and "Du har svarat på den här enkäten" in again.text
    assert saved.count() == 2
    own = client.get(reverse("programme_participant", args=[anonymous.token])).text
    assert reverse("survey", args=[asked[anonymous.pk].token]) not in own


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Välj hur mycket du håller med."),
        (answers(satisfied="9"), "Välj ett av alternativen i listan."),
        (answers(active="kanske"), "Välj ett av alternativen i listan."),
        (answers(comment="x" * 2001), "Skriv högst 2000 tecken."),
    ],
)
def test_a_survey_answer_that_cannot_be_is_a_400_and_saves_nothing(client, pilot, data, message):
    participant = applied(pilot, 40, accepted=True)
    invitation = SurveyInvitation.objects.create(participant=participant, kind="end")

    response = client.post(reverse("survey", args=[invitation.token]), data)

    assert response.status_code == 400
    assert message in response.text
    assert not SurveyResponse.objects.filter(programme_key=pilot.translation_key).exists()
    invitation.refresh_from_db()
    assert not invitation.answered


def test_survey_answers_are_kept_five_years(pilot):
    for days in (1830, 10):
        SurveyResponse.objects.create(
            programme_key=pilot.translation_key,
            round_id="x",
            kind="end",
            satisfied=3,
            learned=3,
            ready=3,
            active=False,
            created_on=days_ago(days).date(),
        )

    output = io.StringIO()
    call_command("enforce_retention", stdout=output)

    assert SurveyResponse.objects.filter(programme_key=pilot.translation_key).count() == 1
    assert "survey answers: 1 deleted (kept 1826 days)." in output.getvalue()


def test_a_bar_says_its_value_as_the_table_under_the_chart_does():
    with translation.override("sv"):
        chart = bar_chart("x", "Enkät", ["Omgång 1", "Omgång 2"], [("Vet mer", [4.25, None])])
        shown = floatformat(4.25, -1)

    assert [bar.text for bar in chart.bars] == ["Omgång 1: 4,3", "Omgång 2: \u2013"]
    assert shown == "4,3"
    assert [bar.width for bar in chart.bars][1] == 0
