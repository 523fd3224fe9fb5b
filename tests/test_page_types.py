"""Every page type can be created by an editor in the admin and renders in every language."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from contacts.models import CityContact, ContactFinderPage
from courses.models import (
    MaterialsLibraryPage,
    MentorsPage,
    ModulePage,
    ProgrammeIndexPage,
    ProgrammePage,
    ProjectPage,
)
from events.models import EventIndexPage, EventPage
from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePathsPage,
    OrganisationPage,
)
from home.models import HomePage, InformationPage
from taxonomy.models import District, Language, Theme, Topic
from tests.conftest import LANGUAGES, RTL_LANGUAGES, translation_of
from tests.factories import HomePageFactory


def listblock(items):
    """Form data for a ListBlock, the way the admin's editor posts it."""
    data = {"count": len(items)}
    for index, item in enumerate(items):
        data[str(index)] = {"value": item, "deleted": "", "order": index}
    return data


def section(home, slug):
    return translation_of(GuideIndexPage, slug, home.locale.language_code)


def guide_fields(home):
    contact = CityContact.objects.get(reference="kontaktcenter", locale=home.locale)
    topic = Topic.objects.get(slug="foreningsbidrag", locale__language_code="sv")
    return (
        section(home, "foreningens-ekonomi"),
        {
            "title": "Testguide",
            "slug": "testguide",
            "intro": "Vem guiden är till för.",
            "audience": "associations",
            "topics": [topic.pk],
            "content_owner": "Stadsledningskontoret",
            "last_reviewed": "2026-11-01",
            "review_interval_months": "12",
            "related_guides": inline_formset([]),
            "body": streamfield(
                [
                    ("heading", {"text": "En rubrik", "level": "h2"}),
                    ("paragraph", rich_text("<p>Brödtext.</p>")),
                    (
                        "callout",
                        {"kind": "warning", "heading": "Obs", "text": rich_text("<p>Viktigt.</p>")},
                    ),
                    (
                        "steps",
                        {
                            "title": "Gör så här",
                            "steps": listblock(
                                [
                                    {
                                        "title": "Först",
                                        "body": rich_text("<p>A</p>"),
                                        "connector": "or",
                                    },
                                    {
                                        "title": "Sedan",
                                        "body": rich_text("<p>B</p>"),
                                        "connector": "",
                                    },
                                ]
                            ),
                        },
                    ),
                    (
                        "faq",
                        {
                            "heading": "Frågor",
                            "questions": listblock(
                                [{"question": "Varför?", "answer": rich_text("<p>Därför.</p>")}]
                            ),
                        },
                    ),
                    ("contact", contact.pk),
                    (
                        "links",
                        {
                            "heading": "Läs mer",
                            "links": listblock(
                                [
                                    {
                                        "title": "Skatteverket",
                                        "page": "",
                                        "document": "",
                                        "url": "https://www.skatteverket.se/",
                                    }
                                ]
                            ),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": "Roller",
                            "header": listblock(["Roll", "Uppgift"]),
                            "rows": listblock([listblock(["Kassör", "Pengar"])]),
                            "first_column_is_header": "on",
                        },
                    ),
                ]
            ),
        },
    )


def listing_without_library(home):
    """The programme listing, with the demo's library removed: a listing has one at most."""
    MaterialsLibraryPage.objects.filter(locale=home.locale).delete()
    return ProgrammeIndexPage.objects.get(locale=home.locale)


