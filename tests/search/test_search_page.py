"""The search page over the demo content on PostgreSQL: results in the reader's language
with highlighted snippets, filters, other languages, bad input and the zero-result page."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from contacts.models import ContactFinderPage
from courses.models import ProjectPage
from events.models import EventPage
from guides.models import GuidePage
from search.models import QueryCount
from search.query import Scope, search
from taxonomy.models import Topic
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db


def grants_topic():
    """A popular topic, by the name the demo gives it."""
    return Topic.objects.get(slug="foreningsbidrag", locale__language_code="sv").name


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', response.text)


def test_the_empty_search_page_offers_topics_and_is_not_indexed(client):
    response = client.get("/sv/search/")

    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in response.text
    assert 'role="search"' in response.text
    assert grants_topic() in response.text  # a popular topic


def test_inflected_swedish_words_find_the_guide_to_starting_an_association(client):
    guide = GuidePage.objects.get(slug="starta-en-forening", locale__language_code="sv")

    response = client.get("/sv/search/", {"q": "föreningar starta"})

    assert response.status_code == 200
    assert guide.title in titles(response)[:3]
    assert "<mark>" in response.text


def test_a_swedish_term_finds_the_grants_guide_on_the_somali_site(client):
    guide = translation_of(GuidePage, "soka-foreningsbidrag", "so")

    response = client.get("/so/search/", {"q": "föreningsbidrag"})

    assert guide.title in titles(response)[:3]
    assert 'lang="so"' in response.text


def test_the_type_filter_keeps_only_forums(client):
    response = client.get("/sv/search/", {"q": "forum", "type": "forum"})

    assert response.status_code == 200
    with translation.override("sv"):
        forum = gettext("Forum")
    metas = re.findall(r'<p class="card__meta">([^<·]+)', response.text)
    assert metas
    assert {meta.strip() for meta in metas} == {forum}


def test_contacts_are_found_by_name(client):
    response = client.get("/en/search/", {"q": "contact centre", "type": "contact"})

    assert response.status_code == 200
    assert 'class="contact-card"' in response.text


def test_with_no_match_in_the_readers_language_other_languages_are_offered(client):
    response = client.get("/sv/search/", {"q": "leadership"})

    assert response.status_code == 200
    assert 'hreflang="en"' in response.text
    assert "?q=leadership&amp;language=en" in response.text
    assert grants_topic() in response.text  # topics, never a dead end
    finder = ContactFinderPage.objects.get(locale__language_code="sv")
    assert f'href="{finder.url}"' in response.text


def test_another_language_is_searched_on_request_and_labelled(client):
    response = client.get("/sv/search/", {"q": "leadership", "language": "en"})

    assert response.status_code == 200
    assert titles(response)
    assert '<span lang="en">English</span>' in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 201},
        {"q": "förening", "type": "poster"},
        {"q": "förening", "language": "xx"},
        {"q": "förening", "page": "99999"},
        {"q": "förening", "page": "två"},
        {"q": "för\x00ening"},
    ],
)
def test_bad_input_gets_a_400_with_a_translated_message(client, params):
    response = client.get("/ar/search/", params)

    assert response.status_code == 400
    assert 'class="error-summary"' in response.text
    assert 'lang="ar"' in response.text


def test_control_characters_and_a_page_past_the_end_give_a_clean_page(client):
    response = client.get("/sv/search/", {"q": "förening\x07\x1b", "page": "999"})

    assert response.status_code == 200
    assert titles(response)


def urls(response):
    return re.findall(r'<h3 class="card__title"><a href="([^"]+)"', response.text)


def swedish_urls(model, *slugs):
    return {model.objects.get(slug=slug, locale__language_code="sv").url for slug in slugs}


def test_the_topic_filter_keeps_only_guides_on_that_topic(client):
    finance = swedish_urls(
        GuidePage,
        "bokforing-och-ekonomi",
        "bankkonto-och-bankgiro",
        "revisorn-och-arsredovisningen",
    )

    response = client.get("/sv/search/", {"q": "förening", "topic": "ekonomi"})

    assert response.status_code == 200
    assert urls(response)
    assert set(urls(response)) <= finance


def test_the_district_filter_keeps_forums_and_projects_in_that_district(client):
    tensta = EventPage.objects.get(
        slug="trygghet-och-sakerhet-i-tensta", locale__language_code="sv"
    )
    elsewhere = EventPage.objects.get(
        slug="trygghet-och-sakerhet-i-hagerstensasen", locale__language_code="sv"
    )
    assert elsewhere.url in urls(client.get("/sv/search/", {"q": "trygghet"}))

    response = client.get("/sv/search/", {"q": "trygghet", "district": "jarva"})

    assert tensta.url in urls(response)
    assert elsewhere.url not in urls(response)
    in_jarva = {page.url for page in EventPage.objects.filter(district__slug="jarva")}
    in_jarva |= {page.url for page in ProjectPage.objects.filter(district__slug="jarva")}
    assert set(urls(response)) <= in_jarva


def test_an_unknown_topic_or_district_gets_a_400(client):
    assert client.get("/sv/search/", {"q": "förening", "topic": "nope"}).status_code == 400
    assert client.get("/sv/search/", {"q": "förening", "district": "nope"}).status_code == 400


def test_course_materials_are_searchable_as_a_type(client):
    response = client.get("/sv/search/", {"q": "förening", "type": "material"})

    assert response.status_code == 200
    assert urls(response)
    assert all(url.startswith("/documents/") or url.startswith("http") for url in urls(response))
    assert "Kursmaterial" in response.text


def test_results_come_ten_to_a_page(client):
    first = client.get("/sv/search/", {"q": "förening"})
    second = client.get("/sv/search/", {"q": "förening", "page": "2"})

    assert len(urls(first)) == 10
    assert urls(second)
    assert not set(urls(first)) & set(urls(second))
    assert 'rel="next"' in first.text
    assert 'rel="prev"' in second.text


def test_the_count_stays_right_past_the_pages_one_can_ask_for(client, monkeypatch):
    def total(response):
        return int(re.search(r'<h2 id="results-title">(\d+)', response.text).group(1))

    everything = client.get("/sv/search/", {"q": "förening"})
    # As if only the first page could be asked for: the ten shown are fetched, not all.
    monkeypatch.setattr("search.matching.MAX_PAGE", 1)
    capped = client.get("/sv/search/", {"q": "förening"})

    assert total(capped) == total(everything) > 10
    assert urls(capped) == urls(everything)


def test_all_languages_are_paged_through_in_order(client):
    # Rinkeby is named in every language's pages about the participants' projects.
    seen, number = [], 1
    while True:
        response = client.get("/sv/search/", {"q": "Rinkeby", "language": "all", "page": number})
        seen += urls(response)
        if 'rel="next"' not in response.text:
            break
        number += 1

    assert len(seen) == len(set(seen))
    assert number > 1
    order = ["/sv/", "/en/", "/ar/", "/fa/", "/so/", "/fi/"]
    assert [url[:4] for url in seen] == sorted((url[:4] for url in seen), key=order.index)
    for language in ("sv", "en", "ar"):
        alone = client.get("/sv/search/", {"q": "Rinkeby", "language": language})
        total = int(re.search(r'<h2 id="results-title">(\d+)', alone.text).group(1))
        assert len([url for url in seen if url.startswith(f"/{language}/")]) == total > 1


@pytest.fixture
def promotion(db):
    """Editors recommend the citizen proposals guide, in Swedish and Arabic, for "bidrag"."""
    query = Query.get("bidrag")
    for language in ("sv", "ar"):
        SearchPromotion.objects.create(
            query=query,
            page=translation_of(GuidePage, "medborgarforslag", language),
            description="Rekommenderad av redaktionen",
        )
    return query


def test_editors_promote_a_page_in_each_language(client, promotion):
    swedish = translation_of(GuidePage, "medborgarforslag", "sv")
    arabic = translation_of(GuidePage, "medborgarforslag", "ar")

    in_swedish = client.get("/sv/search/", {"q": "  Bidrag "})
    in_arabic = client.get("/ar/search/", {"q": "bidrag"})

    assert 'id="promoted-title"' in in_swedish.text
    assert f'<a href="{swedish.url}">{swedish.title}</a>' in in_swedish.text
    assert "Rekommenderad av redaktionen" in in_swedish.text
    assert arabic.url in in_arabic.text
    assert swedish.url not in in_arabic.text


def test_a_new_or_removed_promotion_shows_at_once(client):
    # Which queries have promotions is cached; editing promotions must not wait for it.
    guide = translation_of(GuidePage, "starta-en-forening", "sv")
    client.get("/sv/search/", {"q": "kassör"})
    assert 'id="promoted-title"' not in client.get("/sv/search/", {"q": "kassör"}).text

    promotion = SearchPromotion.objects.create(query=Query.get("kassör"), page=guide)
    assert f'<a href="{guide.url}">{guide.title}</a>' in (
        client.get("/sv/search/", {"q": "Kassör"}).text
    )

    promotion.delete()
    assert 'id="promoted-title"' not in client.get("/sv/search/", {"q": "kassör"}).text


def test_searches_are_counted_per_language_with_those_that_found_nothing(client):
    QueryCount.objects.all().delete()  # searches the browser tests made
    client.get("/sv/search/", {"q": "Förening"})
    client.get("/sv/search/", {"q": "förening  "})
    client.get("/sv/search/", {"q": "förening", "page": "2"})  # the same search, read on
    client.get("/ar/search/", {"q": "zzzxq"})
    client.get("/sv/search/", {"q": "ring 0701234567"})

    counts = {
        (row.language, row.query_string): (row.searches, row.misses)
        for row in QueryCount.objects.all()
    }
    assert counts[("sv", "förening")] == (2, 0)
    assert counts[("ar", "zzzxq")] == (1, 1)
    assert ("sv", "ring #") in counts  # a phone or identity number is not kept


def test_a_query_that_grows_when_lower_cased_is_searched_and_counted(client):
    """ "İ" lower-cases to two characters: 128 of them are 256, past the counts' column."""
    response = client.get("/sv/search/", {"q": "İ" * 128})

    assert response.status_code == 200
    [row] = QueryCount.objects.filter(language="sv", query_string__startswith="i\u0307")
    assert len(row.query_string) == 255


