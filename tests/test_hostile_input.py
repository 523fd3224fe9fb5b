"""Hostile input on every public form, filter and token route: never a 5xx, never the
value back as markup.

Each parameter a public page reads gets every value in HOSTILE (the others keep a
valid value), on PostgreSQL, in-process with Django's test client. Values go over the
wire percent-encoded byte by byte, so invalid UTF-8 and lone surrogates reach Django as
a browser or a script would send them. Run with ``-rA`` (or ``-s``) to see the count of
requests and of answers of 500 that the last test checks.
"""

import uuid
from collections import Counter
from urllib.parse import quote_from_bytes

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from contacts.models import ContactFinderPage
from courses import rounds
from courses.models import (
    MaterialsLibraryPage,
    Mentorship,
    MentorsPage,
    ModulePage,
    Participant,
    ProgrammePage,
    Project,
    SurveyInvitation,
)
from events.models import EventIndexPage, EventPage
from guides.models import GuideIndexPage, GuidePage
from pathways.models import Informant
from taxonomy.models import District
from tests.conftest import translation_of
from tests.factories import EventPageFactory

# The last test sums up the sweeps of this file: make pytest runs each file in one
# process (pytest-xdist's --dist loadfile).
pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
# What must never come back as markup, whatever was sent.
MARKUP = [b"<script>alert(1)", b"<img src=x onerror", b"<svg onload"]
# A valid address of 320 characters: what Django's e-mail form field lets through.
EMAIL_320 = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "c" * 63

# str values are sent as UTF-8 (lone surrogates as the bytes a careless encoder makes),
# bytes as they are, tuples as the parameter repeated (a=1&a=2).
HOSTILE = [
    "",
    " \t\n\r ",
    "a" * 100_000,
    EMAIL_320,
    "x@" + "y" * 300 + ".se",
    "\x00",
    "\x01\x02\x1b[31m\x7f\x85",
    "\ud800",
    b"\xff\xfe\xc0\xaf",
    "İ" * 128,
    "' OR '1'='1",
    '" UNION SELECT NULL,NULL--',
    'NEAR(a b) AND "x*',
    "a & !b | (c:* <-> ",
    SCRIPT,
    IMAGE,
    "<svg onload=alert(1)>",
    "a\r\nSet-Cookie: hostile=1",
    "%0d%0aLocation:%20http://evil.example",
    "99999999999999999999",
    "-1",
    "0",
    "1.5",
    "1e309",
    "١٢٣",
    "../../../../etc/passwd",
    "%s%s%n {0} {{7*7}} ${7*7} %(x)s",
    "😀👍🏽🇸🇪",
    "\u202e\u200fabc\u202c\u200b\ufeff",
    "2026-13",
    ("1", "2"),
    (SCRIPT, "\x00"),
]
assert len(HOSTILE) >= 30
# What a free-text form field takes: the values above less those that only a number, a
# date, a choice or a search could read differently (to a name, "-1" and "1e309" are
# letters like any other, and one SQL string stands for the rest).
NOT_TEXT = {
    '" UNION SELECT NULL,NULL--',
    'NEAR(a b) AND "x*',
    "a & !b | (c:* <-> ",
    "99999999999999999999",
    "-1",
    "0",
    "1.5",
    "1e309",
    "١٢٣",
    "2026-13",
}
TEXT = [value for value in HOSTILE if value not in NOT_TEXT]
# Markup and what a careless page could garble when it shows a value back.
SHOWN_BACK = [SCRIPT, IMAGE, "<svg onload=alert(1)>", "\ud800", b"\xff\xfe\xc0\xaf", "\x00"]

