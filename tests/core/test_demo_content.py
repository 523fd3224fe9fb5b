from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.models import HomePage, InformationPage
from tests.conftest import LANGUAGES


def test_demo_content_is_in_every_language(db):
    for model in (HomePage, InformationPage):
        languages = sorted(model.objects.live().values_list("locale__language_code", flat=True))
        expected = sorted(LANGUAGES) if model is HomePage else sorted(LANGUAGES * 2)
        assert languages == expected


def test_demo_translations_are_managed_by_wagtail_localize(db):
    # Three Swedish pages, each translated into five languages.
    assert Translation.objects.filter(source__locale__language_code="sv").count() == 15


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
