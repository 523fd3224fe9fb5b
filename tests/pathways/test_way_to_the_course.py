"""The way from a forum to the course: a separate yes to be contacted, kept apart for its
own period, invitations to the next round in each person's language (never twice), the
application remembering where it came from, and the report by district."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.models import Application, ProgrammePage
from editorial import roles
from events.apps import purge_contact_consents, purge_registrations
from events.models import (
    ContactConsent,
    EventIndexPage,
    EventPage,
    ForumAttendance,
    Registration,
)
from pathways.funnel import funnel
from pathways.models import CourseInvitation
from taxonomy.models import District
from tests.conftest import translation_of
from tests.factories import ApplicationFactory, EventPageFactory

pytestmark = pytest.mark.django_db

ANSWERS = {
    "name": "Hodan Warsame",
    "email": "hodan@example.com",
    "people": "1",
    "website": "",
    "contact_consent": "on",
}
APPLICATION = {
    "name": "Hodan Warsame",
    "email": "hodan@example.com",
    "phone": "",
    "district": "jarva",
    "association": "Föräldragruppen",
    "languages": "somaliska",
    "motivation": "Jag vill hjälpa grannar.",
    "project_idea": "Läxhjälp på somaliska.",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def somali_forum():
    return translation_of(EventPage, "halsa-och-valmaende-i-jarva", "so")


def register(client, forum, **changes):
    url = f"/{forum.locale.language_code}/forum-registration/{forum.pk}/"
    return client.post(url, {**ANSWERS, **changes})


def registration_of(response):
    return Registration.objects.get(token=response["Location"].rstrip("/").rsplit("/", 1)[-1])


@pytest.fixture
def programme_staff(client, django_user_model):
    user = django_user_model.objects.create_user("kursstab", "", "x")
    user.groups.add(Group.objects.get(name=roles.PROGRAMME_STAFF))
    client.force_login(user)
    return user


def test_the_yes_to_be_contacted_is_asked_and_kept_apart_from_the_registration(
    client, somali_forum
):
    page = client.get(somali_forum.url).text
    assert 'name="contact_consent"' in page
    with_yes = registration_of(register(client, somali_forum))
    without = registration_of(register(client, somali_forum, contact_consent=""))

    consent = ContactConsent.objects.get(email="hodan@example.com")
    assert with_yes.consent == consent and without.consent is None
    assert (consent.name, consent.email, consent.language) == (
        "Hodan Warsame",
        "hodan@example.com",
        "so",
    )
    assert consent.event_key == somali_forum.translation_key
    assert consent.district_key == somali_forum.district.translation_key


def test_a_yes_without_an_address_or_phone_is_explained(client, somali_forum):
    registrations = Registration.objects.count()
    response = register(client, somali_forum, email="")

    assert response.status_code == 400
    with translation.override("so"):
        message = gettext("Give an e-mail address or a phone number, so that we can contact you.")
    assert message in response.text
    assert not ContactConsent.objects.filter(email="hodan@example.com").exists()
    assert Registration.objects.count() == registrations


def test_the_consent_outlives_the_registration_and_goes_on_its_own_schedule(client):
    index = EventIndexPage.objects.get(locale__language_code="sv")
    forum = EventPageFactory(parent=index, slug="samtycke", capacity=50)
    registration = registration_of(register(client, forum))
    consent = registration.consent
    EventPage.objects.filter(pk=forum.pk).update(
        start=timezone.now() - datetime.timedelta(days=40),
        end=timezone.now() - datetime.timedelta(days=40),
    )

    assert purge_registrations(timezone.now() - datetime.timedelta(days=30)) >= 1
    assert not Registration.objects.filter(pk=registration.pk).exists()
    assert ContactConsent.objects.filter(pk=consent.pk).exists()

    assert purge_contact_consents(timezone.now() - datetime.timedelta(days=730)) == 0
    ContactConsent.objects.filter(pk=consent.pk).update(
        given_at=timezone.now() - datetime.timedelta(days=731)
    )
    assert purge_contact_consents(timezone.now() - datetime.timedelta(days=730)) == 1
    assert not ContactConsent.objects.filter(pk=consent.pk).exists()


def test_the_person_can_withdraw_the_yes_and_it_is_deleted(client, somali_forum):
    registration = registration_of(register(client, somali_forum))
    url = f"/so/contact-consents/{registration.consent.token}/"

    assert client.get(f"/so/forum-registrations/{registration.token}/").text.count(url) == 1
    page = client.get(url)
    assert page.status_code == 200 and "Hodan Warsame" in page.text
    done = client.post(f"{url}withdraw/")

    assert done.status_code == 200
    assert not ContactConsent.objects.filter(email="hodan@example.com").exists()
    assert Registration.objects.filter(pk=registration.pk).exists()
    assert client.get(url).status_code == 404


def test_check_in_records_on_the_consent_who_came_and_took_part(
    client, django_user_model, somali_forum
):
    registration = registration_of(register(client, somali_forum))
    organiser = django_user_model.objects.create_user("dorr", "", "x")
    organiser.groups.add(Group.objects.get(name=roles.EVENT_ORGANISERS))
    client.force_login(organiser)
    url = reverse("forum_checkin", args=[somali_forum.pk])

    client.post(url, {"registration": registration.pk, "action": "check_in"})
    client.post(url, {"registration": registration.pk, "action": "active"})

    consent = ContactConsent.objects.get(email="hodan@example.com")
    assert (consent.came, consent.active) == (True, True)


def test_programme_staff_invite_in_each_persons_language_once_and_the_application_says_so(
    client, somali_forum, programme_staff, mail_worker
):
    registration = registration_of(register(client, somali_forum))
    register(client, somali_forum, name="Utan Ja", email="utan@example.com", contact_consent="")
    consent = registration.consent
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    mail_worker()
    mail.outbox.clear()

    preview = client.get(reverse("course_invitations"), {"programme": programme.pk})
    assert "Hodan Warsame" in preview.text and "Utan Ja" not in preview.text
    sent = client.post(reverse("course_invitations"), {"programme": programme.pk})
    again = client.post(reverse("course_invitations"), {"programme": programme.pk})

    assert sent.status_code == again.status_code == 303
    assert CourseInvitation.objects.filter(consent=consent).count() == 1
    mail_worker()
    [email] = mail.outbox
    somali = translation_of(ProgrammePage, "ledarprogrammet", "so")
    with translation.override("so"):
        assert email.subject == gettext("You are invited: %(title)s") % {"title": somali.title}
    apply_url = f"http://testserver{somali.url}?invite={consent.token}#apply"
    assert apply_url in email.body
    assert f"/so/contact-consents/{consent.token}/" in email.body

    # The link fills in where the applicant came from.
    page = client.get(f"{somali.url}?invite={consent.token}").text
    assert f'<input type="hidden" name="invite" value="{consent.token}">' in page
    response = client.post(
        f"/so/programme-application/{somali.pk}/", {**APPLICATION, "invite": consent.token}
    )
    assert response.status_code == 303
    application = Application.objects.get(email="hodan@example.com")
    assert (application.source, application.invitation) == ("invitation", consent.token)


def test_a_forged_invite_is_dropped_and_the_applicants_own_answer_is_kept(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    client.post(
        f"/sv/programme-application/{programme.pk}/",
        {**APPLICATION, "invite": "<script>", "source": "association"},
    )

    application = Application.objects.get(email="hodan@example.com")
    assert (application.source, application.invitation) == ("association", "")


def test_the_report_counts_each_step_by_district_on_known_data(admin_client):
    index = EventIndexPage.objects.get(locale__language_code="sv")
    skarpnack = District.objects.get(slug="skarpnack", locale__language_code="sv")
    start = timezone.now() - datetime.timedelta(days=3)
    forum = EventPageFactory(
        parent=index,
        slug="tratten",
        district=skarpnack,
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    EventPage.objects.filter(district=skarpnack).exclude(pk=forum.pk).update(
        start=timezone.now() - datetime.timedelta(days=900),
        end=timezone.now() - datetime.timedelta(days=900),
    )
    ForumAttendance.objects.create(
        event_key=forum.translation_key, registered=10, checked_in=7, walk_ins=2
    )
    consents = [
        ContactConsent.objects.create(
            name=f"P{n}",
            email=f"p{n}@example.com",
            language="sv",
            event_key=forum.translation_key,
            district_key=skarpnack.translation_key,
        )
        for n in range(3)
    ]
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    for consent in consents[:2]:
        CourseInvitation.objects.create(consent=consent, programme_key=programme.translation_key)
    ApplicationFactory(programme=programme, invitation=consents[0].token, status="accepted")
    ApplicationFactory(programme=programme, invitation=consents[1].token, status="received")
    ApplicationFactory(programme=programme, invitation="", source="forum")

    today = timezone.localdate()
    rows, total = funnel(today - datetime.timedelta(days=30), today)

    [row] = [row for row in rows if row.district == skarpnack.name]
    assert row.counts == {
        "forums": 1,
        "registered": 10,
        "came": 7,
        "walk_ins": 2,
        "agreed": 3,
        "invited": 2,
        "applied": 2,
        "accepted": 1,
    }
    period = {"since": (today - datetime.timedelta(days=30)).isoformat(), "until": today}
    export = admin_client.get(reverse("forum_to_course"), {**period, "export": "csv"})
    lines = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [skarpnack.name, "1", "10", "7", "2", "3", "2", "2", "1"] in lines
    assert lines[-1][0] == "Alla stadsdelar"
    assert int(lines[-1][2]) == total.counts["registered"]


def test_a_bad_period_is_explained(admin_client):
    response = admin_client.get(reverse("forum_to_course"), {"since": "igår"})

    assert response.status_code == 400
    assert "2026-01-31" in response.text
