"""The public API as a developer meets it: every language, only public fields, pages of
20 at most, a rate limit, and an OpenAPI description that matches what is served."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from api.views import ENDPOINTS, PagesEndpoint
from contacts.models import CityContact
from core.models import BasePage
from events.models import EventPage
from guides.models import GuidePage
from taxonomy.models import Topic
from tests.conftest import LANGUAGES, translation_of

pytestmark = pytest.mark.django_db

# Fields an editor or staff member sees and a reader does not.
STAFF_ONLY = {
    "content_owner",
    "review_interval_months",
    "mentor_name",
    "mentor_consents",
    "capacity",
    "takes_registrations",
    "sequence",
    "representatives",
    "reference",
    "is_fallback",
    "locked",
    "locked_by",
    "owner",
    "latest_revision",
}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_endpoint_answers_in_each_language(client, language):
    for endpoint in ENDPOINTS:
        data = get(client, f"/api/v2/{endpoint}/?locale={language}&limit=20")
        assert data["meta"]["total_count"] > 0, endpoint
        assert {item["meta"]["locale"] for item in data["items"]} == {language}, endpoint

    forums = get(client, f"/api/v2/forums/?locale={language}")
    assert (
        forums["meta"]["total_count"]
        == EventPage.objects.live().filter(locale__language_code=language).count()
    )
    contacts = get(client, f"/api/v2/contacts/?locale={language}")
    assert (
        contacts["meta"]["total_count"]
        == CityContact.objects.filter(locale__language_code=language).count()
    )
    guide = translation_of(GuidePage, "starta-en-forening", language)
    found = get(client, f"/api/v2/pages/{guide.pk}/")
    assert (found["title"], found["meta"]["locale"]) == (guide.title, language)
    assert found["meta"]["html_url"] == guide.get_full_url()


def test_names_come_in_the_language_asked_for(client):
    names = {
        language: [
            item["name"]
            for item in get(client, f"/api/v2/topics/?locale={language}&order=slug")["items"]
        ]
        for language in ("sv", "ar")
    }

    for language, served in names.items():
        topics = Topic.objects.filter(locale__language_code=language).order_by("slug")
        assert served == [topic.name for topic in topics[:20]]
    assert names["sv"] != names["ar"]


def test_no_endpoint_and_no_page_type_serves_a_field_only_staff_see(client):
    from wagtail.models import get_page_models

    for model in get_page_models():
        if issubclass(model, BasePage):
            names = {field.name for field in PagesEndpoint.get_body_fields(model)}
            assert not names & STAFF_ONLY, model
    for endpoint, view in ENDPOINTS.items():
        names = {field.name for field in view.get_body_fields(view.model)}
        assert not names & STAFF_ONLY, endpoint
        data = get(client, f"/api/v2/{endpoint}/?fields=*&limit=20")
        for item in data["items"]:
            assert not set(item) & STAFF_ONLY and not set(item["meta"]) & STAFF_ONLY
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    detail = get(client, f"/api/v2/pages/{guide.pk}/")
    assert "content_owner" not in detail and detail["last_reviewed"]
    refused = get(client, "/api/v2/pages/?type=guides.GuidePage&fields=content_owner", 400)
    assert refused == {"message": "unknown fields: content_owner"}


def test_drafts_and_pages_behind_a_password_are_not_served(client):
    guide = translation_of(GuidePage, "medborgarforslag", "sv")
    forum = translation_of(EventPage, "halsa-och-valmaende-i-jarva", "sv")
    guide.unpublish()
    PageViewRestriction.objects.create(page=forum, restriction_type="password", password="x")

    get(client, f"/api/v2/pages/{guide.pk}/", 404)
    get(client, f"/api/v2/forums/{forum.pk}/", 404)
    listed = get(client, "/api/v2/pages/?locale=sv&type=guides.GuidePage&limit=20")["items"]
    assert guide.pk not in {item["id"] for item in listed}


def test_listings_come_in_pages_of_at_most_20(client):
    first = get(client, "/api/v2/pages/?locale=sv&limit=5")
    second = get(client, "/api/v2/pages/?locale=sv&limit=5&offset=5")
    default = get(client, "/api/v2/pages/?locale=sv")

    assert first["meta"]["total_count"] == second["meta"]["total_count"] > 25
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {item["id"] for item in first["items"]} & {item["id"] for item in second["items"]}
    assert len(default["items"]) == 20
    assert get(client, "/api/v2/pages/?limit=21", 400) == {
        "message": "limit cannot be higher than 20"
    }


def test_too_many_requests_from_one_address_are_told_when_to_come_back(client, settings):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "api": (3, 60)}
    for _ in range(3):
        get(client, "/api/v2/themes/")

    response = client.get("/api/v2/themes/")

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    # Another address is not held back.
    assert client.get("/api/v2/themes/", REMOTE_ADDR="192.0.2.7").status_code == 200


def test_a_listing_keeps_to_its_query_budget(client):
    url = "/api/v2/forums/?locale=ar&fields=*"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        get(client, url)

    # The cache's version, the locale, the count, the forums, and their languages,
    # interpretation and associations.
    assert len(queries) == 7


def test_the_openapi_description_lists_every_endpoint_and_every_field_served(client):
    document = get(client, "/api/v2/openapi.json")
    schemas = document["components"]["schemas"]

    assert document["openapi"].startswith("3.")
    for endpoint in ENDPOINTS:
        assert f"/api/v2/{endpoint}/" in document["paths"]
        assert f"/api/v2/{endpoint}/{{id}}/" in document["paths"]
        schema = schemas[endpoint.capitalize()]
        url = f"/api/v2/{endpoint}/?fields=*&limit=3"
        if endpoint == "pages":
            url += "&type=guides.GuidePage"
        for item in get(client, url)["items"]:
            described = set(schema["properties"])
            if endpoint == "pages":
                described |= set(schema["x-page-type-fields"][item["meta"]["type"]])
            assert set(item) <= described, endpoint
            assert set(item["meta"]) <= set(schema["properties"]["meta"]["properties"])
    parameters = document["paths"]["/api/v2/pages/"]["get"]["parameters"]
    assert {p["name"] for p in parameters} >= {"locale", "limit", "offset", "type", "fields"}
    locale = next(p for p in parameters if p["name"] == "locale")
    assert locale["schema"]["enum"] == LANGUAGES