TALLY = Counter()
# For a field that takes an id, a number or a date, one value of each kind: past 64 bits,
# no such row, not a whole number, Arabic digits (which int() reads), NUL, nothing,
# repeated, markup.
ID_VALUES = ["9" * 20, "-1", "1.5", "\u0661\u0662\u0663", "\x00", "", ("1", "2"), SCRIPT]
# For a date: no such day, years out of range, another format, NUL, nothing, repeated.
DATE_VALUES = ["2027-02-30", "0000-01-01", "99999-01-01", "15/03/2027", "\x00", "", ("1", "2")]


def _bytes(value):
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")


def encode(params):
    """A query string or form body, every byte of every value percent-encoded."""
    pairs = []
    for name, value in params.items():
        for one in value if isinstance(value, tuple) else (value,):
            pairs.append(f"{name}={quote_from_bytes(_bytes(one), safe='')}")
    return "&".join(pairs)


def send(client, method, path, params=None):
    """One request, in its own savepoint so that an error in the database cannot spoil
    the requests after it. Returns a problem, or None."""
    body = encode(params or {})
    with transaction.atomic():
        if method == "GET":
            response = client.get(f"{path}?{body}" if body else path)
        else:
            response = client.generic(
                "POST", path, body, content_type="application/x-www-form-urlencoded"
            )
    TALLY["requests"] += 1
    TALLY[response.status_code] += 1
    if response.status_code >= 500:
        TALLY["5xx"] += 1
        if response.status_code == 500:
            TALLY["500"] += 1
        return f"{response.status_code} {method} {path} {params!r:.200}"
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if "html" in response.get("Content-Type", "") and any(m in content for m in MARKUP):
        TALLY["markup"] += 1
        return f"markup in {method} {path} {params!r:.200}"
    if "hostile" in response.cookies or "evil.example" in response.get("Location", ""):
        return f"header injected by {method} {path} {params!r:.200}"
    return None


def sweep(client, method, path, valid=None, names=(), values=HOSTILE, text=()):
    """Each hostile value in each named parameter, the others valid; the parameters in
    ``text`` (free text) take the TEXT values."""
    valid = valid or {}
    problems = []
    for name in names or valid:
        for value in TEXT if name in text else values:
            problem = send(client, method, path, {**valid, name: value})
            if problem:
                problems.append(problem)
    return problems


@pytest.fixture
def client(settings):
    # The forms, not the "too many" page: raise the public forms' rate limits.
    settings.PORTAL_RATE_LIMITS = {scope: (10**9, 60) for scope in settings.PORTAL_RATE_LIMITS}
    return Client(raise_request_exception=False)


def sv(model):
    return model.objects.live().filter(locale__language_code="sv").first()


def district_slug():
    return District.objects.filter(locale__language_code="sv").values_list("slug", flat=True)[0]


def test_search_and_suggestions(client):
    problems = sweep(
        client,
        "GET",
        "/sv/search/",
        {
            "q": "förening",
            "type": "",
            "topic": "",
            "district": "",
            "language": "",
            "page": "1",
            "as_typed": "",
        },
    )
    problems += sweep(client, "GET", "/sv/search/suggestions/", {"q": "före"})
    assert problems == []


def test_forum_listing_its_calendar_and_its_feed(client):
    index = sv(EventIndexPage)
    filters = {
        "when": "upcoming",
        "district": "",
        "theme": "",
        "language": "",
        "month": "",
        "page": "1",
    }
    problems = []
    for path in (index.url, f"{index.url}calendar/", f"{index.url}feed/"):
        problems += sweep(client, "GET", path, filters)
    assert problems == []


def test_the_sign_up_for_e_mail_about_new_forums(client):
    index = sv(EventIndexPage)
    problems = sweep(
        client,
        "POST",
        f"/sv/forum-alerts/{index.pk}/",
        {
            "email": "amal@example.com",
            "districts": ("jarva", "skarpnack"),
            "themes": "halsa",
            "languages": "so",
            "website": "",
        },
    )
    problems += sweep(client, "GET", f"{index.url}alerts/", {"x": ""})
    assert problems == []


