"""Programme pages in a real browser: accessible in every language they exist in, and
usable on a narrow screen."""

import pytest

from courses.demo import MODULE_LANGUAGES
from courses.models import MaterialsLibraryPage, ModulePage, ProgrammeIndexPage, ProgrammePage
from tests.conftest import LANGUAGES
from tests.e2e.checks import assert_accessible, assert_no_sideways_scrolling

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

KINDS = ("programmes", "programme", "library", "library-filtered", "library-error")
CASES = [(kind, language) for kind in KINDS for language in LANGUAGES]
CASES += [("module", language) for language in ["sv", *MODULE_LANGUAGES]]


@pytest.fixture(scope="module")
def paths(django_db_blocker):
    with django_db_blocker.unblock():
        programme = ProgrammePage.objects.filter(locale__language_code="sv").order_by("path")[0]
        module = ModulePage.objects.child_of(programme).order_by("path")[0]
        found = {}
        for language in LANGUAGES:
            found[("programmes", language)] = ProgrammeIndexPage.objects.get(
                locale__language_code=language
            ).url
            library = MaterialsLibraryPage.objects.get(locale__language_code=language).url
            found[("library", language)] = library
            found[("library-filtered", language)] = f"{library}?kind=document"
            found[("library-error", language)] = f"{library}?kind=poster"
            for kind, page in (("programme", programme), ("module", module)):
                translation = page.get_translations(inclusive=True).filter(
                    locale__language_code=language
                )
                if translation:
                    found[(kind, language)] = translation[0].url
    return found


@pytest.mark.parametrize("kind, language", CASES)
def test_programme_pages_have_no_axe_violations(page, server_url, paths, kind, language):
    page.goto(server_url + paths[(kind, language)])

    assert_accessible(page, language)


@pytest.mark.parametrize("kind, language", CASES)
def test_programme_pages_do_not_scroll_sideways_at_320_px(
    browser, server_url, paths, kind, language
):
    assert_no_sideways_scrolling(browser, server_url + paths[(kind, language)])
