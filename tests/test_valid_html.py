"""Every public page is valid HTML by the W3C Nu HTML checker (vnu-jar, run offline)."""

import json
import subprocess
from pathlib import Path

import pytest
from django.test import Client, RequestFactory
from django.urls import get_resolver
from django.utils import timezone, translation
from wagtail.models import Page

from courses.models import Mentorship, MentorsPage, Participant, ProgrammePage, SurveyInvitation
from events.models import EventPage
from pathways.models import Informant
from tests.conftest import LANGUAGES
from tests.factories import ApplicationFactory, MentorOfferFactory, RegistrationFactory
from tests.test_page_types import PAGE_TYPES

pytestmark = pytest.mark.heavy

VNU = (
    Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def public_pages():
    """The address of one live page of every type in every language (the demo has them all)."""
    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale"):
        seen.setdefault((page.content_type_id, page.locale.language_code), page)
    return {f"{page.specific_class.__name__}-{lang}": page.url for (_, lang), page in seen.items()}


def submission_pages(language):
    """The pages a resident sees after signing up, applying or offering to mentor."""
    forum = EventPage.objects.live().filter(locale__language_code=language).first()
    programme = ProgrammePage.objects.live().filter(locale__language_code=language).first()
    mentors = MentorsPage.objects.live().filter(locale__language_code=language).first()
    registration = RegistrationFactory(event=forum, language=language)
    application = ApplicationFactory(programme=programme, language=language)
    offer = MentorOfferFactory(page=mentors, language=language)
    # A demo participant, given a certificate here: their page shows it.
    certified = Participant.objects.get(application__name="Karim Haddad (exempel)")
    certified.certificate_code, certified.certified_on = "ABCDE23456", timezone.localdate()
    certified.save()
    mentored = Mentorship.objects.select_related("participant").get(
        participant__application__name="Amina Yusuf (exempel)"
    )
    graduate = Participant.objects.get(application__name="Nasrin Karimi (exempel)")
    informant = Informant.objects.get(name="Abdirahman Ali (exempel)")
    survey = SurveyInvitation.objects.get(
        participant__application__name="Elin Berg (exempel)", answered=False
    )
    return {
        f"registration-{language}": f"/{language}/forum-registrations/{registration.token}/",
        f"application-{language}": f"/{language}/programme-applications/{application.token}/",
        f"mentor-offer-{language}": f"/{language}/mentor-offers/{offer.token}/",
        f"search-{language}": f"/{language}/search/?q=f%C3%B6rening",
        f"empty-search-{language}": f"/{language}/search/",
        f"saved-{language}": f"/{language}/saved/",
        f"participant-{language}": f"/{language}/programme-participants/{certified.token}/",
        f"certificate-{language}": f"/{language}/certificates/{certified.certificate_code}/",
        f"certificate-check-{language}": f"/{language}/certificates/",
        # The demo's participant with a project and a mentor, and her mentor's page.
        f"participant-mentored-{language}": (
            f"/{language}/programme-participants/{mentored.participant.token}/"
        ),
        f"mentorship-{language}": f"/{language}/mentorships/{mentored.token}/",
        # The short course's graduates (one may join the informants, one has), and a
        # survey not yet answered.
        f"informant-join-{language}": f"/{language}/informants/join/{graduate.token}/",
        f"informant-{language}": f"/{language}/informants/{informant.token}/",
        f"survey-{language}": f"/{language}/surveys/{survey.token}/",
    }


def server_error_page(language):
    handler = get_resolver().resolve_error_handler(500)
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        return handler(request).content


def test_every_public_page_is_valid_html(db, tmp_path):
    assert VNU.exists(), "the HTML checker is missing: run 'make pytest' (npm ci installs it)"
    client = Client()
    documents = {}
    for name, url in public_pages().items():
        response = client.get(url)
        assert response.status_code == 200, url
        documents[name] = response.content
    for language in LANGUAGES:
        for name, url in submission_pages(language).items():
            response = client.get(url)
            assert response.status_code == 200, url
            documents[name] = response.content
        missing = client.get(f"/{language}/finns-inte/")
        assert missing.status_code == 404
        documents[f"not-found-{language}"] = missing.content
        documents[f"server-error-{language}"] = server_error_page(language)
        forum = EventPage.objects.live().filter(locale__language_code=language).first()
        with_errors = client.post(f"/{language}/forum-registration/{forum.id}/", {})
        documents[f"forum-form-errors-{language}"] = with_errors.content
    # Every type in the registry is checked (easy-to-read pages exist in Swedish only).
    types = {name.rsplit("-", 1)[0] for name in documents}
    assert {model.__name__ for model in PAGE_TYPES} <= types, sorted(types)
    for name, content in documents.items():
        (tmp_path / f"{name}.html").write_bytes(content)

    # One run over every file: the JVM takes seconds to start. A run this short is over
    # before the JVM's optimising compiler pays for itself: the quick compiler alone
    # halves the CPU time (with the larger stack the checker then needs).
    java = ["java", "-XX:TieredStopAtLevel=1", "-Xss8m", "-jar", str(VNU)]
    result = subprocess.run(
        [*java, "--format", "json", "--exit-zero-always", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']} {m.get('extract')!r}"
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
    # Warnings (advice such as a redundant role) do not make a page invalid.
    assert errors == [], "\n".join(errors)
