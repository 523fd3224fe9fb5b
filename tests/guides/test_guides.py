"""Guides as readers meet them: sections, steps, easy-to-read versions, the diagram,
the ways to influence, and the sitemap."""

import re
from html import escape
from html.parser import HTMLParser

import pytest
from wagtail.models import Page

from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePath,
    InfluencePathsPage,
    OrganisationPage,
)
from guides.readability import lix
from tests.conftest import LANGUAGES, translation_of

pytestmark = pytest.mark.django_db


def guide(slug, language="sv"):
    return translation_of(GuidePage, slug, language)


def test_demo_has_four_sections_of_at_least_four_guides_each():
    sections = GuideIndexPage.objects.filter(locale__language_code="sv")

    assert sections.count() >= 4
    for section in sections:
        assert section.guides().count() >= 4, section.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_guide_exists_in_every_language(language):
    # Published guides: the demo's new guide waiting for a moderator has no translation yet.
    swedish = GuidePage.objects.filter(locale__language_code="sv").live()
    translated = GuidePage.objects.filter(locale__language_code=language).live()
    keys = set(translated.values_list("translation_key", flat=True))

    assert swedish.count() >= 16
    missing = [page.title for page in swedish if page.translation_key not in keys]
    assert missing == [], f"missing in {language}"


def test_guide_shows_when_it_was_updated_and_reviewed_and_who_owns_it(client):
    page = guide("starta-en-forening")
    content = client.get(page.url).content.decode()

    assert "<dt>Senast uppdaterad</dt>" in content
    assert '<dt>Senast granskad</dt><dd><time datetime="2026-10-01">1 oktober 2026</time>' in (
        content
    )
    assert f"<dt>Ansvarig</dt><dd>{page.content_owner}</dd>" in content


def test_step_by_step_numbers_steps_and_marks_and_or(client):
    content = client.get(guide("starta-en-forening").url).content.decode()
    steps = re.search(r'<ol class="step-by-step__steps">(.*?)</ol>', content, re.S).group(1)
    numbers = re.findall(r'<span class="visually-hidden">Steg </span>(\d+)</span>', steps)

    assert len(numbers) >= 4
    assert numbers[0] == "1"
    # Steps joined by "and" or "or" share a number; otherwise numbers go up by one.
    connectors = re.findall(r'step-by-step__connector">(och|eller)<', steps)
    assert connectors, "the demo guide uses at least one and/or"
    assert len(set(numbers)) == len(numbers) - len(connectors)
    # Every step is open without JavaScript, and its title is a keyboard-operable summary.
    assert steps.count('<details class="step-by-step__details" open>') == len(numbers)


def test_faq_answers_are_disclosures(client):
    content = client.get(guide("stadgar-for-en-ideell-forening").url).content.decode()

    assert '<details class="faq__item">' in content
    assert '<summary class="faq__question">' in content


def test_easy_to_read_version_is_marked_and_linked_both_ways(client):
    standard = guide("medborgarforslag")
    easy = EasyReadPage.objects.child_of(standard).get()

    standard_content = client.get(standard.url).content.decode()
    easy_content = client.get(easy.url).content.decode()

    assert f'<a href="{easy.url}" hreflang="sv">Lättläst' in standard_content
    assert '<p class="badge">Lättläst svenska</p>' in easy_content
    assert f'<a href="{standard.url}">Läs den vanliga texten</a>' in easy_content
    assert easy.url == f"{standard.url}lattlast/"


def test_english_guide_links_to_the_swedish_easy_to_read_version(client):
    english = guide("medborgarforslag", "en")
    easy = EasyReadPage.objects.child_of(guide("medborgarforslag")).get()

    content = client.get(english.url).content.decode()

    assert f'<a href="{easy.url}" hreflang="sv" lang="sv" dir="ltr">' in content


class ReadersText(HTMLParser):
    """The text of each paragraph and list item in a piece of HTML."""

    def __init__(self):
        super().__init__()
        self.pieces, self.open = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in {"p", "li"}:
            self.open += 1
            self.pieces.append("")

    def handle_endtag(self, tag):
        if tag in {"p", "li"}:
            self.open -= 1

    def handle_data(self, data):
        if self.open:
            self.pieces[-1] += data


def easy_read_guides():
    """The guides that must have an easy-to-read version: every guide in "Så fungerar
    staden" and "Påverka", and "Starta en förening"."""
    sections = GuideIndexPage.objects.filter(
        slug__in=["sa-fungerar-staden", "paverka"], locale__language_code="sv"
    )
    return [
        *(page for section in sections for page in section.guides()),
        guide("starta-en-forening"),
    ]


