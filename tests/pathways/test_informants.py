"""Graduates as informants: a graduate joins from their own page, agreeing to being an
informant and to the weekly e-mail about new forums separately; staff send news to the
informants of a district or a language, in each one's language, with a one-click way to
leave; what informants report reaches a forum's preparation without their names; and
informants and reports are kept as the privacy page says."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses import certificates
from courses.models import Application, ProgrammePage
from courses.participants import follow_status
from editorial import roles
from events.models import EventPage, ForumSubscription
from pathways.models import Informant, InformantNews, InformantReport
from taxonomy.models import District, Language, Theme
from tests.core.test_retention import days_ago
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

FORUM = "demokrati-och-val-sa-kan-du-paverka"


def graduate(name="Hodan Nur", email="hodan@example.com", language="so", certified=True):
    programme = ProgrammePage.objects.get(slug="sa-fungerar-staden", locale__language_code="sv")
    participant = follow_status(
        ApplicationFactory(
            programme=programme,
            name=name,
            email=email,
            language=language,
            status=Application.Status.ACCEPTED,
        )
    )
    participant.emails.all().delete()  # the welcome to the programme, not what is tested
    if certified:
        participant.certificate_code = certificates.new_code()
        participant.certified_on = timezone.localdate()
        participant.save()
    return participant


def slug_of(model, translation_key, language="sv"):
    return model.objects.get(translation_key=translation_key, locale__language_code=language).slug


def join_form(district="jarva", spoken="so", **extra):
    return {"districts": [district], "languages": [spoken], "informant": "on", **extra}


def join(client, participant, language="sv", **extra):
    url = f"/{language}/informants/join/{participant.token}/"
    return client.post(url, join_form(**extra))


def test_a_graduate_joins_from_their_page_and_gets_their_own_page_by_e_mail(client, mail_worker):
    participant = graduate()
    own = client.get(reverse("programme_participant", args=[participant.token])).text
    assert reverse("informant_join", args=[participant.token]) in own

    form = client.get(reverse("informant_join", args=[participant.token]))
    response = join(client, participant, forum_alerts="on")

    assert form.status_code == 200 and "Järva" in form.text
    assert response.status_code == 303
    informant = Informant.objects.get(participant=participant)
    assert response["Location"] == f"/sv/informants/{informant.token}/"
    assert (informant.name, informant.email, informant.language) == (
        "Hodan Nur",
        "hodan@example.com",
        "sv",
    )
    assert [district.slug for district in informant.districts.all()] == ["jarva"]
    assert [spoken.slug for spoken in informant.languages.all()] == ["so"]
    # The weekly e-mail about new forums, asked for separately, is on at once.
    alert = ForumSubscription.objects.get(email="hodan@example.com")
    assert alert.confirmed_at is not None
    assert [district.slug for district in alert.districts.all()] == ["jarva"]
    page = client.get(response["Location"])
    assert "Välkommen! Nu är du samhällsinformatör." in page.text
    assert "no-store" in page["Cache-Control"]
    # Their participant page now leads to their page as an informant.
    own = client.get(reverse("programme_participant", args=[participant.token])).text
    assert f"/sv/informants/{informant.token}/" in own
    mail_worker()
    (welcome,) = mail.outbox
    assert welcome.to == ["hodan@example.com"]
    assert f"/sv/informants/{informant.token}/" in welcome.body
    assert "en gång i veckan" in welcome.body


def test_being_an_informant_and_the_forum_e_mail_are_asked_for_separately(client):
    participant = graduate()

    refused = client.post(
        reverse("informant_join", args=[participant.token]),
        {"districts": ["jarva"], "forum_alerts": "on"},
    )
    assert refused.status_code == 400
    assert "Kryssa i rutan för att gå med" in refused.text
    assert not Informant.objects.filter(participant=participant).exists()
    assert not ForumSubscription.objects.filter(email="hodan@example.com").exists()

    assert join(client, participant).status_code == 303
    assert Informant.objects.filter(participant=participant).count() == 1
    assert not ForumSubscription.objects.filter(email="hodan@example.com").exists()
    # Joining again leads to the same informant.
    again = client.get(reverse("informant_join", args=[participant.token]))
    assert again.status_code == 303
    assert Informant.objects.filter(participant=participant).count() == 1


def test_only_a_graduate_may_join(client):
    participant = graduate(certified=False)
    own = client.get(reverse("programme_participant", args=[participant.token])).text

    assert reverse("informant_join", args=[participant.token]) not in own
    assert client.get(reverse("informant_join", args=[participant.token])).status_code == 404
    assert join(client, participant).status_code == 404
    assert client.get(reverse("informant_join", args=["x" * 32])).status_code == 404
    assert not Informant.objects.filter(participant=participant).exists()


def test_the_join_form_says_what_is_wrong_in_the_readers_language(client):
    participant = graduate(language="ar")
    url = f"/ar/informants/join/{participant.token}/"

    nothing = client.post(url, {"informant": "on"})
    unknown = client.post(url, join_form(district="atlantis"))

    assert nothing.status_code == unknown.status_code == 400
    assert 'lang="ar"' in nothing.text and 'dir="rtl"' in nothing.text
    assert "Choose at least one district." not in nothing.text  # translated
    assert not Informant.objects.filter(participant=participant).exists()


def informant(name, email, district, spoken, language="sv"):
    # The demo's informants and their reports aside.
    Informant.objects.exclude(email__endswith="@example.com").delete()
    InformantReport.objects.all().delete()
    person = graduate(name=name, email=email, language=language)
    joined = Informant.objects.create(
        name=name,
        email=email,
        language=language,
        programme_key=person.programme_key,
        participant=person,
        consented_at=timezone.now(),
    )
    joined.districts.set(District.objects.filter(slug=district, locale__language_code="sv"))
    joined.languages.set(Language.objects.filter(slug=spoken, locale__language_code="sv"))
    return joined


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_user("programstab", "", "x")
    user.groups.add(Group.objects.get(name=roles.PROGRAMME_STAFF))
    client.force_login(user)
    return user


def news(district=None, **versions):
    data = {"district": district.pk if district else "", "spoken": ""}
    for code in ("sv", "en", "ar", "fa", "so", "fi"):
        subject, body = versions.get(code, ("", ""))
        data[f"subject_{code}"], data[f"body_{code}"] = subject, body
    return data


def test_staff_send_news_to_a_districts_informants_each_in_their_language(
    client, staff, mail_worker
):
    hodan = informant("Hodan Nur", "hodan@example.com", "jarva", "so", language="so")
    informant("Karim Haddad", "karim@example.com", "jarva", "ar", language="ar")
    informant("Aino Virtanen", "aino@example.com", "farsta", "fi", language="fi")
    jarva = District.objects.get(slug="jarva", locale__language_code="sv")

    response = client.post(
        reverse("informant_news"),
        news(
            jarva,
            sv=("Nytt forum i Rinkeby", "Välkommen den 12 mars."),
            so=("Kulan cusub", "Ku soo dhawoow 12 Maarso."),
        ),
    )

    assert response.status_code == 303
    record = InformantNews.objects.get()
    assert (record.subject, record.district) == ("Nytt forum i Rinkeby", jarva)
    assert record.recipients == 2
    listing = client.get(reverse("informant_news")).text
    assert "Nytt forum i Rinkeby" in listing
    mail_worker()
    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"hodan@example.com", "karim@example.com"}
    assert sent["hodan@example.com"].subject == "Kulan cusub"
    assert "Ku soo dhawoow 12 Maarso." in sent["hodan@example.com"].body
    # Nobody wrote it in Arabic: Karim gets the Swedish.
    assert sent["karim@example.com"].subject == "Nytt forum i Rinkeby"
    leave = f"/so/informants/{hodan.token}/leave/"
    assert leave in sent["hodan@example.com"].body
    assert sent["hodan@example.com"].extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert leave in sent["hodan@example.com"].extra_headers["List-Unsubscribe"]


def test_news_without_swedish_or_with_half_a_language_is_a_400(client, staff):
    informant("Hodan Nur", "hodan@example.com", "jarva", "so")

    without = client.post(reverse("informant_news"), news(so=("Kulan", "Qoraal")))
    half = client.post(reverse("informant_news"), news(sv=("Nytt", "Text"), fi=("Uutinen", "")))

    assert without.status_code == half.status_code == 400
    assert "Skriv ämnet på svenska." in without.text
    assert "Skriv både ämne och text på det här språket, eller inget av dem." in half.text
    assert not InformantNews.objects.exists()


def test_one_click_in_the_mail_program_leaves_and_a_link_checker_does_not(client):
    hodan = informant("Hodan Nur", "hodan@example.com", "jarva", "so")
    url = reverse("informant_leave", args=[hodan.token])

    looked_at = client.get(url)
    assert looked_at.status_code == 302 and Informant.objects.filter(pk=hodan.pk).exists()

    left = client.post(url, {"List-Unsubscribe": "One-Click"})

    assert left.status_code == 200
    assert "Du är inte längre samhällsinformatör" in left.text
    assert not Informant.objects.filter(pk=hodan.pk).exists()
    assert client.get(reverse("informant", args=[hodan.token])).status_code == 404
    assert client.post(url).status_code == 404


def test_what_informants_hear_reaches_the_forums_preparation_without_their_names(client):
    forum = EventPage.objects.get(slug=FORUM)
    hodan = informant("Hodan Nur", "hodan@example.com", forum.district.slug, "so")
    district = forum.district.slug
    theme = Theme.objects.get(pk=forum.theme_id).slug

    sent = client.post(
        reverse("informant_report", args=[hodan.token]),
        {"district": district, "theme": theme, "text": "Många undrar hur man röstar i EU-valet."},
    )
    assert sent.status_code == 303
    assert "Tack. De som planerar forumen" in client.get(sent["Location"]).text
    elsewhere = "bromma" if district != "bromma" else "farsta"
    wrong = client.post(
        reverse("informant_report", args=[hodan.token]),
        {"district": elsewhere, "text": "Inte min stadsdel."},
    )

    assert wrong.status_code == 400
    report = InformantReport.objects.get()
    assert report.created_on == timezone.localdate()
    assert {field.name for field in InformantReport._meta.get_fields()} == {
        "id",
        "district",
        "theme",
        "text",
        "language",
        "created_on",
    }
    organiser = Group.objects.get(name=roles.EVENT_ORGANISERS).user_set.create(username="org")
    client.force_login(organiser)
    page = client.get(reverse("forum_preparation", args=[forum.pk])).text
    heard = page.split('id="informants-title"')[1].split("</section>")[0]
    assert "Många undrar hur man röstar i EU-valet." in heard
    assert "Hodan" not in page


def test_informants_are_kept_two_years_after_they_last_said_they_stay(client):
    old = informant("Gammal Informatör", "old@example.com", "jarva", "so")
    staying = informant("Kvar Informatör", "kvar@example.com", "farsta", "fi")
    Informant.objects.filter(pk__in=[old.pk, staying.pk]).update(consented_at=days_ago(800))
    assert client.post(reverse("informant_stay", args=[staying.token])).status_code == 303
    district = District.objects.get(slug="jarva", locale__language_code="sv")
    InformantReport.objects.create(
        district=district, text="Gammal fråga", language="sv", created_on=days_ago(400).date()
    )
    InformantReport.objects.create(
        district=district, text="Ny fråga", language="sv", created_on=days_ago(10).date()
    )

    output = io.StringIO()
    call_command("enforce_retention", stdout=output)

    assert list(Informant.objects.values_list("name", flat=True)) == ["Kvar Informatör"]
    assert list(InformantReport.objects.values_list("text", flat=True)) == ["Ny fråga"]
    assert "informants: 1 deleted (kept 730 days)." in output.getvalue()
    assert "informants' reports: 1 deleted (kept 365 days)." in output.getvalue()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.PROGRAMME_STAFF, True),
        (roles.EVENT_ORGANISERS, True),
        (roles.EDITORS, False),
        (roles.MODERATORS, False),
        (roles.TRANSLATORS["ar"], False),
        ("administrator", True),
    ],
)
def test_only_programme_staff_and_organisers_send_news(client, django_user_model, role, allowed):
    informant("Hemlig Informatör", "hemlig@example.com", "jarva", "so")
    if role == "administrator":
        user = django_user_model.objects.create_superuser("admin-x", "", "x")
    else:
        user = django_user_model.objects.create_user("someone", "", "x")
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)

    page = client.get(reverse("informant_news"))
    posted = client.post(reverse("informant_news"), news(sv=("Nytt", "Text")))

    assert page.status_code == (200 if allowed else 302)
    assert ("Järva" in page.text) == allowed
    assert InformantNews.objects.exists() == allowed
    assert posted.status_code == (303 if allowed else 302)
