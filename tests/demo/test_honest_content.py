"""The demo looks real without lying: what it invents (people, associations, results) is
marked as an example on the page, and nothing it invents is said of a real city body."""

import json

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.models import ProgrammePage, ProjectPage
from events.models import Association, EventPage
from guides.models import GuidePage
from tests.conftest import LANGUAGES, translation_of

pytestmark = pytest.mark.django_db


def text_of(page):
    """Everything a page's own fields say, as one string."""
    parts = []
    for field in page._meta.concrete_fields:
        value = field.value_from_object(page)
        if isinstance(field, StreamField):
            parts.append(json.dumps(field.get_prep_value(value), ensure_ascii=False))
        elif isinstance(value, str) or isinstance(field, RichTextField):
            parts.append(str(value))
    return "\n".join(parts)


def test_no_demo_page_shows_an_invented_person_or_association_without_saying_it_is_an_example():
    """A check over the demo data: the invented associations and named mentors, and the
    forums and projects (every one in the demo is invented)."""
    invented = set(Association.objects.values_list("name", flat=True))
    invented |= {name for name in ProjectPage.objects.values_list("mentor_name", flat=True) if name}
    assert len(invented) >= 14

    unmarked = []
    for page in Page.objects.live().specific().exclude(depth=1):
        names = [name for name in invented if name in text_of(page)]
        hosts = isinstance(page, EventPage) and page.associations.exists()
        invented_kind = isinstance(page, ProjectPage | EventPage)
        if (names or hosts or invented_kind) and not page.is_example:
            unmarked.append((page.locale.language_code, page.url_path, names))

    assert unmarked == []
    assert EventPage.objects.filter(is_example=True).count() >= 13 * 6


def test_no_programme_that_has_not_started_shows_results_of_its_projects():
    projects = ProjectPage.objects.filter(locale__language_code="sv")

    assert {project.status for project in projects} == {"planned"}
    assert not any(project.mentor_name for project in projects)
    for phrase in ("har fått bidrag", "Valdeltagandet i området ökade"):
        assert not any(phrase in text_of(project) for project in projects)


def test_no_invented_outcome_is_attributed_to_a_real_city_body():
    forums = EventPage.objects.filter(locale__language_code="sv").exclude(after_summary="")
    said = "\n".join(forum.after_summary for forum in forums)

    assert forums.count() == 4
    for promise in ("Trafikkontoret ska", "Utbildningsförvaltningen ska", "Staden ska"):
        assert promise not in said


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_example_page_and_its_card_say_so_in_the_readers_language(client, language):
    project = translation_of(ProjectPage, "torsdagsfotboll-i-rinkeby", language)
    programme = translation_of(ProgrammePage, "ledarprogrammet", language)
    with translation.override(language):
        label = gettext("Example")
        note = gettext(
            "This page is an example. The people, associations and results on it are "
            "invented, to show how the portal works."
        )
    assert language == "en" or label != "Example"

    page = client.get(project.url).text
    listing = client.get(programme.url).text

    badge = f'<strong class="badge badge--example">{label}</strong>'
    assert f'<p class="notice" role="note">{badge} {note}</p>' in page
    assert listing.count(f'<p class="badge badge--example">{label}</p>') == 7


def test_a_page_that_is_no_example_says_nothing_of_it(client):
    guide = translation_of(GuidePage, "medborgarforslag", "sv")

    assert not guide.is_example
    assert "badge--example" not in client.get(guide.url).text