def test_the_key_guides_each_have_an_easy_to_read_version_linked_both_ways(client):
    guides = easy_read_guides()

    assert len(guides) == 9
    for standard in guides:
        easy = EasyReadPage.objects.child_of(standard).live().get()
        assert f'<a href="{easy.url}" hreflang="sv">Lättläst' in client.get(standard.url).text
        assert f'<a href="{standard.url}">Läs den vanliga texten</a>' in client.get(easy.url).text


def test_each_easy_to_read_version_scores_under_30_in_lix(client):
    """LIX over what a reader reads: the introduction and each paragraph and list item of
    the text, as the page shows it."""
    scores = {}
    for standard in easy_read_guides():
        easy = EasyReadPage.objects.child_of(standard).get()
        reader = ReadersText()
        reader.feed(f"<p>{escape(easy.intro)}</p>{easy.body}")
        result = lix(reader.pieces)
        scores[standard.slug] = (
            result.words / result.sentences + 100 * result.long_words / result.words
        )
        assert result.words >= 80, standard.slug  # a text, not a line

    print("\nLIX of the easy-to-read versions:")
    for slug, score in scores.items():
        print(f"  {slug}: {score:.1f}")
    assert {slug: score for slug, score in scores.items() if score >= 30} == {}


def test_section_filters_guides_by_topic_and_audience(client):
    section = GuideIndexPage.objects.get(slug="driva-forening", locale__language_code="sv")
    everything = client.get(section.url).content.decode()
    by_topic = client.get(section.url, {"topic": "foreningsadministration"}).content.decode()
    both = client.get(
        section.url, {"topic": "foreningsadministration", "audience": "residents"}
    ).content.decode()

    def titles(content):
        return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', content)

    assert len(titles(everything)) == section.guides().count()
    assert guide("starta-en-forening").title in titles(by_topic)
    assert set(titles(by_topic)) <= set(titles(everything))
    assert set(titles(both)) <= set(titles(by_topic))


def test_section_rejects_an_unknown_filter_with_a_400_and_keeps_the_list(client):
    section = translation_of(GuideIndexPage, "driva-forening", "en")

    response = client.get(section.url, {"audience": "aliens"})

    assert response.status_code == 400
    assert "Choose one of the options in the list." in response.content.decode()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_organisation_diagram_is_text_with_links_to_guides(client, language):
    page = OrganisationPage.objects.get(locale__language_code=language)
    content = client.get(page.url).content.decode()

    assert '<ul class="org-chart">' in content
    assert "<img" not in content
    assert content.count('class="org-box"') >= 1 + 3 + 11
    # The top box links to the guide in the reader's language.
    top = re.search(
        r'org-chart__node--top">\s*<div class="org-box">\s*<h2[^>]*><a href="([^"]+)"', content
    )
    assert top.group(1) == guide("sa-ar-staden-organiserad", language).url


def test_influence_paths_are_compared_with_all_seven_ways(client):
    content = client.get("/sv/paverka/vagar-att-paverka/").content.decode()

    assert content.count('<li class="influence-path"') == 7
    for heading in ("Vem kan använda det", "Hur", "Vad händer sedan", "Hur lång tid det tar"):
        assert content.count(f"<dt>{heading}</dt>") == 7


def test_an_edited_way_to_influence_shows_at_once(client):
    page = InfluencePathsPage.objects.get(locale__language_code="sv")
    client.get(page.url)  # the ways are now cached
    path = InfluencePath.objects.get(slug="folkinitiativ", locale__language_code="sv")
    path.time_taken = "Namnen samlas in under sex månader."
    path.save()

    assert "Namnen samlas in under sex månader." in client.get(page.url).content.decode()


def test_guide_prints_without_navigation(client):
    css = client.get("/static/css/portal.css")
    body = b"".join(css.streaming_content).decode() if css.streaming else css.content.decode()
    printing = body[body.index("@media print") :]

    for hidden in (".site-header", ".site-footer", ".feedback", ".breadcrumbs"):
        assert hidden in printing
    assert 'content: " (" attr(href) ")"' in printing


def test_sitemap_lists_every_live_page_with_its_translations(client):
    response = client.get("/sitemap.xml")
    content = response.content.decode()
    page = guide("starta-en-forening")

    assert response.status_code == 200
    locations = re.findall(r"<loc>([^<]+)</loc>", content)
    assert len(locations) == Page.objects.live().public().filter(depth__gte=2).count()
    for translation in page.get_translations(inclusive=True):
        assert (
            f'hreflang="{translation.locale.language_code}" '
            f'href="{translation.get_full_url()}"' in content
        )
    assert 'hreflang="x-default"' in content
