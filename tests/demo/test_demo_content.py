import contextlib
import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from contacts.models import CityContact
from demo.builders import taxonomy
from demo.management.commands import load_demo_content
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
    # service), 32 contacts, 7 ways to influence, 14 associations, 23 guide pages (4
    # sections, 16 guides, the diagram, the ways to influence and the contact finder),
    # the forum list, 13 forums, the programme list, 3 programmes, their 12 modules, the
    # mentoring page, 7 participants' projects and the materials library.
    assert expected == (3 + 38 + 32 + 7 + 14 + 23 + 1 + 13 + 1 + 3 + 12 + 1 + 7 + 1) * 5


def test_demo_content_command_is_idempotent_and_says_what_it_builds_as_it_starts(db):
    pages_before = Page.objects.count()
    revisions_before = sum(page.revisions.count() for page in Page.objects.all())
    output = io.StringIO()

    call_command("load_demo_content", stdout=output)

    assert Page.objects.count() == pages_before
    assert sum(page.revisions.count() for page in Page.objects.all()) == revisions_before
    lines = output.getvalue().splitlines()
    *subjects, indexes = lines
    # Each subject's counts from its data as it starts, then its summary when it is done.
    assert subjects[0::2] == [
        f"{builder.plan(builder.read())} …" for builder in load_demo_content.BUILDERS
    ]
    assert [line.split(":")[0] for line in subjects[1::2]] == [
        line.split(":")[0] for line in subjects[0::2]
    ]
    assert "Guides: 4 sections, 16 guides, 9 easy-to-read versions" in lines[6]
    assert "0 translations created" in lines[7]
    assert indexes.startswith("Search and reference indexes:")


def only_taxonomy(monkeypatch):
    """One quick subject, and no rebuild of the search and reference indexes (the
    first test here runs the whole command)."""
    monkeypatch.setattr(load_demo_content, "BUILDERS", [taxonomy])
    monkeypatch.setattr(load_demo_content, "indexes_updated_once", contextlib.nullcontext)


def test_the_demo_content_command_says_nothing_at_verbosity_0(db, monkeypatch):
    # One quick subject is enough: what is said is decided for all at once.
    only_taxonomy(monkeypatch)
    output = io.StringIO()

    call_command("load_demo_content", verbosity=0, stdout=output)

    assert output.getvalue() == ""


def test_with_local_admin_the_command_also_makes_the_local_admin_account(db, monkeypatch, settings):
    settings.DEBUG = True  # as under make run's development settings
    only_taxonomy(monkeypatch)
    output = io.StringIO()

    call_command("load_demo_content", "--local-admin", stdout=output)

    assert get_user_model().objects.get(username="admin").is_superuser
    assert (
        output.getvalue()
        .splitlines()[-1]
        .startswith("Created local admin account: user 'admin', password 'admin'.")
    )


def test_default_site_serves_the_swedish_home_page(db):
    site = Site.objects.get(is_default_site=True)

    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "sv"
    assert not Page.objects.filter(depth=2).exclude(content_type__model="homepage").exists()
