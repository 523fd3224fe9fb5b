"""A participant's own project: staff keep its milestones and seed money, a programme may
need the project reported to complete, and the public project page shows only what the
participant agreed to publish, each item on its own."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from courses.models import Application, Project, ProjectPage
from courses.participants import follow_status
from editorial import roles
from taxonomy.models import District
from tests.conftest import translation_of
from tests.courses.test_participants import accept, mark_all_held
from tests.factories import ApplicationFactory, ProjectPageFactory, swedish_term

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def participant(client, staff, programme):
    application = ApplicationFactory(
        programme=programme, name="Hodan Nur", email="hodan@example.com", language="sv"
    )
    accept(client, application)
    return application.participant


def project_url(programme, participant):
    return reverse("programme_project", args=[programme.pk, participant.round_id, participant.pk])


def project_form(**changes):
    """The staff's project form as a browser posts it, with one milestone."""
    data = {
        "title": "Läxhjälp i Tensta",
        "district": str(swedish_term(District, "jarva").pk),
        "supervisor": "Anna Berg, Järva stadsdelsförvaltning",
        "page_key": "",
        "openlab_url": "",
        "seed_granted": "",
        "seed_granted_on": "",
        "seed_paid": "",
        "seed_paid_on": "",
        "report": "",
        "reported_on": "",
        "milestones-TOTAL_FORMS": "1",
        "milestones-INITIAL_FORMS": "0",
        "milestones-MIN_NUM_FORMS": "0",
        "milestones-MAX_NUM_FORMS": "1000",
        "milestones-0-title": "Första läxkvällen",
        "milestones-0-due_on": (TODAY + datetime.timedelta(days=30)).isoformat(),
        "milestones-0-done_on": "",
    }
    return {**data, **changes}


def test_staff_keep_the_project_its_milestones_and_seed_money_and_the_participant_sees_them(
    client, programme, participant
):
    url = project_url(programme, participant)
    granted_on = (TODAY - datetime.timedelta(days=3)).isoformat()

    response = client.post(
        url, project_form(seed_granted="15000", seed_granted_on=granted_on, seed_paid="")
    )

    assert response.status_code == 303
    project = Project.objects.get(participant=participant)
    assert (project.title, project.seed_granted, project.seed_paid) == (
        "Läxhjälp i Tensta",
        15000,
        None,
    )
    assert [m.title for m in project.milestones.all()] == ["Första läxkvällen"]
    round_page = client.get(response["Location"]).text
    assert "Läxhjälp i Tensta" in round_page
    own = client.get(reverse("programme_participant", args=[participant.token])).text
    for text in ("Ditt projekt: Läxhjälp i Tensta", "Anna Berg", "Första läxkvällen", "Järva"):
        assert text in own
    assert "15\xa0000 kronor" in own or "15 000 kronor" in own
    assert "Inte än" in own  # the seed money is not paid yet


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"seed_granted": "5000"}, "seed_granted_on", "Skriv datumet också."),
        (
            {"seed_granted": "5000", "seed_granted_on": "2026-01-01", "seed_paid": "9000"},
            "seed_paid",
            "Mer har betalats ut än det som beviljades.",
        ),
        ({"report": "Vi höll tio läxkvällar."}, "reported_on", "Skriv datumet för rapporten."),
        ({"seed_granted": "-5"}, "seed_granted", ""),
        ({"milestones-0-due_on": "förra året"}, "due_on", ""),
    ],
)
def test_a_project_that_does_not_add_up_is_a_400_that_keeps_what_was_typed(
    client, programme, participant, changes, field, message
):
    response = client.post(project_url(programme, participant), project_form(**changes))

    assert response.status_code == 400
    assert "error-message" in response.text
    assert message in response.text
    assert "Läxhjälp i Tensta" in response.text  # nothing typed is lost
    assert not Project.objects.filter(participant=participant).exists()


def test_a_programme_that_needs_a_report_completes_only_once_the_project_reported(
    client, programme, participant
):
    programme.requires_project_report = True
    programme.save_revision().publish()
    mark_all_held(client, programme, participant)
    participant.refresh_from_db()
    assert participant.certificate_code == ""
    own = client.get(reverse("programme_participant", args=[participant.token])).text
    assert "måste ditt projekt också rapportera" in own

    url = project_url(programme, participant)
    client.post(url, project_form())
    participant.refresh_from_db()
    assert participant.certificate_code == ""  # a project, not yet reported

    reported = project_form(report="Tio läxkvällar med 40 barn.", reported_on=TODAY.isoformat())
    assert client.post(url, reported).status_code == 303

    participant.refresh_from_db()
    assert participant.certificate_code != ""
    assert participant.certified_on == TODAY


