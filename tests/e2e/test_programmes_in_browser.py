"""Programme pages in a real browser: accessible in every language, usable on a narrow
screen, and the application completed with the keyboard alone."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from core.cache import forget
from courses import certificates, rounds
from courses.models import (
    Application,
    MaterialsLibraryPage,
    Mentorship,
    MentorsPage,
    Milestone,
    ModulePage,
    Participant,
    ProgrammeIndexPage,
    ProgrammePage,
    Project,
    ProjectPage,
    SurveyInvitation,
)
from courses.participants import follow_status, mark_session
from pathways.models import Informant
from tests.conftest import LANGUAGES
from tests.e2e.checks import assert_accessible, assert_no_sideways_scrolling, cases, check_page
from tests.e2e.test_guides_in_browser import tab_to
from tests.factories import (
    ApplicationFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

KINDS = (
    "programmes",
    "programme",
    "programme-form-error",
    "module",
    "project",
    "mentors",
    "library",
    "library-filtered",
    "library-error",
)
# The application sent back, the library filtered and with an unknown kind (checks.py).
STATES = {"programme-form-error", "library-filtered", "library-error", "certificate-unknown"}
CASES = cases(KINDS, STATES, LANGUAGES)
CASES += [
    (kind, language)
    for kind in (
        "projects-filtered",
        "mentors-form-error",
        "participant",
        "certificate",
        "certificate-check",
        "certificate-unknown",
        "participant-mentored",
        "mentorship",
        "informant-join",
        "informant-join-error",
        "informant",
        "informant-left",
        "survey",
        "survey-error",
    )
    for language in ("sv", "ar")
]
STATES |= {"informant-join-error", "informant-left", "survey-error"}
FORMS = {
    "programme-form-error": "#apply",
    "mentors-form-error": "#offer",
    "informant-join-error": "main form",
    "survey-error": "main form",
}


@pytest.fixture(scope="module")
def paths(django_db_blocker):
    with django_db_blocker.unblock():
        programme = ProgrammePage.objects.get(slug="ledarprogrammet")
        pages = {
            "programme": programme,
            "module": ModulePage.objects.child_of(programme).order_by("path")[0],
            "project": ProjectPage.objects.child_of(programme).order_by("path")[0],
            "mentors": MentorsPage.objects.child_of(programme).get(),
        }
        found = {}
        for language in LANGUAGES:
            found[("programmes", language)] = ProgrammeIndexPage.objects.get(
                locale__language_code=language
            ).url
            library = MaterialsLibraryPage.objects.get(locale__language_code=language).url
            found[("library", language)] = library
            found[("library-filtered", language)] = f"{library}?kind=document"
            found[("library-error", language)] = f"{library}?kind=poster"
            for kind, page in pages.items():
                url = page.get_translations(inclusive=True).get(locale__language_code=language).url
                found[(kind, language)] = url
            found[("programme-form-error", language)] = found[("programme", language)]
            found[("projects-filtered", language)] = (
                found[("programme", language)] + "?district=jarva"
            )
            found[("mentors-form-error", language)] = found[("mentors", language)]
        # The demo's participant with a project and a mentor, and her mentor's page.
        mentorship = Mentorship.objects.select_related("participant").get(
            participant__application__name="Amina Yusuf (exempel)"
        )
        for language in ("sv", "ar"):
            found[("participant-mentored", language)] = (
                f"/{language}/programme-participants/{mentorship.participant.token}/"
            )
            found[("mentorship", language)] = f"/{language}/mentorships/{mentorship.token}/"
        # The short course's graduates: one who may join the informants, one who has;
        # and a survey not yet answered.
        graduate = Participant.objects.get(application__name="Nasrin Karimi (exempel)")
        informant = Informant.objects.get(name="Abdirahman Ali (exempel)")
        survey = SurveyInvitation.objects.get(
            participant__application__name="Elin Berg (exempel)", answered=False
        )
        for language in ("sv", "ar"):
            found[("informant-join", language)] = f"/{language}/informants/join/{graduate.token}/"
            found[("informant", language)] = f"/{language}/informants/{informant.token}/"
            found[("survey", language)] = f"/{language}/surveys/{survey.token}/"
            found[("informant-join-error", language)] = found[("informant-join", language)]
            found[("survey-error", language)] = found[("survey", language)]
    return found


@pytest.fixture(scope="module")
def leaving(django_db_blocker):
    """An informant for each language who leaves (the page after is a POST's answer)."""
    with django_db_blocker.unblock():
        demo = Informant.objects.get(name="Abdirahman Ali (exempel)")
        found = {}
        for language in ("sv", "ar"):
            informant = Informant.objects.create(
                name=f"Lämnar {language} (exempel)",
                email=f"lamnar-{language}@example.org",
                language=language,
                programme_key=demo.programme_key,
                consented_at=timezone.now(),
            )
            informant.districts.set(demo.districts.all())
            found[("informant-left", language)] = f"/{language}/informants/{informant.token}/"
    yield found
    with django_db_blocker.unblock():
        Informant.objects.filter(name__startswith="Lämnar ").delete()


def leave(page):
    page.locator("form[action$='/leave/'] button").click()
    page.wait_for_selector(".confirmation")


@pytest.fixture(scope="module")
def certified(django_db_blocker):
    """A participant who has completed a programme made for this module (its sessions
    held and marked), with a certificate and a project: their page and the
    certificate's pages. The programme and the participant are removed afterwards."""
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    with django_db_blocker.unblock():
        index = ProgrammeIndexPage.objects.get(locale__language_code="sv")
        programme = ProgrammePageFactory(
            parent=index,
            slug="intygsprov",
            title="Intygsprovet",
            rounds=[("round", {"name": "Omgång 1", "starts": today - 30 * day, "ends": today})],
        )
        ModulePageFactory(
            parent=programme,
            sessions=[session("Första träffen", today - 20 * day, "18:00", "20:00")],
        )
        application = ApplicationFactory(
            programme=programme,
            name="Amina Ali (exempel)",
            language="ar",
            status=Application.Status.ACCEPTED,
        )
        participant = follow_status(application)
        round_ = rounds.round_by_id(programme, participant.round_id)
        [held] = rounds.sessions(programme, round_)
        mark_session([participant], held.id, [participant])
        certificates.settle(programme, [held], [participant])
        participant.refresh_from_db()
        # Their project, linked to the demo's first project page (checked in every
        # language), where they agreed to show everything.
        first_project = ProjectPage.objects.filter(locale__language_code="sv").order_by("path")[0]
        project = Project.objects.create(
            participant=participant,
            title="Läxhjälp i Tensta (exempel)",
            supervisor="Demokratiutvecklare, Järva stadsdelsförvaltning (exempel)",
            page_key=first_project.translation_key,
            openlab_url="https://openlab.example.org/laxhjalp",
            seed_granted=12000,
            seed_granted_on=today - 20 * day,
            seed_paid=12000,
            seed_paid_on=today - 10 * day,
            report="Tio läxkvällar med fyrtio barn (exempel).",
            reported_on=today,
            publish_name=True,
            publish_seed_money=True,
            publish_report=True,
            publish_openlab=True,
        )
        Milestone.objects.create(project=project, title="Första läxkvällen", due_on=today)
    cache.clear()
    forget()
    found = {}
    for language in ("sv", "ar"):
        found[("participant", language)] = (
            f"/{language}/programme-participants/{participant.token}/"
        )
        found[("certificate", language)] = (
            f"/{language}/certificates/{participant.certificate_code}/"
        )
        found[("certificate-check", language)] = f"/{language}/certificates/"
        found[("certificate-unknown", language)] = f"/{language}/certificates/ABCDE23456/"
    yield found
    with django_db_blocker.unblock():
        application.delete()
        programme.delete()
    cache.clear()
    forget()


def sender_of_empty(form):
    """Send ``form`` empty: the page comes back with the form's errors."""

    def send(page):
        page.locator(f"{form} button[type=submit]").click()
        page.wait_for_selector(".error-summary")

    return send


@pytest.mark.parametrize("kind, language", CASES)
def test_programme_pages_are_accessible_and_fit_a_narrow_screen(
    checks, server_url, paths, certified, leaving, kind, language
):
    prepare = sender_of_empty(FORMS[kind]) if kind in FORMS else None
    if kind == "informant-left":
        prepare = leave
    url = server_url + {**paths, **certified, **leaving}[(kind, language)]
    check_page(checks, url, language, prepare, state=kind in STATES)


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_a_resident_applies_with_a_project_idea_using_the_keyboard_alone(
    page, server_url, paths, committed, language
):
    page.goto(server_url + paths[("programme", language)])

    tab_to(page, page.locator("#id_name"), limit=200)
    page.keyboard.type("Hodan Warsame")
    page.keyboard.press("Tab")
    page.keyboard.type("hodan@example.com")
    page.keyboard.press("Tab")  # phone: left empty
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_district"
    page.keyboard.press("ArrowDown")  # the first district in the list
    page.keyboard.press("Tab")
    page.keyboard.type("Läxhjälpen i Rinkeby")
    page.keyboard.press("Tab")
    page.keyboard.type("somaliska, svenska")
    page.keyboard.press("Tab")
    page.keyboard.type("Jag vill lära mig hur staden fungerar.")
    page.keyboard.press("Tab")
    page.keyboard.type("En lokal som alla läxhjälpsgrupper kan dela.")
    tab_to(page, page.locator("#id_consent"), limit=4)
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")

    page.wait_for_url("**/programme-applications/**")
    # The server saved it on its own connection; take it away again for later tests.
    application = committed(lambda: Application.objects.get(name="Hodan Warsame"))
    committed(lambda: application.delete())
    assert application.project_idea == "En lokal som alla läxhjälpsgrupper kan dela."
    assert application.district is not None
    assert application.language == language
    assert "Hodan Warsame" in page.locator("main").inner_text()
    assert_accessible(page, language)
    assert_no_sideways_scrolling(page)


def test_the_application_form_works_without_javascript_and_names_what_to_fix(
    browser, server_url, paths
):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(server_url + paths[("programme", "sv")])

    plain.locator("#id_project_idea").fill("Fler bollar till fotbollen.")
    plain.locator("#apply button[type=submit]").click()

    links = plain.locator(".error-summary a")
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert targets == [
        "#id_name",
        "#id_email",
        "#id_district",
        "#id_association",
        "#id_motivation",
        "#id_consent",
    ]
    assert plain.locator("#id_project_idea").input_value() == "Fler bollar till fotbollen."
    assert plain.locator("#id_consent").get_attribute("aria-invalid") == "true"
    context.close()