def test_a_forums_association_links_and_printable_invitation(client):
    forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
    problems = sweep(client, "GET", forum.url, {"via": "foraldragruppen-waalid"})
    problems += sweep(client, "GET", f"{forum.url}invitation/", {"via": "foraldragruppen-waalid"})
    assert problems == []


def test_guide_listing_guide_feedback_and_contact_finder(client):
    guide = sv(GuidePage)
    problems = sweep(client, "GET", sv(GuideIndexPage).url, {"topic": "", "audience": ""})
    problems += sweep(client, "GET", guide.url, {"feedback": "thanks"})
    finder = sv(ContactFinderPage).url
    problems += sweep(client, "GET", finder, {"district": district_slug(), "topic": ""})
    problems += sweep(
        client, "GET", finder, {"district": district_slug(), "format": "json"}, ["district"]
    )
    problems += sweep(client, "GET", finder, {"format": "json"})
    problems += sweep(
        client, "POST", f"/sv/feedback/{guide.pk}/", {"helpful": "yes", "comment": "Bra"}
    )
    assert problems == []


def test_programme_pages_and_materials_library(client):
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    module = sv(ModulePage)
    problems = sweep(client, "GET", programme.url, {"district": district_slug()})
    problems += sweep(
        client,
        "GET",
        sv(MaterialsLibraryPage).url,
        {"programme": "", "module": "", "language": "", "kind": ""},
    )
    problems += [send(client, "GET", f"{module.url}calendar/")]
    for value in HOSTILE:
        if isinstance(value, str) and value:
            segment = quote_from_bytes(_bytes(value)[:200], safe="")
            problems.append(send(client, "GET", f"{module.url}calendar/{segment}/"))
    problems.append(send(client, "GET", f"{module.url}calendar/{uuid.uuid4()}/"))
    assert [problem for problem in problems if problem] == []


def test_registration_application_and_offer_forms(client):
    index = EventIndexPage.objects.get(locale__language_code="sv")
    forum = EventPageFactory(parent=index, slug="fientligt-forum", capacity=10_000)
    district = district_slug()
    contact = {"name": "Amina Ali", "email": "amina@example.com", "phone": "070-123 45 67"}
    problems = sweep(
        client,
        "POST",
        f"/sv/forum-registration/{forum.pk}/",
        {
            **contact,
            "people": "1",
            "language_needs": "",
            "accessibility_needs": "",
            "contact_consent": "on",
            "via": "foraldragruppen-waalid",
            "website": "",
        },
        text=("name", "email", "language_needs", "accessibility_needs", "website"),
    )
    programme = translation_of(ProgrammePage, "ledarprogrammet", "sv")
    submission = {**contact, "district": district, "languages": "svenska", "consent": "on"}
    problems += sweep(
        client,
        "POST",
        f"/sv/programme-application/{programme.pk}/",
        {
            **submission,
            "association": "Rinkeby fotbollsvänner",
            "motivation": "Jag vill lära mig.",
            "project_idea": "Fler bollar.",
            "source": "forum",
            "invite": "x" * 32,
            "website": "",
        },
        text=("name", "email", "languages", "association", "motivation", "project_idea"),
    )
    # The cross-sector course's form asks for the sector too: every value in it.
    course = translation_of(ProgrammePage, "samverkan-mellan-sektorer", "sv")
    answers = {
        **submission,
        "association": "Nätverket",
        "motivation": "Jag vill samarbeta.",
        "project_idea": "Ett nätverk.",
        "sector": "academia",
        "website": "",
    }
    problems += sweep(
        client, "POST", f"/sv/programme-application/{course.pk}/", answers, ["sector"]
    )
    # The offer to mentor shares its contact fields with the application: the same form
    # (SubmissionForm), model fields (Submission) and save (COMMON_FIELDS), swept above.
    # Here its own fields take every value; the shared ones the values that test what
    # its own page shows back.
    mentors = MentorsPage.objects.get(locale__language_code="sv")
    offer = {**submission, "experience": "Tjugo år i föreningslivet.", "website": ""}
    path = f"/sv/mentor-offer/{mentors.pk}/"
    problems += sweep(client, "POST", path, offer, ["experience", "website"], text=["experience"])
    problems += sweep(client, "POST", path, offer, submission, values=SHOWN_BACK)
    assert problems == []


