"""Programmes: the one-year development programme for local leaders with its six modules,
its mentoring page and participants' projects, the short course on how the city works
and the course on cross-sector collaboration, with sessions dated relative to the day
the command runs and small PDF course materials; from ``demo/content/courses/``.
Everything is in every language.
"""

import datetime

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale

from courses import certificates, mentorships, rounds, surveys
from courses.choices import SurveyKind
from courses.models import (
    Application,
    MaterialsLibraryPage,
    MentorOffer,
    MentorsPage,
    Milestone,
    ModulePage,
    Participant,
    ProgrammeIndexPage,
    ProgrammePage,
    Project,
    ProjectPage,
    SessionAttendance,
    SurveyInvitation,
)
from demo.builders.home import swedish_home
from demo.loader import (
    CONTENT,
    TRANSLATIONS,
    check_listed,
    ensure_child,
    pdf_document,
    read_page,
    translate_all,
)
from pathways.models import Informant, InformantReport
from taxonomy.models import District, Language, Theme

FOLDER = CONTENT / "courses"


def read():
    index = read_page(FOLDER, "index")
    slugs, library = index.pop("programmes"), index.pop("library")
    check_listed(FOLDER, ["index", library, *slugs])
    return {
        "index": index,
        "programmes": [_programme_files(FOLDER / slug) for slug in slugs],
        "library": read_page(FOLDER, library),
    }


def _programme_files(folder):
    """A programme's page with its modules, and its mentoring page and projects if any."""
    programme = read_page(folder, "index")
    modules = programme.pop("modules")
    mentors, projects = programme.pop("mentors", None), programme.pop("projects", [])
    programme["participants"] = programme.pop("participants", [])
    programme["applicants"] = programme.pop("applicants", [])
    check_listed(folder, ["index", *modules, *filter(None, [mentors]), *projects])
    programme["modules"] = [read_page(folder, slug) for slug in modules]
    programme["mentors"] = read_page(folder, mentors) if mentors else None
    programme["projects"] = [read_page(folder, slug) for slug in projects]
    return programme


def plan(content):
    programmes = content["programmes"]
    modules = sum(len(programme["modules"]) for programme in programmes)
    projects = sum(len(programme["projects"]) for programme in programmes)
    return (
        f"Programmes: {len(programmes)} programmes, {modules} modules, {projects} projects, "
        "the mentoring page, the materials library, example participants"
    )


