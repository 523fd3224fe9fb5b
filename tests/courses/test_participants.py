"""Running a round: accepting an application makes a participant (welcomed by e-mail in
their language, with a link to their own page); staff mark who came to each session;
the programme's share of sessions decides who completes."""

import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from pypdf import PdfReader
from wagtail.models import Locale

from courses import rounds
from courses.models import Application, Participant, ProgrammePage
from courses.participants import follow_status
from editorial import roles
from outbox.models import Message
from tests.conftest import translation_of
from tests.factories import (
    ApplicationFactory,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def accept(client, application, status="accepted"):
    url = reverse("programme_applications:edit", args=[application.pk])
    return client.post(url, {"status": status, "reviewer_note": ""})


def test_accepting_makes_a_participant_of_the_round_under_way_and_welcomes_them(
    client, staff, programme, mail_worker
):
    application = ApplicationFactory(programme=programme, name="Amina Ali", language="sv")

    assert accept(client, application).status_code == 302
    mail_worker()

    participant = Participant.objects.get(application=application)
    assert rounds.round_by_id(programme, participant.round_id).name == "Omgång 1"
    [welcome] = mail.outbox
    assert welcome.subject == "Välkommen till Testprogrammet"
    assert "Hej Amina Ali!" in welcome.body
    assert "Du är med i Omgång 1" in welcome.body
    [link] = re.findall(r"https?://\S+/sv/programme-participants/\S+/", welcome.body)
    page = client.get(link[link.index("/sv/") :])
    assert page.status_code == 200
    assert "<h1>Testprogrammet</h1>" in page.text
    assert page["Cache-Control"].startswith("private") or "no-store" in page["Cache-Control"]
    participant.refresh_from_db()
    assert participant.welcome_sent_at is not None

    # Saving the application again neither makes a second participant nor e-mails again.
    accept(client, application)
    mail_worker()
    assert Participant.objects.filter(application=application).count() == 1
    assert len(mail.outbox) == 1


def test_taking_the_acceptance_back_ends_the_participation(client, staff, programme):
    application = ApplicationFactory(programme=programme)
    accept(client, application)
    token = application.participant.token

    accept(client, application, status=Application.Status.SHORTLISTED)

    assert not Participant.objects.filter(application=application).exists()
    assert not Message.objects.filter(purpose="welcome").exists()
    assert client.get(reverse("programme_participant", args=[token])).status_code == 404


def test_staff_mark_a_session_and_the_round_shows_who_came_and_who_completes(
    client, staff, programme
):
    first, second = (ApplicationFactory(programme=programme, name=n) for n in ("Amina", "Bashir"))
    accept(client, first)
    accept(client, second)
    amina, bashir = Participant.objects.filter(programme_key=programme.translation_key).order_by(
        "application__name"
    )
    held = [s for s in rounds.sessions(programme, rounds.round_for(programme)) if s.has_taken_place]
    round_id = amina.round_id

    for session_ in held:
        url = reverse("programme_session", args=[programme.pk, round_id, session_.id])
        response = client.post(url, {"came": [amina.pk]})
        assert response.status_code == 303
    url = reverse("programme_session", args=[programme.pk, round_id, held[0].id])
    client.post(url, {"came": [amina.pk, bashir.pk]})

    page = client.get(reverse("programme_round", args=[programme.pk, round_id])).text
    # Three sessions in round 1 (next year's is in round 2); 60 % of three is two.
    assert '<td data-attended="2">2 / 3</td>' in page
    assert '<td data-attended="1">1 / 3</td>' in page
    assert page.count('data-complete="yes"') == 1
    assert "2 deltagare, 1 har slutfört." in page
    own = client.get(reverse("programme_participant", args=[amina.token])).text
    assert own.count("Du kom") == 2
    assert "Du har slutfört programmet. Ditt intyg är på ditt språk och på svenska." in own
    assert "Kommer snart" in own
    assert "Nästa år" not in own
    other = client.get(reverse("programme_participant", args=[bashir.token])).text
    assert "kom till minst 2 träffar" in other


def test_a_session_to_come_and_people_of_another_round_cannot_be_marked(client, staff, programme):
    application = ApplicationFactory(programme=programme)
    accept(client, application)
    participant = application.participant
    round_ = rounds.round_for(programme)
    later = next(s for s in rounds.sessions(programme, round_) if not s.has_taken_place)
    held = next(s for s in rounds.sessions(programme, round_) if s.has_taken_place)

    early = client.post(
        reverse("programme_session", args=[programme.pk, round_.id, later.id]),
        {"came": [participant.pk]},
    )
    stranger = client.post(
        reverse("programme_session", args=[programme.pk, round_.id, held.id]),
        {"came": [participant.pk + 1000]},
    )

    assert early.status_code == 400
    assert "Närvaro markeras när träffen har börjat." in early.text
    assert stranger.status_code == 400
    assert "Välj bland deltagarna i den här omgången." in stranger.text
    assert not participant.attendance.exists()


def test_a_participant_reads_their_page_in_their_own_language(client, staff):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    application = ApplicationFactory(programme=programme, language="ar")
    accept(client, application)

    arabic = translation_of(ProgrammePage, "ledarprogrammet", "ar")
    token = application.participant.token
    page = client.get(f"/ar/programme-participants/{token}/")

    assert page.status_code == 200
    assert f"<h1>{arabic.title}</h1>" in page.text
    assert '<html lang="ar" dir="rtl">' in page.text


def test_completion_needs_the_share_rounded_up_and_at_least_one_session():
    three = [rounds.Session(str(i), "", None, None, "", "", "") for i in range(3)]
    sixty, all_of_them = ProgrammePage(completion_share=60), ProgrammePage(completion_share=100)

    assert rounds.completion(["0", "1"], three, sixty).complete
    assert not rounds.completion(["0"], three, sixty).complete
    assert rounds.completion(["0", "1"], three, sixty).needed == 2
    assert rounds.completion(["0", "1", "2"], three, all_of_them).complete
    assert not rounds.completion([], [], ProgrammePage(completion_share=75)).complete


@pytest.mark.parametrize(
    "role", [roles.EDITORS, roles.MODERATORS, roles.EVENT_ORGANISERS, roles.TRANSLATORS["ar"]]
)
def test_only_programme_staff_open_a_round_or_mark_a_session(
    client, django_user_model, programme, role
):
    application = ApplicationFactory(
        programme=programme, status=Application.Status.ACCEPTED, name="Hemlig Deltagare"
    )
    participant = follow_status(application)
    held = [s for s in rounds.sessions(programme, rounds.round_for(programme)) if s.has_taken_place]
    user = django_user_model.objects.create_user("someone", "", "x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)

    for url in (
        reverse("programme_round", args=[programme.pk, participant.round_id]),
        reverse("programme_session", args=[programme.pk, participant.round_id, held[0].id]),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "Hemlig Deltagare" not in response.text
    response = client.post(
        reverse("programme_session", args=[programme.pk, participant.round_id, held[0].id]),
        {"came": [participant.pk]},
    )
    assert response.status_code == 302
    assert not participant.attendance.exists()


def pdf_pages(content):
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def mark_all_held(client, programme, participant):
    round_ = rounds.round_by_id(programme, participant.round_id)
    for held in (s for s in rounds.sessions(programme, round_) if s.has_taken_place):
        url = reverse("programme_session", args=[programme.pk, round_.id, held.id])
        assert client.post(url, {"came": [participant.pk]}).status_code == 303


def test_completing_gives_a_certificate_in_swedish_whose_code_a_public_page_confirms(
    client, staff, programme
):
    application = ApplicationFactory(
        programme=programme, name="Amina Ali", email="amina@example.com", language="sv"
    )
    accept(client, application)
    participant = application.participant

    mark_all_held(client, programme, participant)

    participant.refresh_from_db()
    shown = f"{participant.certificate_code[:5]}-{participant.certificate_code[5:]}"
    own = client.get(reverse("programme_participant", args=[participant.token])).text
    assert "Ladda ner ditt intyg (PDF)" in own
    assert shown in own
    response = client.get(reverse("participant_certificate", args=[participant.token]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="intyg-{shown}.pdf"'
    [page] = pdf_pages(response.content)
    for text in ("Intyg", "Härmed intygas att", "Amina Ali", "har slutfört", "Testprogrammet"):
        assert text in page
    assert f"Intygets kod: {shown}" in page
    assert f"/sv/certificates/{participant.certificate_code}/" in page

    checked = client.get(f"/sv/certificates/?code={shown.lower().replace('-', ' ')}")
    assert checked.status_code == 303
    confirmed = client.get(checked["Location"])
    assert confirmed.status_code == 200
    assert "Intyget är giltigt." in confirmed.text
    for text in ("Amina Ali", "Testprogrammet", date_format(timezone.localdate(), "DATE_FORMAT")):
        assert text in confirmed.text
    # Nothing more than the name, the programme and the date.
    assert "amina@example.com" not in confirmed.text
    assert "Järva" not in confirmed.text


def test_a_certificate_is_in_the_participants_language_and_in_swedish(client, staff, programme):
    programme_ar = programme.copy_for_translation(Locale.objects.get(language_code="ar"))
    programme_ar.title = "برنامج الاختبار"
    programme_ar.save_revision().publish()
    application = ApplicationFactory(programme=programme, name="Karim Haddad", language="ar")
    accept(client, application)
    mark_all_held(client, programme, application.participant)

    participant = Participant.objects.get(application=application)
    response = client.get(f"/ar/programme-participants/{participant.token}/certificate.pdf")
    arabic, swedish = pdf_pages(response.content)

    assert "شهادة" in arabic
    assert "برنامج الاختبار" in arabic
    assert "Karim Haddad" in arabic
    assert f"/ar/certificates/{participant.certificate_code}/" in arabic
    assert "Intyg" in swedish
    assert "Testprogrammet" in swedish
    confirmed = client.get(f"/ar/certificates/{participant.certificate_code}/")
    assert "برنامج الاختبار" in confirmed.text
    assert '<html lang="ar" dir="rtl">' in confirmed.text


def test_an_unknown_code_is_a_404_that_says_so_and_attendance_corrected_takes_it_back(
    client, staff, programme
):
    application = ApplicationFactory(programme=programme)
    accept(client, application)
    participant = application.participant
    mark_all_held(client, programme, participant)
    participant.refresh_from_db()
    code = participant.certificate_code

    unknown = client.get("/sv/certificates/ABCDE23456/")
    assert unknown.status_code == 404
    assert "Inget intyg har den här koden." in unknown.text

    round_ = rounds.round_by_id(programme, participant.round_id)
    held = next(s for s in rounds.sessions(programme, round_) if s.has_taken_place)
    client.post(reverse("programme_session", args=[programme.pk, round_.id, held.id]), {})

    participant.refresh_from_db()
    assert participant.certificate_code == ""
    assert client.get(f"/sv/certificates/{code}/").status_code == 404
    assert (
        client.get(reverse("participant_certificate", args=[participant.token])).status_code == 404
    )


def test_a_code_that_cannot_be_one_is_a_400_that_keeps_what_was_typed(client):
    response = client.get("/so/certificates/", {"code": "../etc/passwd"})

    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.text
    assert 'value="../etc/passwd"' in response.text
    assert '<html lang="so"' in response.text