def _segments():
    """Each hostile value as one path segment (a slash in it would make another route)."""
    for value in HOSTILE:
        if isinstance(value, tuple) or not value:
            continue
        yield quote_from_bytes(_bytes(value)[:2000], safe="")


def test_ids_and_tokens_in_the_address(client):
    problems = []
    for segment in [*_segments(), "9" * 20, "-1", "0"]:
        for route in ("forum-registration", "programme-application", "mentor-offer", "feedback"):
            problems.append(send(client, "POST", f"/sv/{route}/{segment}/"))
        for route in (
            "forum-registrations",
            "programme-applications",
            "mentor-offers",
            "programme-participants",
        ):
            problems.append(send(client, "GET", f"/sv/{route}/{segment}/"))
        problems.append(send(client, "POST", f"/sv/forum-registrations/{segment}/cancel/"))
        problems.append(send(client, "GET", f"/sv/forum-registrations/{segment}/cancel/"))
        problems.append(send(client, "GET", f"/sv/contact-consents/{segment}/"))
        problems.append(send(client, "GET", f"/sv/forum-alert/{segment}/"))
        problems.append(send(client, "POST", f"/sv/forum-alert/{segment}/confirm/"))
        problems.append(send(client, "POST", f"/sv/forum-alert/{segment}/unsubscribe/"))
        problems.append(send(client, "POST", f"/sv/contact-consents/{segment}/withdraw/"))
        problems.append(
            send(client, "GET", f"/sv/programme-participants/{segment}/certificate.pdf")
        )
        problems.append(send(client, "POST", f"/sv/programme-participants/{segment}/publishing/"))
        problems.append(send(client, "POST", f"/sv/programme-participants/{segment}/check-in/"))
        problems.append(send(client, "GET", f"/sv/mentorships/{segment}/"))
        problems.append(send(client, "POST", f"/sv/mentorships/{segment}/check-in/"))
        problems.append(send(client, "GET", f"/sv/certificates/{segment}/"))
        problems.append(send(client, "GET", f"/sv/informants/join/{segment}/"))
        problems.append(send(client, "POST", f"/sv/informants/join/{segment}/"))
        problems.append(send(client, "GET", f"/sv/informants/{segment}/"))
        for action in ("report", "stay", "leave"):
            problems.append(send(client, "POST", f"/sv/informants/{segment}/{action}/"))
        problems.append(send(client, "GET", f"/sv/surveys/{segment}/"))
        problems.append(send(client, "POST", f"/sv/surveys/{segment}/"))
    # The certificate code typed on the public check page.
    problems += sweep(client, "GET", "/sv/certificates/", {"code": "ABCDE-23456"})
    # What a participant lets the public project page show (the demo's example).
    project = Project.objects.select_related("participant").first()
    publishing = f"/sv/programme-participants/{project.participant.token}/publishing/"
    problems += sweep(
        client,
        "POST",
        publishing,
        {"publish_name": "on", "publish_report": "on"},
        ["publish_name", "publish_seed_money", "publish_report", "publish_openlab"],
        values=ID_VALUES,
    )
    # A meeting recorded by the mentor or by the participant (the demo's example).
    mentorship = Mentorship.objects.select_related("participant").first()
    for page in (
        f"/sv/mentorships/{mentorship.token}/check-in/",
        f"/sv/programme-participants/{mentorship.participant.token}/check-in/",
    ):
        problems += sweep(client, "POST", page, {"held_on": "2026-01-01"}, values=DATE_VALUES)
    assert [problem for problem in problems if problem] == []


