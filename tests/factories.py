import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from contacts.models import CityContact, ContactFinderPage
from courses.models import (
    Application,
    MentorOffer,
    MentorsPage,
    ModulePage,
    ProgrammeIndexPage,
    ProgrammePage,
    ProjectPage,
)
from events.models import Association, EventIndexPage, EventPage, Registration
from guides.models import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    InfluencePath,
    InfluencePathsPage,
    OrganisationPage,
    PageFeedback,
)
from home.models import HomePage, InformationPage
from taxonomy.models import District, Language, Theme, Topic


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startsida"
    hero_text = "Välkommen."

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informationssida {n}")
    intro = "En kort sammanfattning."

    class Meta:
        model = InformationPage


class SwedishSnippetFactory(DjangoModelFactory):
    """Snippets start in Swedish, the source language."""

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="sv"))

    class Meta:
        abstract = True


class TopicFactory(SwedishSnippetFactory):
    name = factory.Sequence(lambda n: f"Ämne {n}")
    slug = factory.Sequence(lambda n: f"amne-{n}")

    class Meta:
        model = Topic


class DistrictFactory(SwedishSnippetFactory):
    name = factory.Sequence(lambda n: f"Stadsdel {n}")
    slug = factory.Sequence(lambda n: f"stadsdel-{n}")

    class Meta:
        model = District


class CityContactFactory(SwedishSnippetFactory):
    reference = factory.Sequence(lambda n: f"kontakt-{n}")
    name = factory.Sequence(lambda n: f"Kontakt {n}")
    kind = CityContact.Kind.DISTRICT_ADMINISTRATION
    helps_with = "Frågor om stadsdelen."
    phone = "08-508 00 508"

    class Meta:
        model = CityContact
        skip_postgeneration_save = True

    @factory.post_generation
    def districts(self, create, extracted, **kwargs):
        if extracted:
            self.districts = extracted
            self.save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics = extracted
            self.save()


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Avsnitt {n}")
    intro = "Guider om något."

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    intro = "Så här gör du."
    content_owner = "Stadsledningskontoret"
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = GuidePage


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = "Lättläst"
    slug = "lattlast"
    intro = "En enkel text."

    class Meta:
        model = EasyReadPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = "Stadens organisation"
    intro = "Så hänger det ihop."
    chart = factory.LazyFunction(
        lambda: [("chart", {"name": "Kommunfullmäktige", "summary": "", "groups": []})]
    )

    class Meta:
        model = OrganisationPage


class InfluencePathsPageFactory(wagtail_factories.PageFactory):
    title = "Vägar att påverka"
    intro = "Jämför."

    class Meta:
        model = InfluencePathsPage


class ContactFinderPageFactory(wagtail_factories.PageFactory):
    title = "Hitta kontakt"

    class Meta:
        model = ContactFinderPage


class InfluencePathFactory(SwedishSnippetFactory):
    name = factory.Sequence(lambda n: f"Väg {n}")
    slug = factory.Sequence(lambda n: f"vag-{n}")
    good_for = "vill något"
    who_can = "Alla."
    how = "<p>Skriv.</p>"
    what_next = "Nämnden svarar."
    time_taken = "Några månader."

    class Meta:
        model = InfluencePath


class PageFeedbackFactory(DjangoModelFactory):
    language = "sv"
    helpful = True

    class Meta:
        model = PageFeedback


class ThemeFactory(SwedishSnippetFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")

    class Meta:
        model = Theme


class AssociationFactory(SwedishSnippetFactory):
    name = factory.Sequence(lambda n: f"Förening {n}")
    slug = factory.Sequence(lambda n: f"forening-{n}")

    class Meta:
        model = Association


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Forum"
    intro = "Möten i din stadsdel."

    class Meta:
        model = EventIndexPage


def in_stockholm(day, hour, minute=0):
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), timezone.get_default_timezone()
    )


