"""What a search's words are taken to mean (search/words.py): the roots that bring a
word's forms together, and the reading of a query against the words of the demo content
on PostgreSQL: misspelt words corrected, compounds split both ways, synonyms from the
editors' list, which editors keep in the admin with who changed what."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from editorial import roles
from search.matching import reading
from search.models import SynonymGroup, Word
from search.words import distance, root

pytestmark = pytest.mark.django_db


def test_the_forms_of_a_word_share_its_root():
    same = {
        "sv": [("revisor", "revisorn"), ("årsmöte", "årsmötet"), ("stadgar", "stadgarna")],
        "fi": [
            ("yhdistys", "yhdistyksen"),  # genitive
            ("yhdistys", "yhdistysten"),  # genitive plural
            ("perustaa", "perustaminen"),  # verbal noun
            ("kaupunki", "kaupungin"),  # consonant gradation
            ("avustus", "avustusta"),  # partitive
        ],
        "so": [("urur", "ururka"), ("urur", "ururrada"), ("urur", "ururro"), ("deeq", "deeqda")],
        "fa": [("انجمن", "انجمن‌ها"), ("انجمن", "انجمنها"), ("سیاستمدار", "سیاستمداران")],
        "en": [("association", "associations"), ("election", "elections")],
    }
    differ = {"sv": [("bidrag", "bild")], "fi": [("yhdistys", "yhteys")], "so": [("urur", "dugsi")]}

    for language, pairs in same.items():
        for word, form in pairs:
            assert root(word, language) == root(form, language), (language, word, form)
    for language, pairs in differ.items():
        for word, other in pairs:
            assert root(word, language) != root(other, language)
    assert distance("stadgr", "stadgar") == 1
    assert distance("reviosr", "revisor") == 1  # two letters swapped
    assert distance("stadgr", "stad") == 2


def test_the_lexicon_holds_the_words_of_every_language():
    words = set(Word.objects.filter(language="sv").values_list("word", flat=True))

    assert {"föreningsbidrag", "stadgar", "årsmötet"} <= words
    assert Word.objects.filter(language="so", word="ururka").exists()
    assert {language for language in Word.objects.values_list("language", flat=True)} == {
        "sv",
        "en",
        "ar",
        "fa",
        "so",
        "fi",
    }


def test_a_query_is_read_for_misspellings_compounds_synonyms_and_forms():
    swedish = reading("hur stadgr föreningsstadgar bidrag pengar", "sv")
    by_word = {term.word: term for term in swedish.terms}

    assert "hur" not in by_word  # a word the language's search drops
    assert by_word["stadgr"].correction == "stadgar"
    assert swedish.corrected == "stadgar föreningsstadgar bidrag pengar"
    assert by_word["föreningsstadgar"].parts == ("förening", "stadgar")
    assert "föreningsbidrag" in by_word["bidrag"].forms  # a compound that ends with it
    assert "bidrag" in by_word["pengar"].synonyms  # the editors' synonym
    dagis = reading("dagis", "sv").terms[0]  # in no page, but an editor's word
    assert "förskola" in dagis.synonyms and dagis.correction == ""
    assert reading("stadgr", "sv", correct=False).terms[0].correction == ""
    somali = reading("ururka", "so").terms[0]
    assert "urur" in somali.forms or "ururrada" in somali.forms


def test_editors_keep_synonyms_in_the_admin_and_a_search_follows_at_once(client, django_user_model):
    editor = django_user_model.objects.create_user("synonym-editor", "", "x")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(editor)
    before = client.get("/sv/search/", {"q": "kvastfening"})

    response = client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"),
        {"language": "sv", "words": "kvastfening, föreningsbidrag"},
    )
    after = client.get("/sv/search/", {"q": "kvastfening"})
    refused = client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"), {"language": "sv", "words": "ensam"}
    )

    assert response.status_code == 302
    assert "Söka föreningsbidrag" not in before.text
    assert "Söka föreningsbidrag" in after.text
    group = SynonymGroup.objects.get(words="kvastfening, föreningsbidrag")
    assert ModelLogEntry.objects.for_instance(group).get(action="wagtail.create").user == editor
    assert refused.status_code == 200
    assert "Skriv minst två ord, åtskilda med kommatecken." in refused.text