def test_informants_and_surveys(client):
    """A graduate joining the informants, an informant's report, and a survey's answers
    (the demo's examples)."""
    problems = []
    graduate = Participant.objects.get(application__name="Nasrin Karimi (exempel)")
    joining = f"/sv/informants/join/{graduate.token}/"
    valid = {"districts": "jarva", "languages": "so", "informant": "", "forum_alerts": ""}
    # Not agreed (so each answer is the form again, showing back what was sent): tick
    # boxes take few values, since anything ticks them; the choices take every one.
    problems += sweep(client, "POST", joining, valid, ["districts", "languages"])
    problems += sweep(client, "POST", joining, valid, ["informant", "forum_alerts"], ID_VALUES)
    informant = Informant.objects.get(name="Abdirahman Ali (exempel)")
    problems += sweep(
        client,
        "POST",
        f"/sv/informants/{informant.token}/report/",
        {"district": "jarva", "theme": "", "text": "Vad gäller för förskolan?"},
        text=["text"],
    )
    survey = SurveyInvitation.objects.get(
        participant__application__name="Yusuf Hassan (exempel)", answered=False
    )
    answering = f"/sv/surveys/{survey.token}/"
    # Not answered yes or no (so each answer is the form again, showing back what was
    # sent); the scales are one kind of field: one of them, the yes or no, the comment.
    valid = {"satisfied": "4", "learned": "4", "ready": "4", "active": "", "comment": ""}
    problems += sweep(client, "POST", answering, valid, ["satisfied", "active"])
    problems += sweep(client, "POST", answering, valid, ["comment"], text=["comment"])
    problems += sweep(client, "POST", answering, valid, ["anonymous"], ID_VALUES)
    assert [problem for problem in problems if problem] == []


def test_the_public_api(client):
    guide = sv(GuidePage)
    problems = sweep(
        client,
        "GET",
        "/api/v2/pages/",
        {"locale": "sv", "limit": "5", "offset": "0", "type": "guides.GuidePage"},
        [
            "locale",
            "limit",
            "offset",
            "type",
            "fields",
            "order",
            "child_of",
            "descendant_of",
            "ancestor_of",
            "translation_of",
        ],
    )
    for endpoint in ("forums", "contacts", "districts"):
        problems += sweep(
            client, "GET", f"/api/v2/{endpoint}/", {"locale": "sv"}, ["locale", "fields", "order"]
        )
    for segment in [*_segments(), "9" * 20, "-1"]:
        problems.append(send(client, "GET", f"/api/v2/pages/{segment}/"))
        problems.append(send(client, "GET", f"/api/v2/contacts/{segment}/"))
    problems += sweep(client, "GET", "/api/v2/pages/find/", {"html_path": guide.url})
    assert [problem for problem in problems if problem] == []