def paragraphs(text):
    """Rich text of the paragraphs of ``text`` (a blank line between two)."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part)


def bullets(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _moment(today, days, hour_minute="00:00"):
    day = today + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time.fromisoformat(hour_minute), timezone.get_default_timezone()
    )


def _programme(data, today):
    return ProgrammePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        purpose=paragraphs(data["purpose"]),
        audience=paragraphs(data["audience"]),
        structure=paragraphs(data["structure"]),
        length=data["length"],
        benefits=bullets(data["benefits"]),
        requires_project_report=data.get("requires_project_report", False),
        asks_sector=data.get("asks_sector", False),
        application_opens=_moment(today, data["application_opens_days"]),
        application_closes=_moment(today, data["application_closes_days"], "23:59"),
        rounds=[
            (
                "round",
                {
                    "name": round_["name"],
                    "starts": today + datetime.timedelta(days=round_["starts_days"]),
                    "ends": today + datetime.timedelta(days=round_["ends_days"]),
                    "note": round_["note"],
                },
            )
            for round_ in data["rounds"]
        ],
    )


def _session(data, today):
    start = datetime.datetime.combine(
        today + datetime.timedelta(days=data["days_from_today"]),
        datetime.time.fromisoformat(data["start"]),
    )
    end = start + datetime.timedelta(minutes=data["minutes"])
    return (
        "session",
        {
            "title": data["title"],
            "date": start.date(),
            "start": start.time(),
            "end": end.time(),
            "place": data["place"],
            "address": data["address"],
            "preparation": data["prepare"],
        },
    )


def _material(data, languages):
    value = {
        "title": data["title"],
        "kind": data["kind"],
        "language": languages[data["language"]],
        "document": None,
        "url": data.get("url", ""),
    }
    if "lines" in data:
        filename = f"{slugify(data['title'])[:60]}.pdf"
        value["document"] = pdf_document(data["title"], filename, [data["title"], *data["lines"]])
    return ("material", value)


def _module(data, today, languages):
    return ModulePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        learning_goals=bullets(data["goals"]),
        sessions=[_session(session, today) for session in data["sessions"]],
        study_visits=paragraphs(data["study_visits"]),
        assignments=paragraphs(data["assignments"]),
        materials=[_material(material, languages) for material in data["materials"]],
    )


def _project(data, terms):
    return ProjectPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        body=paragraphs(data["body"]),
        district=terms["districts"][data["district"]],
        theme=terms["themes"][data["theme"]],
        is_example=data["example"],
        status=data["status"],
        mentor_name=data["mentor"],
        mentor_consents=bool(data["mentor"]),
        links=[
            ("link", {"title": link["title"], "url": link["url"]}) for link in data.get("links", [])
        ],
    )


def _mentors(data):
    return MentorsPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        how_it_works=paragraphs(data["how_it_works"]),
        mentor_role=bullets(data["mentor_role"]),
        who_can=paragraphs(data["who_can"]),
    )


def build(content, stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    terms = {
        "languages": {term.slug: term for term in Language.objects.filter(locale=locale)},
        "districts": {term.slug: term for term in District.objects.filter(locale=locale)},
        "themes": {term.slug: term for term in Theme.objects.filter(locale=locale)},
    }
    today = timezone.localdate()
    index, _ = ensure_child(
        swedish_home(), ProgrammeIndexPage(**content["index"], show_in_menus=True)
    )
    pages, modules, projects, participants, applicants = [index], 0, 0, [], []
    for data in content["programmes"]:
        programme, _ = ensure_child(index, _programme(data, today))
        pages.append(programme)
        participants += [(programme, person) for person in data["participants"]]
        applicants += [(programme, person) for person in data["applicants"]]
        for module in data["modules"]:
            pages.append(ensure_child(programme, _module(module, today, terms["languages"]))[0])
            modules += 1
        if data["mentors"]:
            pages.append(ensure_child(programme, _mentors(data["mentors"]))[0])
        for item in data["projects"]:
            pages.append(ensure_child(programme, _project(item, terms))[0])
            projects += 1

    pages.append(ensure_child(index, MaterialsLibraryPage(**content["library"]))[0])
    created = translate_all(pages, TRANSLATIONS / "courses", update_catalogues)
    for programme, person in participants:
        _participant(programme, person, terms["districts"])
    for programme, person in applicants:
        _applicant(programme, person, terms["districts"])
    for programme in {programme for programme, _person in participants}:
        _certify(programme, today)
    for programme, person in participants:
        if "informant" in person:
            _informant(programme, person, terms)
    if stdout is not None:
        stdout.write(
            f"Programmes: {len(content['programmes'])} programmes, {modules} modules, "
            f"{projects} projects, {len(participants)} example participants, "
            f"{len(applicants)} example applicants, "
            f"{created} translations created."
        )


def _applied(application, data):
    """Date the application as the content says (when it came in counts for the
    evaluation of the round it was for)."""
    if "applied_days" in data:
        day = timezone.now() + datetime.timedelta(days=data["applied_days"])
        Application.objects.filter(pk=application.pk).update(created_at=day)


def _applicant(programme, data, districts):
    """An invented applicant (marked as an example by the name) whose application is
    being reviewed, or was not accepted."""
    application, created = Application.objects.get_or_create(
        programme=programme,
        email=f"{slugify(data['name'].split('(')[0])}@example.org",
        defaults={
            "name": data["name"],
            "language": data["language"],
            "district": districts[data["district"]],
            "languages": data["language"],
            "sector": data.get("sector", ""),
            "source": data.get("source", ""),
            "association": "",
            "motivation": "Exempel.",
            "project_idea": "Exempel.",
            "status": data["status"],
        },
    )
    if created:
        _applied(application, data)


def _participant(programme, data, districts):
    """An invented participant of the round under way (an accepted application, marked
    as an example by its name), and the sessions held that they came to."""
    email = f"{slugify(data['name'].split('(')[0])}@example.org"
    application, created = Application.objects.get_or_create(
        programme=programme,
        email=email,
        defaults={
            "name": data["name"],
            "language": data["language"],
            "district": districts[data["district"]],
            "languages": data["language"],
            "source": data.get("source", ""),
            "association": "",
            "motivation": "Exempel.",
            "project_idea": "Exempel.",
            "status": Application.Status.ACCEPTED,
        },
    )
    if not created:
        return
    _applied(application, data)
    if "round" in data:
        round_ = next(r for r in rounds.rounds(programme) if r.name == data["round"])
    else:
        round_ = rounds.round_for(programme)
    participant = Participant.objects.create(
        application=application,
        programme_key=programme.translation_key,
        round_id=round_.id,
    )
    held = {s.title: s.id for s in rounds.sessions(programme, round_) if s.has_taken_place}
    SessionAttendance.objects.bulk_create(
        SessionAttendance(participant=participant, session_id=held[title]) for title in data["came"]
    )
    if "survey" in data:
        _survey(participant, data["survey"])
    elif data.get("survey_asked"):
        SurveyInvitation.objects.create(participant=participant, kind=SurveyKind.END)
    if "project" in data:
        _participant_project(programme, participant, data["project"], districts)
    if "mentor" in data:
        _mentor(programme, participant, data["mentor"], districts, round_)


def _survey(participant, data):
    """The participant's answers to the survey at the end of their round."""
    invitation = SurveyInvitation.objects.create(participant=participant, kind=SurveyKind.END)
    surveys.answer(invitation, data)


