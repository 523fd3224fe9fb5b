"""The contact finder: a district and a question in, the right city contacts out."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts.models import CityContact, ContactFinderPage
from taxonomy.models import District, Topic
from tests.conftest import LANGUAGES
from tests.factories import CityContactFactory, DistrictFactory, TopicFactory

pytestmark = pytest.mark.django_db


def finder_url(language="sv"):
    return ContactFinderPage.objects.get(locale__language_code=language).url


def result_names(content):
    """Contact names in the result list, in the order shown."""
    results = re.search(r'<ol class="contact-list">(.*?)</ol>', content, re.S)
    if results is None:
        return []
    return re.findall(r'class="contact-card__name"[^>]*>([^<]+)<', results.group(1))


def named(*references):
    """The Swedish names of the demo's contacts with these references."""
    contacts = CityContact.objects.filter(locale__language_code="sv", reference__in=references)
    assert contacts.count() == len(references)
    return {contact.name for contact in contacts}


def test_grant_question_in_jarva_gives_jarvas_association_support_first(client):
    response = client.get(finder_url(), {"district": "jarva", "topic": "foreningsbidrag"})

    names = result_names(response.content.decode())
    assert response.status_code == 200
    assert {names[0]} == named("foreningsstod-jarva")
    # City-wide units that give grants follow; other districts' units never appear.
    assert set(names[1:]) == named("idrottsforvaltningen", "kulturforvaltningen")
    topic = Topic.objects.get(slug="foreningsbidrag", locale__language_code="sv")
    district = District.objects.get(slug="jarva", locale__language_code="sv")
    assert f"3 kontakter för ”{topic.name}” i {district.name}" in response.content.decode()


def test_contact_finder_filters_by_district(client):
    names = result_names(client.get(finder_url(), {"district": "skarholmen"}).content.decode())

    assert set(names) == named("foreningsstod-skarholmen", "sdf-skarholmen")
    assert len(names) == 2


def test_contact_finder_filters_by_topic(client):
    names = result_names(client.get(finder_url(), {"topic": "val"}).content.decode())

    assert len(names) == 1 and set(names) == named("valnamnden")


def test_contact_finder_filters_by_both_and_ranks_the_district_first(client):
    names = result_names(
        client.get(finder_url(), {"district": "farsta", "topic": "trygghet"}).content.decode()
    )

    assert {names[0]} == named("sdf-farsta")
    assert set(names[1:]) == named("socialforvaltningen", "trafikkontoret")


def test_no_match_shows_a_clear_message_and_the_general_contact(client, locales):
    lonely = TopicFactory(slug="ingen-har-detta", name="Något ingen svarar på")

    response = client.get(finder_url(), {"district": "bromma", "topic": lonely.slug})
    content = response.content.decode()

    assert response.status_code == 200
    assert result_names(content) == []
    assert "Vi hittade ingen kontakt för ditt val" in content
    (fallback,) = named("kontaktcenter")
    assert fallback in content
    assert 'href="tel:+46850800508"' in content


def test_a_new_contact_appears_at_once(client):
    district = DistrictFactory(slug="ny-stadsdel", name="Ny stadsdel")
    client.get(finder_url(), {"district": "jarva"})  # the directory is now cached

    CityContactFactory(name="Nya kontoret", districts=[district])
    names = result_names(client.get(finder_url(), {"district": district.slug}).content.decode())

    assert names == ["Nya kontoret"]


@pytest.mark.parametrize(
    "params",
    [
        {"district": "atlantis"},
        {"topic": "<script>alert(1)</script>"},
        {"district": "jarva", "topic": "x" * 5000},
        {"district": "\x00\x01"},
        {"district": "", "topic": ""},
        {"district": ["jarva", "bromma"], "topic": "val"},
    ],
    ids=["unknown-district", "script", "very-long", "control-characters", "empty", "repeated"],
)
def test_bad_parameters_get_a_400_page_with_a_translated_message(client, params):
    response = client.get(finder_url("ar"), params)
    content = response.content.decode()

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert '<div class="error-summary" role="alert"' in content
        assert "<script>alert(1)</script>" not in content
    assert "<form" in content  # the reader can try again from the same page


def test_unknown_district_names_the_problem_in_the_readers_language(client):
    response = client.get(finder_url("en"), {"district": "atlantis"})

    assert response.status_code == 400
    assert "Choose one of the options in the list." in response.content.decode()


def test_phone_numbers_and_addresses_read_left_to_right_on_arabic_pages(client):
    content = client.get(finder_url("ar"), {"district": "jarva"}).content.decode()

    assert '<a href="tel:+46850800508" dir="ltr">08-508 00 508</a>' in content
    assert '<a href="https://start.stockholm/" dir="ltr">' in content


def test_results_are_available_as_json(client):
    response = client.get(
        finder_url("en"), {"district": "jarva", "topic": "foreningsbidrag", "format": "json"}
    )
    data = response.json()

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert data["district"] == "Järva"
    assert data["results"][0]["name"] == "Association support, Järva district administration"
    assert data["results"][0]["districts"] == ["Järva"]
    assert data["fallback"][0]["phone"] == "08-508 00 508"


def test_json_reports_bad_parameters_with_400(client):
    response = client.get(finder_url("sv"), {"district": "atlantis", "format": "json"})

    assert response.status_code == 400
    assert response.json() == {"errors": {"district": ["Välj ett av alternativen i listan."]}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_offers_its_own_district_and_topic_names(client, language):
    content = client.get(finder_url(language)).content.decode()

    assert '<option value="jarva">Järva</option>' in content
    assert content.count('<select name="topic"') == 1
    assert '<option value="foreningsbidrag">' in content


# Pinned: as many as an information page (tests/core/test_budgets.py): the version number
# and the page. The contacts and choices come from the cache.
@pytest.mark.parametrize("language", ["sv", "ar"])
def test_contact_finder_query_count_is_pinned(client, language):
    url = finder_url(language)
    params = {"district": "jarva", "topic": "foreningsbidrag"}
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)

    assert response.status_code == 200
    assert len(queries) == 2