def test_the_public_page_shows_only_what_the_participant_agreed_to_each_on_its_own(
    client, programme, participant
):
    page = ProjectPageFactory(parent=programme, title="Läxhjälp under samma tak")
    details = {
        "page_key": str(page.translation_key),
        "openlab_url": "https://openlab.example.org/laxhjalp",
        "seed_granted": "12000",
        "seed_granted_on": TODAY.isoformat(),
        "report": "Tio läxkvällar med 40 barn.",
        "reported_on": TODAY.isoformat(),
    }
    client.post(project_url(programme, participant), project_form(**details))
    own = reverse("programme_participant", args=[participant.token])
    publishing = reverse("participant_publishing", args=[participant.token])

    def public():
        return client.get(page.url).text

    shown = public()
    for private in ("Hodan Nur", "12\xa0000", "Tio läxkvällar", "openlab.example.org"):
        assert private not in shown

    answer = client.post(publishing, {"publish_name": "on", "publish_report": "on"})
    assert answer.status_code == 303
    assert answer["Location"] == own
    assert "Sparat." in client.get(own).text
    shown = public()
    assert "Hodan Nur" in shown
    assert "Tio läxkvällar med 40 barn." in shown
    assert "12\xa0000" not in shown and "12 000" not in shown
    assert "openlab.example.org" not in shown

    # Taken back: the name goes, at once; the seed money and Open Lab now shown.
    client.post(publishing, {"publish_seed_money": "on", "publish_openlab": "on"})
    shown = public()
    assert "Hodan Nur" not in shown
    assert "Tio läxkvällar" not in shown
    assert "12\xa0000 kronor" in shown or "12 000 kronor" in shown
    assert 'href="https://openlab.example.org/laxhjalp"' in shown


def test_the_public_page_in_another_language_follows_the_same_consent(client):
    """The demo's example: Amina agreed to her name only, on every language version."""
    for language in ("sv", "ar"):
        page = translation_of(ProjectPage, "alla-rostar-i-rinkeby", language)
        shown = client.get(page.url).text
        assert "Amina Yusuf (exempel)" in shown
        assert "Järva stadsdelsförvaltning" not in shown  # the supervisor is never public


def test_publishing_needs_a_participant_with_a_project_and_a_post(client, programme, participant):
    publishing = reverse("participant_publishing", args=[participant.token])

    assert client.post(publishing, {"publish_name": "on"}).status_code == 404  # no project
    assert client.get(publishing).status_code == 405
    unknown = reverse("participant_publishing", args=["x" * len(participant.token)])
    assert client.post(unknown, {"publish_name": "on"}).status_code == 404


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (roles.PROGRAMME_STAFF, 200),
        (roles.EDITORS, 302),
        (roles.MODERATORS, 302),
        (roles.EVENT_ORGANISERS, 302),
        (roles.TRANSLATORS["fa"], 302),
        ("administrator", 200),
    ],
)
def test_only_programme_staff_and_administrators_open_a_project(
    client, django_user_model, programme, role, status
):
    application = ApplicationFactory(
        programme=programme, status=Application.Status.ACCEPTED, name="Hemlig Deltagare"
    )
    participant = follow_status(application)
    if role == "administrator":
        user = django_user_model.objects.create_superuser("admin-x", "", "x")
    else:
        user = django_user_model.objects.create_user("someone", "", "x")
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    url = project_url(programme, participant)

    response = client.get(url)
    posted = client.post(url, project_form())

    assert response.status_code == status
    assert ("Hemlig Deltagare" in response.text) == (status == 200)
    assert Project.objects.filter(participant=participant).exists() == (status == 200)
    assert posted.status_code == (303 if status == 200 else 302)


def test_a_participant_of_another_round_or_programme_is_a_404(client, staff, programme):
    other = translation_of(Application.programme.field.related_model, "ledarprogrammet", "sv")
    stranger = follow_status(
        ApplicationFactory(programme=other, status=Application.Status.ACCEPTED)
    )
    participant = follow_status(
        ApplicationFactory(programme=programme, status=Application.Status.ACCEPTED)
    )

    wrong_programme = reverse(
        "programme_project", args=[programme.pk, participant.round_id, stranger.pk]
    )
    assert client.get(wrong_programme).status_code == 404
    wrong_round = reverse("programme_project", args=[programme.pk, "nope", participant.pk])
    assert client.get(wrong_round).status_code == 404
