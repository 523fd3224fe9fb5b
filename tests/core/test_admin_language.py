"""Editors write in Swedish: the admin is in Swedish unless they choose English."""

import json

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def shows(response, words):
    """The words are on the page, in its HTML or in the menu's JSON (ASCII-escaped)."""
    return words in response.text or json.dumps(words)[1:-1] in response.text


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.com", "x")
    client.force_login(user)
    return user


def test_a_new_editor_gets_the_admin_in_swedish(client, editor):
    # A browser that asks for English does not change it: the account setting does.
    response = client.get(reverse("wagtailadmin_home"), headers={"accept-language": "en"})

    assert response.status_code == 200
    assert '<html lang="sv"' in response.text
    assert shows(response, "Anmälningar till forum")  # the menu's "Forum registrations"


def test_an_editor_can_choose_english_and_only_swedish_or_english(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()

    home = client.get(reverse("wagtailadmin_home"))
    settings = client.get(reverse("wagtailadmin_account"))

    assert '<html lang="en"' in home.text
    assert shows(home, "Forum registrations")
    assert 'value="sv"' in settings.text
    assert 'value="ar"' not in settings.text  # the admin is not translated into Arabic
