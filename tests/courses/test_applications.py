"""Applying to a programme and offering to be a mentor: saved before any e-mail, confirmed
in the applicant's language, closed outside the period, safe from bad input and spam,
and reviewed in the admin only by staff allowed to."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from courses.models import Application, MentorOffer, MentorsPage, ProgrammePage
from taxonomy.models import District
from tests.conftest import translation_of
from tests.factories import ApplicationFactory, MentorOfferFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db

ANSWERS = {
    "name": "Amina Ali",
    "email": "amina@example.com",
    "phone": "070-123 45 67",
    "district": "jarva",
    "association": "Rinkeby fotbollsvänner",
    "languages": "somaliska, svenska",
    "motivation": "Jag leder träningar och vill lära mig söka bidrag.",
    "project_idea": "Belysning och fler bollar till torsdagsfotbollen.",
    "consent": "on",
    "website": "",
}
OFFER = {**ANSWERS, "experience": "Tjugo år i föreningslivet och ett stort nätverk."}


@pytest.fixture(autouse=True)
def no_applications_yet():
    """The demo's example participants and mentor are accepted applications and an
    accepted offer: each test here starts from none (inside its transaction)."""
    Application.objects.all().delete()
    MentorOffer.objects.all().delete()


@pytest.fixture
def programme():
    return translation_of(ProgrammePage, "ledarprogrammet", "sv")


def apply(client, programme, **changes):
    """Post the form from the programme's page, in the page's language."""
    url = f"/{programme.locale.language_code}/programme-application/{programme.pk}/"
    return client.post(url, {**ANSWERS, **changes})


def offer(client, page, **changes):
    url = f"/{page.locale.language_code}/mentor-offer/{page.pk}/"
    return client.post(url, {**OFFER, **changes})


def test_the_open_programme_page_has_the_application_form(client, programme):
    content = client.get(programme.url).text

    assert f'action="/sv/programme-application/{programme.pk}/"' in content
    assert 'name="project_idea"' in content
    assert 'name="consent"' in content


def test_an_application_is_saved_confirmed_and_e_mailed_in_the_applicants_language(
    client, mail_worker
):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "ar")

    response = apply(client, programme)
    mail_worker()

    application = Application.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"/ar/programme-applications/{application.token}/"
    assert (application.programme, application.language) == (programme, "ar")
    assert application.project_idea == ANSWERS["project_idea"]
    assert application.district == District.objects.get(slug="jarva", locale__language_code="sv")
    assert application.status == Application.Status.RECEIVED
    assert application.confirmation_sent_at is not None
    [message] = mail.outbox
    assert message.to == ["amina@example.com"]
    with translation.override("ar"):
        assert message.subject == gettext("We have received your application: %(title)s") % {
            "title": programme.title
        }
    assert f"/ar/programme-applications/{application.token}/" in message.body

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert '<meta name="robots" content="noindex">' in confirmation.text
    assert 'lang="ar" dir="rtl"' in confirmation.text
    assert "Amina Ali" in confirmation.text
    with translation.override("ar"):
        assert gettext("We have received your application") in confirmation.text


@pytest.mark.parametrize("opens, closes", [(-40, -1), (5, 40)])
def test_outside_the_period_the_form_is_closed_and_a_post_saves_nothing(client, opens, closes):
    now = timezone.now()
    programme = ProgrammePageFactory(
        parent=translation_of(ProgrammePage, "ledarprogrammet", "sv").get_parent(),
        application_opens=now + datetime.timedelta(days=opens),
        application_closes=now + datetime.timedelta(days=closes),
    )

    page = client.get(programme.url).text
    response = apply(client, programme)

    with translation.override("sv"):
        if closes < 0:
            notice = gettext("Applications are closed at the moment.")
        else:
            opens_on = formats.date_format(timezone.localtime(programme.application_opens))
            notice = gettext("You can apply from %(date)s. Come back then.") % {"date": opens_on}
    assert 'name="project_idea"' not in page
    assert notice in page
    assert response.status_code == 400
    assert notice in response.text
    assert not Application.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", ["sv", "ar", "so"])
def test_invalid_answers_get_translated_messages_a_400_and_keep_what_was_typed(client, language):
    programme = translation_of(ProgrammePage, "ledarprogrammet", language)

    response = apply(
        client, programme, name="\x1b ", email="not-an-address", district="atlantis", consent=""
    )

    assert response.status_code == 400
    assert not Application.objects.exists()
    assert 'class="error-summary"' in response.text
    assert f'lang="{language}"' in response.text
    with translation.override(language):
        expected = [
            gettext("Write your name."),
            gettext("Write an e-mail address such as name@example.com."),
            gettext("Choose one of the options in the list."),
            gettext("You must agree before we can take your details."),
        ]
    for message in expected:
        assert message in response.text
    if language != "en":
        assert "Write your name." not in response.text
    # What the applicant wrote is still there to correct.
    assert ANSWERS["project_idea"] in response.text
    assert ANSWERS["association"] in response.text


def test_too_long_answers_are_refused_with_the_limit(client, programme):
    response = apply(client, programme, project_idea="x" * 2001)

    assert response.status_code == 400
    with translation.override("sv"):
        assert (
            gettext("Write at most %(limit_value)d characters.") % {"limit_value": 2000}
            in response.text
        )
    assert not Application.objects.exists()


def test_the_honeypot_stops_bots_and_saves_nothing(client, programme):
    response = apply(client, programme, website="http://spam.example")

    assert response.status_code == 400
    assert not Application.objects.exists()
    assert not mail.outbox


@override_settings(PORTAL_RATE_LIMITS={"application": (3, 600)})
def test_too_many_applications_from_one_connection_are_refused(client, programme):
    statuses = [apply(client, programme).status_code for _ in range(4)]

    assert statuses == [303, 303, 303, 429]
    assert Application.objects.count() == 3


def test_a_mail_server_that_is_down_loses_no_application_and_shows_no_error(
    client, programme, mail_server_down
):
    response = apply(client, programme)

    application = Application.objects.get()
    assert response.status_code == 303
    assert application.confirmation_sent_at is None
    assert client.get(response["Location"]).status_code == 200


def test_an_unknown_application_link_is_a_404(client):
    assert client.get("/sv/programme-applications/not-a-real-token/").status_code == 404
    assert client.get("/sv/mentor-offers/not-a-real-token/").status_code == 404


@pytest.mark.parametrize("token", ["%00", "%00" * 32, "a" * 31 + "%00", "a" * 33, "%F0%9F%98%80"])
def test_an_address_that_cannot_be_a_token_is_a_404(client, token):
    assert client.get(f"/sv/programme-applications/{token}/").status_code == 404
    assert client.get(f"/sv/mentor-offers/{token}/").status_code == 404


# Longer than the e-mail column (254) yet a valid address: 64 + 1 + 3 * 64 + 2 characters.
LONG_EMAIL = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".se"


def test_an_e_mail_address_longer_than_is_kept_is_refused_and_the_answers_stay(client, programme):
    mentors = MentorsPage.objects.get(locale__language_code="sv")

    applied = apply(client, programme, email=LONG_EMAIL)
    offered = offer(client, mentors, email=LONG_EMAIL)

    for response in (applied, offered):
        assert response.status_code == 400
        assert "Skriv en e-postadress med högst 254 tecken." in response.text
        assert 'value="Amina Ali"' in response.text
    assert not Application.objects.exists()
    assert not MentorOffer.objects.exists()


def test_a_programme_in_another_language_or_not_a_programme_is_a_404(client, programme):
    assert client.post(f"/en/programme-application/{programme.pk}/", ANSWERS).status_code == 404
    mentors = MentorsPage.objects.get(locale__language_code="sv")
    assert client.post(f"/sv/programme-application/{mentors.pk}/", ANSWERS).status_code == 404
    assert client.get(f"/sv/programme-application/{programme.pk}/").status_code == 405


def test_an_offer_to_mentor_is_saved_and_confirmed(client, mail_worker):
    page = MentorsPage.objects.get(locale__language_code="so")

    response = offer(client, page)
    mail_worker()

    saved = MentorOffer.objects.get()
    assert response.status_code == 303
    assert (saved.page, saved.language, saved.experience) == (page, "so", OFFER["experience"])
    [message] = mail.outbox
    with translation.override("so"):
        assert message.subject == gettext("Thank you for offering to be a mentor: %(title)s") % {
            "title": page.title
        }
        assert (
            gettext("Thank you for offering to be a mentor")
            in client.get(response["Location"]).text
        )


def test_an_offer_with_missing_answers_gets_messages_and_saves_nothing(client):
    page = MentorsPage.objects.get(locale__language_code="sv")

    response = offer(client, page, experience="", consent="")

    assert response.status_code == 400
    with translation.override("sv"):
        assert gettext("Write about your experience in a few sentences.") in response.text
    assert not MentorOffer.objects.exists()


def test_when_no_mentors_are_needed_the_form_is_gone_and_a_post_saves_nothing(client):
    page = MentorsPage.objects.get(locale__language_code="sv")
    page.takes_offers = False
    page.save_revision().publish()

    assert 'name="experience"' not in client.get(page.url).text
    assert offer(client, page).status_code == 400
    assert not MentorOffer.objects.exists()


@pytest.fixture
def staff(django_user_model):
    """Someone who may use the admin, with no rights over applications yet."""

    def make(*codenames):
        user = django_user_model.objects.create_user("staff", "staff@example.com", "password")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in codenames:
            user.user_permissions.add(Permission.objects.get(codename=codename))
        return user

    return make


def test_staff_without_permission_cannot_see_or_export_applications(client, staff):
    ApplicationFactory()
    client.force_login(staff())

    for url in (
        reverse("programme_applications:index"),
        reverse("programme_applications:index") + "?export=csv",
        reverse("mentor_offers:index") + "?export=csv",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def test_anonymous_visitors_cannot_see_applications_in_the_admin(client):
    response = client.get(reverse("programme_applications:index"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_who_may_view_applications_export_them_but_cannot_change_a_status(client, staff):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    application = ApplicationFactory(programme=programme, name="Amina Ali")
    client.force_login(staff("view_application"))

    response = client.get(reverse("programme_applications:index") + "?export=csv")
    with translation.override("en"):
        text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    edit = reverse("programme_applications:edit", args=[application.pk])

    assert response.status_code == 200
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Programme"] == programme.title
    assert (row["Name"], row["District"], row["Status"]) == ("Amina Ali", "Järva", "Received")
    assert row["Project idea"] == "Belysning vid fotbollsplanen."
    assert row["Received"] == timezone.localtime(application.created_at).strftime("%Y-%m-%d %H:%M")
    assert client.post(edit, {"status": "accepted"}).status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.RECEIVED


def test_staff_who_may_change_applications_shortlist_one(client, staff):
    application = ApplicationFactory()
    client.force_login(staff("view_application", "change_application"))
    edit = reverse("programme_applications:edit", args=[application.pk])

    assert client.get(edit).status_code == 200
    response = client.post(edit, {"status": "shortlisted", "reviewer_note": "Stark idé."})

    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.reviewer_note) == ("shortlisted", "Stark idé.")
    assert application.project_idea == "Belysning vid fotbollsplanen."  # not editable


def test_nobody_adds_an_application_in_the_admin(client, admin_user):
    client.force_login(admin_user)

    listing = client.get(reverse("programme_applications:index"))

    assert listing.status_code == 200
    assert reverse("programme_applications:add") not in listing.text
    assert client.get(reverse("programme_applications:add")).status_code == 302
    assert client.get(reverse("mentor_offers:add")).status_code == 302


def test_the_retention_command_deletes_only_old_applications_and_offers_not_accepted():
    old, recent, participant = ApplicationFactory(), ApplicationFactory(), ApplicationFactory()
    old_offer = MentorOfferFactory()
    long_ago = timezone.now() - datetime.timedelta(days=731)
    Application.objects.filter(pk__in=[old.pk, participant.pk]).update(created_at=long_ago)
    Application.objects.filter(pk=participant.pk).update(status="accepted")
    MentorOffer.objects.filter(pk=old_offer.pk).update(created_at=long_ago)
    output = io.StringIO()

    call_command("delete_old_applications", stdout=output)

    assert set(Application.objects.all()) == {recent, participant}
    assert not MentorOffer.objects.exists()
    assert output.getvalue().startswith("Deleted 2 applications and offers to mentor not accepted")
