"""Invitations through associations: the register staff share (staff only, by district),
each co-host's own registration link counted, and the printable invitation."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from contacts.models import CityContact
from editorial import roles
from events.apps import purge_association_contacts
from events.models import Association, AssociationRecord, EventPage, Registration
from taxonomy.models import District, Language
from tests.conftest import translation_of
from tests.search.test_search_page import titles

pytestmark = pytest.mark.django_db

FORUM = "halsa-och-valmaende-i-jarva"  # co-hosted by Föräldragruppen Waalid
SECRET = "Hemligt Kontaktnamn"
ANSWERS = {"name": "Amina Ali", "email": "amina@example.com", "people": "2", "website": ""}


@pytest.fixture
def record():
    waalid = Association.objects.get(slug="foraldragruppen-waalid", locale__language_code="sv")
    record = AssociationRecord.objects.create(
        association=waalid,
        contact_person=SECRET,
        contact_email="hemlig@example.com",
        contact_phone="070-999 88 77",
        communities="Hemliga gemenskaper i Rinkeby",
        needs_premises=True,
        needs="Hemlig lokal för läxhjälp",
        notes="Hemlig anteckning",
        contact_confirmed_on=timezone.localdate(),
    )
    record.languages.set(Language.objects.filter(locale__language_code="sv", slug="so"))
    record.units_in_contact.set(
        CityContact.objects.filter(
            locale__language_code="sv", reference__in=["sdf-jarva", "socialforvaltningen"]
        )
    )
    return record


@pytest.fixture
def organiser(client, django_user_model):
    user = django_user_model.objects.create_user("samordnare", "", "x")
    user.groups.add(Group.objects.get(name=roles.EVENT_ORGANISERS))
    client.force_login(user)
    return user


@pytest.mark.parametrize("language", ["sv", "so"])
def test_staff_only_association_fields_are_in_no_public_html_or_json(client, record, language):
    forum = translation_of(EventPage, FORUM, language)
    answers = [
        client.get(forum.url).text,
        client.get(f"{forum.url}invitation/?via=foraldragruppen-waalid").text,
        client.get(f"/api/v2/forums/{forum.pk}/").text,
        client.get("/api/v2/forums/", {"locale": language, "fields": "*"}).text,
        client.get(f"/api/v2/pages/{forum.pk}/").text,
    ]
    assert "Föräldragruppen Waalid" in answers[0]  # the public name is there
    assert json.loads(answers[2])["associations"]  # and the API lists the co-hosts
    for answer in answers:
        for secret in (SECRET, "hemlig@example.com", "999 88 77", "Hemlig", "Hemliga"):
            assert secret not in answer
    # Search knows nothing of them either.
    for query in ("Kontaktnamn", "Hemliga gemenskaper"):
        assert forum.title not in titles(client.get(f"/{language}/search/", {"q": query}))


def test_the_register_by_district_shows_every_administrations_contacts(client, record, organiser):
    other = AssociationRecord.objects.create(
        association=Association.objects.exclude(district=record.association.district)
        .filter(locale__language_code="sv")
        .exclude(district=None)
        .first(),
        contact_person="Någon Annanstans",
    )
    jarva = District.objects.get(slug="jarva", locale__language_code="sv")

    page = client.get(reverse("association_register:index"), {"district": jarva.pk}).text

    assert SECRET in page
    assert "Stadsdelsförvaltningen Järva" in page or "Järva" in page
    assert "Socialförvaltningen" in page  # another administration's contact, same district
    assert other.contact_person not in page


def test_programme_staff_read_the_register_but_cannot_change_it(client, django_user_model, record):
    user = django_user_model.objects.create_user("programstab2", "", "x")
    user.groups.add(Group.objects.get(name=roles.PROGRAMME_STAFF))
    client.force_login(user)

    assert SECRET in client.get(reverse("association_register:index")).text
    edit = reverse("association_register:edit", args=[record.pk])
    response = client.post(edit, {"association": record.association_id, "contact_person": "X"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    record.refresh_from_db()
    assert record.contact_person == SECRET


def test_each_co_host_has_its_own_link_and_organisers_see_who_came_through_it(client, organiser):
    swedish = EventPage.objects.get(slug=FORUM)
    Registration.objects.filter(event_key=swedish.translation_key).delete()
    somali = translation_of(EventPage, FORUM, "so")

    page = client.get(somali.url, {"via": "foraldragruppen-waalid"}).text
    assert '<input type="hidden" name="via" value="foraldragruppen-waalid">' in page
    response = client.post(
        f"/so/forum-registration/{somali.pk}/", {**ANSWERS, "via": "foraldragruppen-waalid"}
    )
    assert response.status_code == 303
    # A link to an association that does not co-host, or nonsense: counted as no link.
    for via in ("grannskapet-i-bromma", "<script>", "x" * 300):
        client.post(f"/sv/forum-registration/{swedish.pk}/", {**ANSWERS, "via": via})
    assert list(
        Registration.objects.filter(event_key=swedish.translation_key)
        .values_list("via", flat=True)
        .order_by("pk")
    ) == ["foraldragruppen-waalid", "", "", ""]

    registration = Registration.objects.get(via="foraldragruppen-waalid")
    client.post(
        reverse("forum_checkin", args=[swedish.pk]),
        {"registration": registration.pk, "action": "check_in"},
    )
    invitations = client.get(reverse("forum_invitations", args=[swedish.pk])).text
    waalid = invitations.split("Föräldragruppen Waalid", 1)[1].split("</section>", 1)[0]
    assert 'data-figure="registrations">1<' in waalid
    assert 'data-figure="people">2<' in waalid
    assert 'data-figure="came">2<' in waalid
    assert f"{somali.full_url}?via=foraldragruppen-waalid" in waalid
    assert f"{somali.full_url}invitation/?via=foraldragruppen-waalid" in waalid


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_the_printable_invitation_names_the_co_host_and_carries_its_qr_code(client, language):
    forum = translation_of(EventPage, FORUM, language)
    waalid = Association.objects.get(slug="foraldragruppen-waalid", locale=forum.locale)

    with_host = client.get(f"{forum.url}invitation/", {"via": "foraldragruppen-waalid"})
    general = client.get(f"{forum.url}invitation/", {"via": "nagon-annan"})

    assert with_host.status_code == general.status_code == 200
    assert waalid.name in with_host.text.split("<h1>")[0]
    assert f"http://testserver{forum.url}?via=foraldragruppen-waalid</p>" in with_host.text
    assert 'class="qr"' in with_host.text and 'role="img"' in with_host.text
    assert f"http://testserver{forum.url}</p>" in general.text
    assert waalid.name not in general.text.split("<h1>")[0]


def test_contact_details_not_confirmed_for_two_years_are_removed(record):
    stale = AssociationRecord.objects.create(
        association=Association.objects.filter(locale__language_code="sv")
        .exclude(pk=record.association_id)
        .first(),
        contact_person="Gammal Kontakt",
        contact_phone="08-123 45 67",
        contact_confirmed_on=timezone.localdate() - datetime.timedelta(days=800),
        needs="Lokal",
    )

    assert purge_association_contacts(timezone.now() - datetime.timedelta(days=730)) == 1

    stale.refresh_from_db()
    record.refresh_from_db()
    assert (stale.contact_person, stale.contact_phone, stale.needs) == ("", "", "Lokal")
    assert record.contact_person == SECRET