def _certify(programme, today):
    """Certificates for the example participants of the programme's rounds that have
    ended who came to enough sessions."""
    for round_ in rounds.rounds(programme):
        if round_.ends < today:
            people = Participant.objects.filter(
                programme_key=programme.translation_key, round_id=round_.id
            )
            certificates.settle(programme, rounds.sessions(programme, round_), people)


def _informant(programme, data, terms):
    """A graduate who joined the informants, and what they reported (no names)."""
    participant = Participant.objects.get(
        programme_key=programme.translation_key, application__name=data["name"]
    )
    if not participant.certificate_code or hasattr(participant, "informant"):
        return
    joined = data["informant"]
    informant = Informant.objects.create(
        name=data["name"],
        email=participant.application.email,
        language=data["language"],
        programme_key=programme.translation_key,
        participant=participant,
        consented_at=timezone.now(),
    )
    informant.districts.set(terms["districts"][slug] for slug in joined["districts"])
    informant.languages.set(terms["languages"][slug] for slug in joined["languages"])
    InformantReport.objects.bulk_create(
        InformantReport(
            district=terms["districts"][joined["districts"][0]],
            text=text,
            language="sv",
            created_on=timezone.localdate(),
        )
        for text in joined.get("reports", [])
    )


def _mentor(programme, participant, data, districts, round_):
    """An invented mentor (an accepted offer to mentor on the programme's mentoring
    page), matched with the participant from the start of their round."""
    offer = MentorOffer.objects.create(
        page=MentorsPage.objects.child_of(programme).first(),
        name=data["name"],
        email=f"{slugify(data['name'].split('(')[0])}@example.org",
        language=data["language"],
        district=districts[data["district"]],
        languages=data["language"],
        experience=data["experience"],
        status=MentorOffer.Status.ACCEPTED,
    )
    mentorships.match(participant, offer, round_.starts)


def _participant_project(programme, participant, data, districts):
    """The participant's project as staff keep it: its milestones, and the public project
    page it is linked to, showing what the participant agreed to publish."""
    today = timezone.localdate()
    page = ProjectPage.objects.child_of(programme).filter(slug=data.get("page", "")).first()
    shown = set(data.get("publish", []))
    project = Project.objects.create(
        participant=participant,
        title=data["title"],
        district=districts[data["district"]],
        supervisor=data["supervisor"],
        page_key=page.translation_key if page else None,
        **{f"publish_{item}": True for item in shown},
    )
    Milestone.objects.bulk_create(
        Milestone(
            project=project,
            title=milestone["title"],
            due_on=today + datetime.timedelta(days=milestone["due_days"]),
        )
        for milestone in data["milestones"]
    )
