"""Topics and districts in the reader's language, changed by editors at any time."""

import pytest

from contacts.models import ContactFinderPage
from taxonomy.models import District
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def finder(language):
    return ContactFinderPage.objects.get(locale__language_code=language).url


def test_a_topic_not_yet_translated_is_offered_in_swedish(client):
    TopicFactory(slug="nytt-amne", name="Ett nytt ämne")

    content = client.get(finder("ar")).content.decode()

    assert '<option value="nytt-amne">Ett nytt ämne</option>' in content


def test_renaming_a_district_shows_at_once(client):
    client.get(finder("en"))  # the district names are now cached
    district = District.objects.get(slug="skarpnack", locale__language_code="en")
    district.name = "Skarpnäck district"
    district.save()

    content = client.get(finder("en")).content.decode()

    assert '<option value="skarpnack">Skarpnäck district</option>' in content