def test_admin_list_filters_on_ids(client, admin_user):
    """The staff lists' filters that look up a row by the id in the address (a staff
    page, and a slow one: the values that are ids or could pass for one)."""
    client.force_login(admin_user)
    numbers = ID_VALUES
    problems = []
    for url_name, names in (
        ("forum_registrations:index", ["event"]),
        ("programme_applications:index", ["programme", "district", "source"]),
        ("mentor_offers:index", ["district"]),
        ("association_register:index", ["district", "languages", "units_in_contact"]),
        ("course_invitations", ["programme", "district"]),
        ("forum_to_course", ["since", "until"]),
    ):
        for name in names:
            for value in numbers:
                problems.append(send(client, "GET", reverse(url_name), {name: value}))
    forum = EventPage.objects.get(slug="halsa-och-valmaende-i-jarva")
    checkin = reverse("forum_checkin", args=[forum.pk])
    for value in numbers:
        problems.append(send(client, "GET", checkin, {"q": value}))
        problems.append(send(client, "POST", checkin, {"walk_ins": value}))
        problems.append(send(client, "POST", checkin, {"registration": value, "action": "undo"}))
    # A round's attendance: who came (participant ids), and the round and session in the
    # address.
    course = ProgrammePage.objects.get(slug="sa-fungerar-staden", locale__language_code="sv")
    round_ = rounds.round_for(course)
    held = next(s for s in rounds.sessions(course, round_) if s.has_taken_place)
    marking = reverse("programme_session", args=[course.pk, round_.id, held.id])
    for value in numbers:
        problems.append(send(client, "POST", marking, {"came": value}))
    # A participant's project: each field of the staff's form, and its milestones.
    participant = Project.objects.select_related("participant").first().participant
    programme = ProgrammePage.objects.get(
        translation_key=participant.programme_key, locale__language_code="sv"
    )
    editing = reverse(
        "programme_project", args=[programme.pk, participant.round_id, participant.pk]
    )
    valid = {
        "title": "Projekt",
        "district": "",
        "supervisor": "",
        "page_key": "",
        "openlab_url": "",
        "seed_granted": "100",
        "seed_granted_on": "2026-01-01",
        "seed_paid": "",
        "seed_paid_on": "",
        "report": "",
        "reported_on": "",
        "milestones-TOTAL_FORMS": "1",
        "milestones-INITIAL_FORMS": "0",
        "milestones-0-title": "Steg",
        "milestones-0-due_on": "2027-01-01",
        "milestones-0-done_on": "",
    }
    problems += sweep(client, "POST", editing, valid, values=numbers)
    # A participant's mentor: the offer chosen, the start and the end.
    matching = reverse(
        "programme_mentor", args=[programme.pk, participant.round_id, participant.pk]
    )
    offer = str(Mentorship.objects.values_list("offer_id", flat=True).first())
    valid = {"offer": offer, "starts_on": "2027-01-01", "ends_on": ""}
    problems += sweep(client, "POST", matching, valid, values=[*numbers, *DATE_VALUES])
    # News to informants: whom it goes to, and what it says.
    valid = {"district": "", "spoken": "", "subject_sv": "Nytt", "body_sv": "Text"}
    news = reverse("informant_news")
    problems += sweep(client, "POST", news, valid, ["district", "spoken"], numbers)
    problems += sweep(
        client, "POST", news, valid, ["subject_sv", "body_sv"], text=["subject_sv", "body_sv"]
    )
    evaluation = reverse("programme_evaluation", args=[course.pk])
    for value in numbers:
        problems.append(send(client, "GET", evaluation, {"export": value}))
    # A round's and a session's id are looked up among the page's blocks, never in SQL.
    rounds_url = f"/admin/programme-rounds/{course.pk}"
    for segment in ["9" * 20, "%00", "%ED%A0%80", "..%2F..", "x" * 2000, str(uuid.uuid4())]:
        problems.append(send(client, "GET", f"{rounds_url}/{segment}/"))
        problems.append(send(client, "GET", f"{rounds_url}/{round_.id}/sessions/{segment}/"))
    assert [problem for problem in problems if problem] == []


def test_zz_no_answer_was_a_server_error():
    """Runs last (file order): the totals of the sweeps above, for the closing note."""
    if not TALLY["requests"]:
        pytest.skip("counts the sweeps above: run the whole file")
    statuses = sorted((code, n) for code, n in TALLY.items() if isinstance(code, int))
    print(
        f"\nhostile input: {TALLY['requests']} requests, {TALLY['500']} answers of 500, "
        f"{TALLY['5xx']} of 5xx, {TALLY['markup']} with the value back as markup; "
        f"by status: {statuses}"
    )
    assert TALLY["requests"] > 2000
    assert (TALLY["500"], TALLY["5xx"], TALLY["markup"]) == (0, 0, 0)
    # The forms were exercised, not refused by their rate limit: many were saved.
    assert TALLY[429] == 0
    assert TALLY[303] > 100
