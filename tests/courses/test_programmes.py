"""Programme and module pages: where they may live, what readers see, and session calendars."""

import datetime
import re

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from courses.blocks import CourseMaterialBlock
from courses.models import MaterialsLibraryPage, ModulePage, ProgrammeIndexPage, ProgrammePage
from events.models import EventIndexPage
from home.models import HomePage
from taxonomy.models import Language
from tests.factories import ModulePageFactory, ProgrammePageFactory, session

pytestmark = pytest.mark.django_db
EN_DASH = "\u2013"


@pytest.fixture
def index():
    return ProgrammeIndexPage.objects.get(locale__language_code="sv")


@pytest.fixture
def programme(index):
    return ProgrammePageFactory(parent=index, slug="testprogram")


def events_in(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_programmes_live_in_the_listing_and_modules_in_their_programme():
    assert ProgrammeIndexPage.allowed_parent_page_models() == [HomePage]
    assert ProgrammePage.allowed_parent_page_models() == [ProgrammeIndexPage]
    assert ModulePage.allowed_parent_page_models() == [ProgrammePage]
    assert ModulePage.allowed_subpage_models() == []
    home = HomePage.objects.get(locale__language_code="sv")
    assert not ProgrammePage.can_exist_under(home)
    assert not ModulePage.can_exist_under(EventIndexPage.objects.get(locale__language_code="sv"))
    assert not ProgrammeIndexPage.can_create_at(home)  # one listing per home page


def test_programme_page_says_when_applications_close_and_lists_its_modules(client, programme):
    first = ModulePageFactory(parent=programme, title="Stadens organisation")
    second = ModulePageFactory(parent=programme, title="Vägar till inflytande")

    content = client.get(programme.url).text

    closes = timezone.localtime(programme.application_closes).date()
    assert f"Öppen till {closes.day} " in content
    assert content.index(first.title) < content.index(second.title)
    assert f'href="{first.url}"' in content


@pytest.mark.parametrize(
    "opens, closes, shown",
    [(-30, -1, "Stängd"), (10, 40, "Öppen från")],
)
def test_programme_page_says_when_applications_are_closed_or_not_yet_open(
    client, index, opens, closes, shown
):
    now = timezone.now()
    programme = ProgrammePageFactory(
        parent=index,
        application_opens=now + datetime.timedelta(days=opens),
        application_closes=now + datetime.timedelta(days=closes),
    )

    assert shown in client.get(programme.url).text


def test_the_listing_says_a_programme_is_open_from_the_moment_its_period_begins(
    client, index, monkeypatch
):
    """The listing's cards are kept until something is published; whether a programme
    is open is worked out for each request."""
    from courses.models import programmes

    now = timezone.now()
    programme = ProgrammePageFactory(
        parent=index,
        slug="oppnar-snart",
        application_opens=now + datetime.timedelta(days=1),
        application_closes=now + datetime.timedelta(days=30),
    )

    def card():
        text = client.get(index.url).text
        return text.split(f'href="{programme.url}"', 1)[1].split("</article>", 1)[0]

    assert "Öppen för ansökan" not in card()
    monkeypatch.setattr(programmes.timezone, "now", lambda: now + datetime.timedelta(days=2))
    assert "Öppen för ansökan" in card()


def test_module_page_shows_sessions_in_stockholm_time_and_materials_with_type_and_language(
    client, programme
):
    day = datetime.date(2027, 3, 30)
    module = ModulePageFactory(
        parent=programme,
        sessions=[session("Hur staden styrs", day, "17:30", "20:00", place="Rinkeby bibliotek")],
        materials=[
            (
                "material",
                {
                    "title": "Stadens webbplats",
                    "kind": "link",
                    "language": Language.objects.get(slug="sv", locale__language_code="sv"),
                    "document": None,
                    "url": "https://start.stockholm/",
                },
            )
        ],
    )

    content = client.get(module.url).text

    assert f"Tisdag 30 mars 2027, 17:30{EN_DASH}20:00" in content
    assert "Rinkeby bibliotek" in content
    assert '<a href="https://start.stockholm/" rel="external">Stadens webbplats</a>' in content
    assert "(Länk, svenska)" in content


def test_module_sessions_have_calendar_files_with_stable_uids_across_daylight_saving(
    client, programme
):
    # Summer time in Stockholm begins on 28 March 2027: 18:00 is 17:00 UTC before, 16:00 after.
    module = ModulePageFactory(
        parent=programme,
        sessions=[
            session("Före sommartid", datetime.date(2027, 3, 26), "18:00", "20:00"),
            session("Efter sommartid", datetime.date(2027, 3, 29), "18:00", "20:00"),
        ],
    )
    ids = [block.id for block in module.sessions]

    every = events_in(client.get(f"{module.url}calendar/"))
    one = client.get(f"{module.url}calendar/{ids[1]}/")

    utc = datetime.UTC
    times = [(event["UID"], event.decoded("DTSTART"), event.decoded("DTEND")) for event in every]
    assert times == [
        (
            f"session-{ids[0]}@stockholm.se",
            datetime.datetime(2027, 3, 26, 17, tzinfo=utc),
            datetime.datetime(2027, 3, 26, 19, tzinfo=utc),
        ),
        (
            f"session-{ids[1]}@stockholm.se",
            datetime.datetime(2027, 3, 29, 16, tzinfo=utc),
            datetime.datetime(2027, 3, 29, 18, tzinfo=utc),
        ),
    ]
    [event] = events_in(one)
    assert event["UID"] == f"session-{ids[1]}@stockholm.se"
    assert str(event["SUMMARY"]) == f"{module.title}: Efter sommartid"
    assert str(event["LOCATION"]) == "Stadshuset, Hantverkargatan 1"
    assert one["Content-Disposition"] == f'attachment; filename="{module.slug}-2027-03-29.ics"'


def test_an_unknown_session_has_no_calendar_file(client, programme):
    module = ModulePageFactory(parent=programme)

    response = client.get(f"{module.url}calendar/6f1c1e0e-5d7e-4b8a-9a43-0c1d2e3f4a5b/")

    assert response.status_code == 404


@pytest.mark.parametrize(
    "document, url",
    [(None, ""), ("document", "https://start.stockholm/")],
)
def test_a_course_material_is_a_document_or_a_link_not_both_or_neither(document, url):
    block = CourseMaterialBlock()
    value = block.to_python(
        {
            "title": "Material",
            "kind": "document",
            "language": Language.objects.get(slug="sv", locale__language_code="sv").pk,
            "document": get_document_model().objects.first().pk if document else None,
            "url": url,
        }
    )

    with pytest.raises(ValidationError):
        block.clean(value)


def test_a_translated_module_keeps_its_sessions_calendar_uids(client):
    swedish = ModulePage.objects.get(slug="stadens-organisation", locale__language_code="sv")
    arabic = swedish.get_translation(Locale.objects.get(language_code="ar"))

    uids = {
        page.locale.language_code: [
            str(event["UID"]) for event in events_in(client.get(f"{page.url}calendar/"))
        ]
        for page in (swedish, arabic)
    }

    assert uids["ar"] == uids["sv"]
    assert len(uids["sv"]) == len(swedish.sessions) >= 2


def test_the_demo_programme_has_six_modules_with_sessions_and_downloadable_materials(client):
    programme = ProgrammePage.objects.get(slug="ledarprogrammet", locale__language_code="sv")
    modules = ModulePage.objects.child_of(programme).live()

    assert modules.count() == 6
    for module in modules:
        assert len(module.sessions) >= 2
        assert len(module.materials) >= 2
    document = next(
        block.value["document"]
        for module in modules
        for block in module.materials
        if block.value["document"]
    )
    response = client.get(document.url)
    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert body.startswith(b"%PDF-")
    assert f'filename="{document.filename}"' in response["Content-Disposition"]


@pytest.fixture
def library():
    return MaterialsLibraryPage.objects.get(locale__language_code="sv")


def listed(response):
    """The titles of the materials the library lists."""
    return re.findall(r'<li><a href="[^"]+"(?: rel="external")?>([^<]+)</a> <span', response.text)


def test_the_library_lists_every_material_of_every_programme(client, library):
    modules = ModulePage.objects.filter(locale__language_code="sv")
    every = sorted(block.value["title"] for module in modules for block in module.materials)

    response = client.get(library.url)

    assert response.status_code == 200
    assert sorted(listed(response)) == every
    assert f"{len(every)} material av {len(every)}" in response.text


@pytest.mark.parametrize(
    "query",
    [
        {"programme": "sa-fungerar-staden"},
        {"module": "ledarprogrammet.kommunikation"},
        {"language": "en"},
        {"kind": "link"},
        {"programme": "ledarprogrammet", "kind": "document"},
        {"programme": "ledarprogrammet", "language": "sv", "kind": "slides"},
    ],
)
def test_the_library_filters_by_programme_module_language_and_type(client, library, query):
    expected = sorted(
        block.value["title"]
        for module in ModulePage.objects.filter(locale__language_code="sv")
        for block in module.materials
        if ("programme" not in query or module.get_parent().slug == query["programme"])
        and (
            "module" not in query or f"{module.get_parent().slug}.{module.slug}" == query["module"]
        )
        and ("language" not in query or block.value["language"].slug == query["language"])
        and ("kind" not in query or block.value["kind"] == query["kind"])
    )

    response = client.get(library.url, query)

    assert response.status_code == 200
    assert expected  # every case above matches something in the demo
    assert sorted(listed(response)) == expected


def test_modules_with_the_same_slug_in_two_programmes_are_told_apart(client, library):
    course = ProgrammePage.objects.get(slug="sa-fungerar-staden", locale__language_code="sv")
    material = {
        "title": "Stadens röst utåt",
        "kind": "link",
        "language": Language.objects.get(slug="sv", locale__language_code="sv"),
        "document": None,
        "url": "https://start.stockholm/",
    }
    ModulePageFactory(parent=course, slug="kommunikation", materials=[("material", material)])

    response = client.get(library.url, {"module": "sa-fungerar-staden.kommunikation"})

    assert response.status_code == 200
    assert listed(response) == ["Stadens röst utåt"]


@pytest.mark.parametrize(
    "language, message", [("sv", "Välj ett av alternativen"), ("ar", "اختر أحد")]
)
def test_an_unknown_filter_value_gets_a_translated_message_and_a_400(client, language, message):
    library = MaterialsLibraryPage.objects.get(locale__language_code=language)

    response = client.get(library.url, {"kind": "poster", "programme": "x" * 500})

    assert response.status_code == 400
    assert message in response.text
    assert 'class="error-summary"' in response.text


def test_the_library_in_arabic_names_types_and_languages_in_arabic(client):
    library = MaterialsLibraryPage.objects.get(locale__language_code="ar")

    response = client.get(library.url, {"kind": "link", "language": "sv"})

    assert response.status_code == 200
    assert "(رابط, السويدية)" in response.text
