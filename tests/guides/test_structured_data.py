"""schema.org data on guides: valid JSON, in the guide's language, with its steps and its
questions as a reader sees them on the page."""

import json
import re

import pytest

from guides.models import GuidePage
from tests.conftest import LANGUAGES, translation_of

pytestmark = pytest.mark.django_db


def json_ld(html):
    [data] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(data)


def by_type(data):
    return {item["@type"]: item for item in data["@graph"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_guide_with_steps_has_them_as_a_howto_in_its_language(client, language):
    guide = translation_of(GuidePage, "starta-en-forening", language)
    steps = next(block for block in guide.body if block.block_type == "steps").value

    data = json_ld(client.get(guide.url).text)

    assert data["@context"] == "https://schema.org"
    items = by_type(data)
    assert items["WebPage"]["name"] == guide.title
    assert items["WebPage"]["url"] == f"http://testserver{guide.url}"
    howto = items["HowTo"]
    assert {items["WebPage"]["inLanguage"], howto["inLanguage"]} == {language}
    assert [step["name"] for step in howto["step"]] == [step["title"] for step in steps["steps"]]
    assert [step["position"] for step in howto["step"]] == list(range(1, len(steps["steps"]) + 1))
    assert all(step["text"] and "<" not in step["text"] for step in howto["step"])
    assert "FAQPage" not in items


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_guide_with_questions_has_them_as_an_faq_page_in_its_language(client, language):
    guide = translation_of(GuidePage, "rosta-i-kommunalvalet", language)
    questions = [
        item
        for block in guide.body
        if block.block_type == "faq"
        for item in block.value["questions"]
    ]

    data = json_ld(client.get(guide.url).text)

    faq = by_type(data)["FAQPage"]
    assert faq["inLanguage"] == language
    assert [item["name"] for item in faq["mainEntity"]] == [item["question"] for item in questions]
    answers = [item["acceptedAnswer"]["text"] for item in faq["mainEntity"]]
    assert all(answer and "<" not in answer for answer in answers)


def test_a_guide_without_steps_or_questions_describes_only_the_page_and_cannot_end_its_script(
    client,
):
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    guide.body = [("paragraph", "<p>Kort text.</p>")]
    guide.intro = "Om </script><script>alert(1)</script> & mer."
    guide.save_revision().publish()

    data = json_ld(client.get(guide.url).text)

    assert [item["@type"] for item in data["@graph"]] == ["WebPage"]
    assert data["@graph"][0]["description"] == guide.intro
