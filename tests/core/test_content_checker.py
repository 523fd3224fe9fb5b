"""Wagtail's content checker, as editors get it: with alt text and heading order checked,
and images that cannot be saved without alternative text."""

import json
import re

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError

from guides.blocks import GuideStreamBlock
from guides.models import GuidePage
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db


def checker_configuration(response):
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        response.text,
        re.S,
    )
    return json.loads(match.group(1)) if match else None


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_editors_get_the_checker_with_alt_text_and_heading_order(client, admin_user, language):
    client.force_login(admin_user)

    response = client.get(translation_of(GuidePage, "starta-en-forening", language).url)
    configuration = checker_configuration(response)

    rules = configuration["options"]["runOnly"]
    assert {"image-alt", "heading-order", "valid-lang", "empty-heading"} <= set(rules)
    assert "image-alt" in configuration["messages"]


def test_readers_get_no_checker(client):
    response = client.get(translation_of(GuidePage, "starta-en-forening", "sv").url)

    assert checker_configuration(response) is None
    assert "checker-axe-configuration" not in response.text


def test_an_image_cannot_be_saved_without_alternative_text():
    block = GuideStreamBlock().child_blocks["image"]
    image = wagtail_factories.ImageFactory()

    described = {"image": image.pk, "alt_text": "Tre personer vid ett bord", "caption": ""}

    with pytest.raises(ValidationError):
        block.clean(block.to_python({**described, "alt_text": ""}))
    assert block.clean(block.to_python(described))["alt_text"] == "Tre personer vid ett bord"