def test_editors_see_what_people_search_for_and_what_finds_nothing(client, admin_user):
    QueryCount.objects.all().delete()  # searches the browser tests made
    client.get("/sv/search/", {"q": "förening"})
    client.get("/ar/search/", {"q": "zzzxq"})
    client.force_login(admin_user)

    report = client.get(reverse("search_queries"))
    nothing = client.get(reverse("search_queries"), {"found_nothing": "true"})
    export = client.get(reverse("search_queries"), {"export": "csv"})

    assert report.status_code == 200
    assert "förening" in report.text and "zzzxq" in report.text
    assert "zzzxq" in nothing.text and "förening" not in nothing.text
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert len(rows) == 3
    assert rows[1].startswith("förening,sv,1,0,")


def test_the_search_report_needs_permission(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)

    assert client.get(reverse("search_queries")).status_code == 302


def test_a_misspelt_word_is_searched_for_as_the_closest_word_and_the_page_says_so(client):
    response = client.get("/sv/search/", {"q": "förenimg stadgr"})
    as_typed = client.get("/sv/search/", {"q": "förenimg stadgr", "as_typed": "on"})

    assert "Visar resultat för <strong>förening stadgar</strong>." in response.text
    assert "Stadgar för en ideell förening" in titles(response)[:3]
    assert (
        '<a href="?q=f%C3%B6renimg+stadgr&amp;as_typed=on">Sök i stället efter förenimg stadgr</a>'
    ) in response.text
    assert not titles(as_typed)
    assert "Visar resultat för" not in as_typed.text


def test_the_page_shows_the_results_in_the_order_the_search_gives_them(client):
    """What tests/search/relevance_set.py measures without rendering the page."""
    query = "hur öppnar man bankkonto åt en ny förening"
    found = search(query, Scope(language="sv", languages=("sv",)))

    response = client.get("/sv/search/", {"q": query})

    assert [result.title for result in found.results] == titles(response)
    assert any(result.partial for result in found.results)