PAGE_TYPES = {
    InformationPage: lambda home: (
        home,
        {
            "title": "Testsida",
            "slug": "testsida",
            "intro": "Kort sammanfattning.",
            "body": streamfield(
                [
                    ("heading", {"text": "En rubrik", "level": "h2"}),
                    ("paragraph", rich_text("<p>Brödtext.</p>")),
                    (
                        "notice",
                        {
                            "kind": "information",
                            "heading": "Viktigt",
                            "text": rich_text("<p>Obs!</p>"),
                        },
                    ),
                ]
            ),
        },
    ),
    HomePage: lambda home: (
        home.get_parent(),
        {"title": "Ny startsida", "slug": "ny-start", "hero_text": "Välkommen hit."},
    ),
    GuideIndexPage: lambda home: (
        home,
        {"title": "Nytt avsnitt", "slug": "nytt-avsnitt", "intro": "Guider om något nytt."},
    ),
    GuidePage: guide_fields,
    EasyReadPage: lambda home: (
        translation_of(GuidePage, "bokforing-och-ekonomi", home.locale.language_code),
        {
            "title": "Lättläst test",
            "slug": "lattlast-test",
            "intro": "En enkel text.",
            "body": streamfield([("paragraph", rich_text("<p>Kort.</p>"))]),
        },
    ),
    OrganisationPage: lambda home: (
        section(home, "sa-fungerar-staden"),
        {
            "title": "Organisationstest",
            "slug": "organisationstest",
            "intro": "Så hänger det ihop.",
            "chart": streamfield(
                [
                    (
                        "chart",
                        {
                            "name": "Kommunfullmäktige",
                            "summary": "Beslutar.",
                            "page": "",
                            "contact": "",
                            "groups": listblock(
                                [
                                    {
                                        "name": "Kommunstyrelsen",
                                        "summary": "Leder.",
                                        "page": "",
                                        "contact": "",
                                        "units": listblock([]),
                                    }
                                ]
                            ),
                        },
                    )
                ]
            ),
        },
    ),
    InfluencePathsPage: lambda home: (
        section(home, "driva-forening"),
        {"title": "Påverka test", "slug": "paverka-test", "intro": "Jämför sätten."},
    ),
    ContactFinderPage: lambda home: (
        HomePageFactory(parent=home.get_parent(), locale=home.locale, slug="andra-start"),
        {"title": "Hitta kontakt test", "slug": "hitta-test", "intro": "Välj."},
    ),
    EventIndexPage: lambda home: (
        HomePageFactory(parent=home.get_parent(), locale=home.locale, slug="andra-start"),
        {"title": "Forumlista test", "slug": "forum-test", "intro": "Möten."},
    ),
    EventPage: lambda home: (
        EventIndexPage.objects.get(locale=home.locale),
        {
            "title": "Forumtest",
            "slug": "forumtest",
            "theme": Theme.objects.get(slug="trygghet", locale__language_code="sv").pk,
            "summary": "Ett forum om trygghet.",
            "start": "2027-02-10 18:00",
            "end": "2027-02-10 20:00",
            "district": District.objects.get(slug="farsta", locale__language_code="sv").pk,
            "venue_name": "Farsta bibliotek",
            "venue_address": "Farsta centrum",
            "venue_accessibility": "Hiss finns.",
            "directions": "Tunnelbana till Farsta centrum.",
            # Tuples, not lists: nested_form_data would number a list's items.
            "languages": (Language.objects.get(slug="sv", locale__language_code="sv").pk,),
            "representatives": (
                CityContact.objects.get(reference="sdf-farsta", locale__language_code="sv").pk,
            ),
            "agenda": streamfield(
                [("item", {"time": "18:00", "title": "Välkommen", "description": ""})]
            ),
            "takes_registrations": "on",
            "capacity": "40",
            "registration_deadline": "2027-02-08 12:00",
            "status": "scheduled",
            "status_note": "",
            "after_summary": rich_text(""),
            "questions": streamfield([]),
            "materials": streamfield([]),
        },
    ),
    ProgrammeIndexPage: lambda home: (
        HomePageFactory(parent=home.get_parent(), locale=home.locale, slug="andra-start"),
        {"title": "Utbildningar test", "slug": "utbildningar-test", "intro": "Kurser."},
    ),
    ProgrammePage: lambda home: (
        ProgrammeIndexPage.objects.get(locale=home.locale),
        {
            "title": "Programtest",
            "slug": "programtest",
            "intro": "Ett program.",
            "purpose": rich_text("<p>Syfte.</p>"),
            "audience": rich_text("<p>För dig.</p>"),
            "structure": rich_text("<p>Två dagar i månaden.</p>"),
            "length": "Ett år",
            "benefits": rich_text("<ul><li>En mentor</li></ul>"),
            "application_opens": "2026-01-01 00:00",
            "application_closes": "2027-12-31 23:59",
            "completion_share": "75",
            "rounds": streamfield(
                [("round", {"name": "Omgång 1", "starts": "2027-02-01", "ends": "2027-12-15"})]
            ),
        },
    ),
    MaterialsLibraryPage: lambda home: (
        listing_without_library(home),
        {"title": "Materialtest", "slug": "materialtest", "intro": "Allt material."},
    ),
    ModulePage: lambda home: (
        ProgrammePage.objects.filter(locale=home.locale).order_by("path")[0],
        {
            "title": "Modultest",
            "slug": "modultest",
            "intro": "En modul.",
            "learning_goals": rich_text("<ul><li>Du kan mer.</li></ul>"),
            "sessions": streamfield(
                [
                    (
                        "session",
                        {
                            "title": "Första träffen",
                            "date": "2027-02-10",
                            "start": "17:30",
                            "end": "20:00",
                            "place": "Stadshuset",
                            "address": "",
                            "preparation": "",
                        },
                    )
                ]
            ),
            "study_visits": rich_text(""),
            "assignments": rich_text(""),
            "materials": streamfield([]),
        },
    ),
    ProjectPage: lambda home: (
        ProgrammePage.objects.filter(locale=home.locale).order_by("path")[0],
        {
            "title": "Projekttest",
            "slug": "projekttest",
            "summary": "Fotboll på torsdagar.",
            "district": District.objects.get(slug="jarva", locale__language_code="sv").pk,
            "theme": Theme.objects.get(slug="halsa", locale__language_code="sv").pk,
            "status": "running",
            "body": rich_text("<p>Om projektet.</p>"),
            "mentor_name": "Leila Ahmadi",
            "mentor_consents": "on",
            "links": streamfield(
                [("link", {"title": "Valmyndigheten", "url": "https://www.val.se/"})]
            ),
        },
    ),
    # The one-year programme has its mentoring page; the short course has none yet.
    MentorsPage: lambda home: (
        ProgrammePage.objects.filter(locale=home.locale).order_by("path")[1],
        {
            "title": "Mentortest",
            "slug": "mentortest",
            "intro": "Om mentorer.",
            "how_it_works": rich_text("<p>Tre år.</p>"),
            "mentor_role": rich_text("<ul><li>Lyssnar.</li></ul>"),
            "who_can": rich_text("<p>Du med erfarenhet.</p>"),
            "takes_offers": "on",
        },
    ),
}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "", "password")
    client.force_login(user)
    return user


