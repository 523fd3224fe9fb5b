from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from contacts.models import CityContact
from events.models import Association
from guides.models import InfluencePath
from home.models import HomePage, InformationPage
from taxonomy.models import District, Language, Theme, Topic
from tests.conftest import LANGUAGES


def test_demo_content_is_in_every_language(db):
    for model in (HomePage, InformationPage):
        languages = sorted(model.objects.live().values_list("locale__language_code", flat=True))
        expected = sorted(LANGUAGES) if model is HomePage else sorted(LANGUAGES * 2)
        assert languages == expected


def test_demo_translations_are_managed_by_wagtail_localize(db):
    """Every translated page and snippet came from a Swedish source through wagtail-localize."""
    translated_pages = Page.objects.filter(depth__gte=2).exclude(locale__language_code="sv")
    translated_snippets = [
        model.objects.exclude(locale__language_code="sv")
        for model in (Topic, District, Theme, Language, CityContact, InfluencePath, Association)
    ]
    expected = translated_pages.count() + sum(query.count() for query in translated_snippets)

    assert Translation.objects.filter(source__locale__language_code="sv").count() == expected
    # In 5 languages: 3 home pages, 38 terms (topics, districts, themes, languages of
    # service), 32 contacts, 7 ways to influence, 14 associations, 13 guide pages (4
    # sections, 6 key guides, the diagram, the ways to influence and the contact finder),
    # the forum list, 6 key forums, the programme list, 3 programmes, their 12 modules,
    # the mentoring page, 7 participants' projects and the materials library. In English
    # only: the other 10 guides and 7 forums.
    assert expected == (3 + 38 + 32 + 7 + 14 + 13 + 1 + 6 + 1 + 3 + 12 + 1 + 7 + 1) * 5 + 10 + 7


def test_demo_content_command_is_idempotent(db):
    pages_before = Page.objects.count()
    revisions_before = sum(page.revisions.count() for page in Page.objects.all())

    call_command("load_demo_content", verbosity=0)

    assert Page.objects.count() == pages_before
    assert sum(page.revisions.count() for page in Page.objects.all()) == revisions_before


def test_default_site_serves_the_swedish_home_page(db):
    site = Site.objects.get(is_default_site=True)

    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "sv"
    assert not Page.objects.filter(depth=2).exclude(content_type__model="homepage").exists()
