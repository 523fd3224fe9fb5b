"""The search page's hand-written searches on PostgreSQL (search/ranking.py) find and
rank what the configured backend finds (the pages with every word), then the pages with
some of the words, those with the most first, and show a snippet around the match
wherever it is in a page."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from contacts.models import CityContact
from core.visibility import public, restricted_paths
from guides.models import GuidePage
from search import ranking
from search.page_types import content_type_ids, models_of_kind
from taxonomy.models import Topic
from tests.factories import CityContactFactory, InformationPageFactory

pytestmark = pytest.mark.django_db

# What readers type, in every language; each finds several demo pages.
QUERIES = [
    ("sv", "förening"),
    ("sv", "föreningar starta"),
    ("sv", "bidrag"),
    ("en", "association"),
    ("en", "children"),
    ("ar", "جمعية"),
    ("fa", "انجمن"),
    ("so", "urur"),
    ("fi", "yhdistys"),
]


def backend_ids(language, query, kind=None):
    """The ids the configured backend finds, best first, as the search page filters."""
    pages = public(Page.objects.live()).filter(locale=Locale.objects.get(language_code=language))
    if kind:
        pages = pages.type(*models_of_kind(kind))
    with translation.override(language):
        return [page.pk for page in pages.search(query)]


def locale_of(language):
    return [(language, Locale.objects.get(language_code=language).pk)]


def ranked_ids(language, query, kind=None):
    hits = ranking.ranked_pages(
        query,
        locale_of(language),
        types=content_type_ids(kind) if kind else None,
        hidden=restricted_paths(),
        limit=1000,
    )
    return [pk for _language, pk in hits]


@pytest.mark.parametrize(("language", "query"), QUERIES)
def test_the_search_page_finds_and_ranks_as_the_backend_does(language, query):
    expected = backend_ids(language, query)

    assert len(expected) >= 2
    assert ranked_ids(language, query) == expected
    assert ranking.count_pages(query, locale_of(language)) == [len(expected)]


def test_a_kind_of_page_and_a_restricted_page_are_filtered_as_the_backend_does():
    guide = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")
    assert guide.pk in ranked_ids("sv", "förening", "guide")
    PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )

    found = ranked_ids("sv", "förening", "guide")

    assert guide.pk not in found
    assert found == backend_ids("sv", "förening", "guide")
    found_types = set(Page.objects.filter(pk__in=found).values_list("content_type", flat=True))
    assert found_types <= set(content_type_ids("guide"))


def test_pages_with_some_of_the_words_come_after_those_with_all_the_most_first():
    sv = Locale.objects.get(language_code="sv").pk
    reading = ranking.plain("stadgar årsmöte bankgiro", "sv")

    every = ranking.ranked_pages([reading], [("sv", sv)], limit=100)
    some = ranking.partial_pages(reading, sv, 0, 100)
    (any_word,) = ranking.count_pages([reading], [("sv", sv)], part="any")

    assert len(every) + len(some) == any_word
    assert not {pk for _language, pk in every} & set(some)
    found = [set(backend_ids("sv", word)) for word in ("stadgar", "årsmöte", "bankgiro")]
    matched = [sum(pk in ids for ids in found) for pk in some]
    assert matched == sorted(matched, reverse=True) and max(matched) == 2 and min(matched) == 1
    assert ranking.partial_pages(reading, sv, 2, 3) == some[2:5]


def test_several_languages_come_one_after_the_other_each_best_first():
    locales = [*locale_of("fi"), *locale_of("sv")]

    hits = ranking.ranked_pages("förening", locales, limit=1000)

    languages = [language for language, _pk in hits]
    assert languages == sorted(languages, key=["fi", "sv"].index)
    assert [pk for language, pk in hits if language == "sv"] == backend_ids("sv", "förening")
    assert ranking.count_pages("förening", locales) == [
        languages.count("fi"),
        languages.count("sv"),
    ]


def test_a_match_deep_in_a_long_page_is_shown_marked(client, home_pages):
    filler = " ".join(f"Stycke {n} handlar om något helt annat än fåglar." for n in range(80))
    page = InformationPageFactory(
        parent=home_pages["sv"],
        title="Långa sidan",
        body=[("paragraph", f"<p>{filler} Till sist: blåmesen häckar i parken.</p>")],
    )
    get_search_backend().add(page)

    response = client.get("/sv/search/", {"q": "blåmesen"})

    assert "Långa sidan" in response.text
    assert "<mark>blåmesen</mark> häckar i parken" in response.text


def test_a_form_the_text_does_not_start_with_is_still_marked(client, home_pages):
    # "children" finds "child" (search.backends.IRREGULAR_FORMS), which does not start
    # with "childr": the whole text is looked through.
    page = InformationPageFactory(
        parent=home_pages["en"],
        title="Help for families",
        intro="Where a child can play after school.",
    )
    get_search_backend().add(page)

    response = client.get("/en/search/", {"q": "children"})

    assert "Help for families" in response.text
    assert "<mark>child</mark> can play" in response.text


def test_a_topic_keeps_the_contacts_on_it_even_past_the_first_three(client):
    topic = Topic.objects.get(slug="foreningsbidrag", locale__language_code="sv")
    on_topic = CityContactFactory(name="Blåmesgruppen för föreningsbidrag", topics=[topic])
    others = [CityContactFactory(name=f"Blåmesgruppen {n}") for n in range(4)]
    backend = get_search_backend()
    for contact in [on_topic, *others]:
        backend.add(contact)
    contact_type = ContentType.objects.get_for_model(CityContact).pk
    sv = Locale.objects.get(language_code="sv").pk
    first_three = ranking.ranked_contacts("blåmesgruppen", "sv", sv, contact_type, 3)
    assert len(first_three) == 3
    assert on_topic.reference not in first_three

    response = client.get("/sv/search/", {"q": "blåmesgruppen", "topic": topic.slug})

    assert response.text.count('class="contact-card"') == 1
    assert on_topic.name in response.text


def test_a_snippet_is_looked_for_in_whole_words_around_the_first_match():
    text = " ".join(f"ord{n}" for n in range(400)) + " Föreningen bildas. " + "slut " * 300

    piece = ranking.window(text, ["föreningar"])

    assert len(piece) <= ranking.WINDOW
    assert "Föreningen bildas." in piece
    assert piece.split()[0] in text.split()  # no word cut at either end
    assert piece.split()[-1] in text.split()
    assert ranking.window(text, ["xylofon"]) == text  # no such word: the whole text
    assert ranking.window("En kort text.", ["kort"]) == "En kort text."