# A home page in every language (each is a tree of its own); every other type in Swedish,
# the source, and Arabic, right to left. The demo's pages of every type render in every
# language in the browser tests and the budgets (tests/e2e/, tests/core/test_budgets.py).
CASES = [
    (model, language)
    for model in PAGE_TYPES
    for language in (LANGUAGES if model is HomePage else ["sv", "ar"])
]


@pytest.mark.parametrize(
    ("model", "language"), CASES, ids=[f"{model.__name__}-{language}" for model, language in CASES]
)
def test_editor_creates_page_in_admin_and_it_renders(client, editor, home_pages, model, language):
    parent, fields = PAGE_TYPES[model](home_pages[language])
    add_url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.id)
    )
    if parent.depth == 1:
        add_url += f"?locale={language}"

    if language == "sv" or parent.depth == 1:
        # The form is the same under every language's parent (the admin speaks the
        # editor's language): it is opened once for each page type, and for each home page.
        assert client.get(add_url).status_code == 200
    if language == "sv":
        # The preview of the page before its first save (it has no id yet for its forms
        # to post to), as the admin's preview panel frames it.
        preview_url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=(model._meta.app_label, model._meta.model_name, parent.id),
        )
        checked = client.post(preview_url, nested_form_data(fields))
        assert checked.json() == {"is_valid": True, "is_available": True}
        preview = client.get(f"{preview_url}?in_preview_panel=true")
        assert preview.status_code == 200
        assert f"<h1>{fields['title']}</h1>" in preview.content.decode()
        assert "frame-ancestors 'self'" in preview.headers["Content-Security-Policy"]
        assert preview.headers["X-Frame-Options"] == "SAMEORIGIN"
    response = client.post(add_url, nested_form_data({**fields, "action-publish": "publish"}))

    assert response.status_code == 302, response.context["form"].errors
    page = model.objects.get(slug=fields["slug"], locale__language_code=language)
    assert page.live
    if model is HomePage or (parent.depth == 2 and parent.slug == "andra-start"):
        # A second home page is not reachable from the site; render it directly.
        response = page.serve(client.get(f"/{language}/").wsgi_request)
        response.render()
    else:
        response = client.get(page.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{"rtl" if language in RTL_LANGUAGES else "ltr"}">' in (
        content
    )
    assert f"<h1>{fields['title']}</h1>" in content
    assert Page.objects.filter(depth=2, locale__language_code=language).count() == (
        1 + (model in (HomePage, ContactFinderPage, EventIndexPage, ProgrammeIndexPage))
    )
