"""What came of a forum: each question with the city unit that owns it, where it stands
and the answer, on the past forum's page in each of its languages, and found by search."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from events.blocks import QuestionAnswerBlock
from events.models import EventPage
from tests.conftest import translation_of
from tests.search.test_search_page import titles

pytestmark = pytest.mark.django_db

PAST = "trygghet-och-sakerhet-i-hagerstensasen"


def test_an_answered_question_needs_its_answer_and_an_open_one_does_not():
    block = QuestionAnswerBlock()
    still_open = block.to_python({"question": "Varför?", "status": "open", "answer": ""})

    # An editor left empty still sends a paragraph.
    for empty in ("", '<p data-block-key="xykng"></p>', "<p> </p>"):
        answered = block.to_python({"question": "Varför?", "status": "answered", "answer": empty})
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(answered)
        assert "answer" in error.value.block_errors
    assert block.clean(still_open)["status"] == "open"


@pytest.mark.parametrize(
    "language, status, unit, question",
    [
        (
            "sv",
            "Lämnad vidare till enheten som äger frågan",
            "Trafikkontoret",
            "Kan belysningen i gångtunneln vid tunnelbanan bli bättre?",
        ),
        (
            "ar",
            "أُحيل إلى الوحدة المسؤولة",
            None,
            "هل يمكن تحسين الإنارة في نفق المشاة قرب مترو الأنفاق؟",
        ),
    ],
)
def test_the_past_forum_shows_each_question_with_its_unit_and_status(
    client, language, status, unit, question
):
    forum = translation_of(EventPage, PAST, language)
    html = client.get(forum.url).text

    item = html.split(question, 1)[1].split("</details>", 1)[0]
    assert f'<span class="question-status question-status--passed_on">{status}</span>' in item
    contact = forum.questions[3].value["unit"]
    assert contact.locale.language_code == language  # the unit in the reader's language
    assert f"{contact.name}, " in item
    if unit:
        assert contact.name == unit
    assert "Besvarad" in html if language == "sv" else "تمت الإجابة" in html


@pytest.mark.parametrize(
    "language, query",
    [("sv", "gångtunneln belysning"), ("en", "pedestrian tunnel lighting")],
)
def test_the_questions_of_a_forum_are_found_by_search(client, language, query):
    forum = translation_of(EventPage, PAST, language)

    found = titles(client.get(f"/{language}/search/", {"q": query}))

    assert forum.title in found[:3]