class EventPageFactory(wagtail_factories.PageFactory):
    """A forum two weeks ahead, 18:00 to 20:00 Stockholm time, in Järva on health, in Swedish."""

    title = factory.Sequence(lambda n: f"Forum {n}")
    summary = "Ett forum om något viktigt."
    start = factory.LazyFunction(
        lambda: in_stockholm(timezone.localdate() + datetime.timedelta(days=14), 18)
    )
    end = factory.LazyAttribute(lambda forum: forum.start + datetime.timedelta(hours=2))
    venue_name = "Rinkeby bibliotek"
    venue_address = "Rinkebytorget, Rinkeby"
    venue_accessibility = "Inga trappsteg."
    theme = factory.LazyFunction(
        lambda: Theme.objects.get(slug="halsa", locale__language_code="sv")
    )
    district = factory.LazyFunction(
        lambda: District.objects.get(slug="jarva", locale__language_code="sv")
    )

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        codes = extracted or ["sv"]
        self.languages = list(Language.objects.filter(slug__in=codes, locale__language_code="sv"))
        self.save()


class RegistrationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Deltagare {n}")
    language = "sv"
    event_key = factory.LazyAttribute(lambda registration: registration.event.translation_key)

    class Meta:
        model = Registration


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Utbildningar"
    intro = "Stadens program och kurser."

    class Meta:
        model = ProgrammeIndexPage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    """A programme open for applications from yesterday until a month ahead."""

    title = factory.Sequence(lambda n: f"Program {n}")
    intro = "Ett program för lokala ledare."
    purpose = "<p>Att stärka lokala ledare.</p>"
    audience = "<p>Du som är aktiv i en förening.</p>"
    structure = "<p>Två kursdagar i månaden.</p>"
    length = "Ungefär ett år"
    benefits = "<ul><li>En mentor i tre år</li></ul>"
    application_opens = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    application_closes = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = ProgrammePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Modul {n}")
    intro = "En del av programmet."
    learning_goals = "<ul><li>Du kan förklara hur staden styrs.</li></ul>"

    class Meta:
        model = ModulePage


def swedish_term(model, slug):
    return model.objects.get(slug=slug, locale__language_code="sv")


class ProjectPageFactory(wagtail_factories.PageFactory):
    """A running project in Järva on health, with no mentor named."""

    title = factory.Sequence(lambda n: f"Projekt {n}")
    summary = "Fotboll på torsdagskvällar."
    district = factory.LazyFunction(lambda: swedish_term(District, "jarva"))
    theme = factory.LazyFunction(lambda: swedish_term(Theme, "halsa"))

    class Meta:
        model = ProjectPage


class MentorsPageFactory(wagtail_factories.PageFactory):
    title = "Mentorer"
    intro = "Alla deltagare får en mentor i tre år."
    how_it_works = "<p>Ni träffas en gång i månaden.</p>"
    mentor_role = "<ul><li>Lyssnar och ger råd.</li></ul>"
    who_can = "<p>Du som har lång erfarenhet av ideellt arbete.</p>"

    class Meta:
        model = MentorsPage


class SubmissionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sökande {n}")
    email = factory.Sequence(lambda n: f"sokande{n}@example.com")
    language = "sv"
    district = factory.LazyFunction(lambda: swedish_term(District, "jarva"))


class ApplicationFactory(SubmissionFactory):
    association = "Rinkeby fotbollsvänner"
    motivation = "Jag vill lära mig hur staden fungerar."
    project_idea = "Belysning vid fotbollsplanen."

    class Meta:
        model = Application


class MentorOfferFactory(SubmissionFactory):
    experience = "Tjugo år i föreningslivet."

    class Meta:
        model = MentorOffer


def session(title, day, start, end, place="Stadshuset", address="Hantverkargatan 1"):
    """A session block value: a date and Stockholm wall-clock times."""
    return (
        "session",
        {
            "title": title,
            "date": day,
            "start": datetime.time.fromisoformat(start),
            "end": datetime.time.fromisoformat(end),
            "place": place,
            "address": address,
            "preparation": "",
        },
    )
