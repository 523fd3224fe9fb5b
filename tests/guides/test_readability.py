"""LIX, the Swedish readability index, on known texts, and shown to editors of Swedish
guides and easy-to-read versions."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from guides.models import EasyReadPage, GuidePage
from guides.readability import lix
from tests.conftest import translation_of


@pytest.mark.parametrize(
    ("texts", "score", "words", "sentences", "long_words"),
    [
        # 11 words in 2 sentences, 4 long (Föreningen, årsmöte, Styrelsen, medlemmar):
        # 11/2 + 100*4/11 = 5.5 + 36.4 = 41.9.
        (
            ["Föreningen har ett årsmöte varje år. Styrelsen bjuder in alla medlemmar."],
            42,
            11,
            2,
            4,
        ),
        # A heading ends a sentence without a stop; a colon and "!" end one each:
        # 12 words, 4 sentences, 5 long: 3 + 41.7 = 44.7.
        (
            ["Starta en förening", "Ni behöver stadgar: regler för föreningen. Välj en styrelse!"],
            45,
            12,
            4,
            5,
        ),
        # Short words in short sentences: 8 words, 2 sentences, none long: 4 + 0.
        (["Vi har en kassa. Den är för alla."], 4, 8, 2, 0),
        # Bureaucratic Swedish: 6 words, 1 sentence, 4 long: 6 + 66.7.
        (["Kommunfullmäktige fastställer verksamhetsplanens budgetramar i år."], 73, 6, 1, 4),
        # Figures are not words, and their stop ends no sentence; "sju" (3 letters) is
        # short, "sjutton" (7) long: 6 words, 1 long: 6 + 16.7.
        (["Mötet börjar 18.30 och sju sjutton kommer."], 23, 6, 1, 1),
    ],
)
def test_lix_of_known_texts(texts, score, words, sentences, long_words):
    result = lix(texts)

    assert (result.score, result.words, result.sentences, result.long_words) == (
        score,
        words,
        sentences,
        long_words,
    )


def test_a_text_without_words_has_no_lix():
    assert lix([]) is None
    assert lix(["", "  ", "2026-11-29"]) is None


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (4, "Very easy"),
        (24, "Very easy"),
        (25, "Easy"),
        (30, "Medium"),
        (42, "Difficult"),
        (50, "Very difficult"),
        (60, "Extremely difficult"),
        (85, "Extremely difficult"),
    ],
)
def test_each_score_has_its_usual_band(score, band):
    # Six words, so that the score is the words per sentence alone.
    words = " ".join(["ord"] * score)
    result = lix([words + "."])

    assert result.score == score
    with translation.override("en"):
        assert str(result.band).startswith(band + ":")


@pytest.fixture
def editor(client, admin_user):
    """An administrator whose admin is in English."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


def edit(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.text


def shown_score(html):
    match = re.search(r"<strong>LIX (\d+)</strong>", html)
    return int(match.group(1)) if match else None


@pytest.mark.django_db
def test_editors_see_the_lix_of_a_swedish_guide(editor):
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    guide.body = [
        ("heading", {"text": "Årsmötet", "level": "h2"}),
        ("paragraph", "<p>Föreningen har ett årsmöte varje år.</p>"),
        ("paragraph", "<p>Styrelsen bjuder in alla medlemmar.</p>"),
        ("callout", {"kind": "warning", "heading": "", "text": "<p>Kom i tid.</p>"}),
    ]
    guide.save_revision()

    html = edit(editor, guide)

    # 15 words in 4 sentences (the heading is one), 5 long: 3.75 + 33.3. The heading's
    # level and the callout's kind are choices, not text.
    assert shown_score(html) == 37
    assert "Medium: newspapers and fiction" in html
    assert "Words: 15. Sentences: 4. Long words (more than six letters): 5." in html


@pytest.mark.django_db
def test_an_easy_to_read_text_that_scores_too_high_gets_a_warning(editor):
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    easy = EasyReadPage.objects.child_of(guide).get()

    easy.body = [("paragraph", "<p>Vi har en kassa. Den är för alla.</p>")]
    easy.save_revision()
    plain = edit(editor, easy)
    easy.body = [("paragraph", "<p>Kommunfullmäktige fastställer verksamhetsplanens ram.</p>")]
    easy.save_revision()
    hard = edit(editor, easy)

    assert shown_score(plain) == 4
    assert "Easy-to-read Swedish should score under 30" not in plain
    assert shown_score(hard) == 79  # 4 words, 3 long: 4 + 75
    assert "This easy-to-read text scores 79." in hard


@pytest.mark.django_db
def test_the_lix_is_only_for_swedish(editor):
    english = edit(editor, translation_of(GuidePage, "starta-en-forening", "en"))
    swedish = edit(editor, translation_of(GuidePage, "starta-en-forening", "sv"))

    assert shown_score(english) is None
    assert shown_score(swedish) is not None


@pytest.mark.django_db
def test_a_new_guide_asks_for_text_before_it_has_a_lix(editor):
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    url = reverse("wagtailadmin_pages:add", args=("guides", "easyreadpage", guide.pk))
    # The demo guide has its easy-to-read version already; one more is not allowed.
    EasyReadPage.objects.child_of(guide).delete()

    response = editor.get(url)

    assert response.status_code == 200
    assert "Write the text and save a draft to see its LIX." in response.text
    assert shown_score(response.text) is None
