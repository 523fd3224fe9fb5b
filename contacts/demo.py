"""Demo city contacts, in Swedish; translations in ``demo_translations/``.

The units are real parts of the City of Stockholm. Every card gives the
number of the city's contact centre, which puts callers through to the unit,
and the city's website: demo data must not invent direct numbers or addresses.
"""

from pathlib import Path

from wagtail.models import Locale

from contacts.models import CityContact
from demo.builders import taxonomy
from demo.loader import translate_all
from taxonomy.models import District, Topic

TRANSLATIONS = Path(__file__).resolve().parent / "demo_translations"
PHONE = "08-508 00 508"
WEBSITE = "https://start.stockholm/"
Kind = CityContact.Kind

CITY_WIDE = [
    {
        "reference": "kontaktcenter",
        "name": "Stockholms stads kontaktcenter",
        "kind": Kind.SERVICE_CENTRE,
        "helps_with": (
            "Svarar på allmänna frågor om stadens service och kopplar dig vidare till rätt "
            "förvaltning. Börja här om du inte vet vem du ska fråga."
        ),
        "topics": [],
        "is_fallback": True,
    },
    {
        "reference": "stadsledningskontoret",
        "name": "Stadsledningskontoret",
        "kind": Kind.EXECUTIVE_OFFICE,
        "helps_with": (
            "Kommunstyrelsens kontor. Frågor om hur staden styrs, om kommunfullmäktige och "
            "om stadens arbete med demokrati."
        ),
        "topics": ["organisation", "paverkan"],
    },
    {
        "reference": "registrator-kommunstyrelsen",
        "name": "Kommunstyrelsens registratur",
        "kind": Kind.EXECUTIVE_OFFICE,
        "helps_with": (
            "Tar emot brev och handlingar till kommunfullmäktige och kommunstyrelsen, till "
            "exempel ett folkinitiativ."
        ),
        "topics": ["paverkan"],
    },
    {
        "reference": "valnamnden",
        "name": "Valnämnden i Stockholms stad",
        "kind": Kind.ELECTED_BODY,
        "helps_with": "Frågor om val: vallokaler, förtidsröstning och hur du röstar.",
        "topics": ["val"],
    },
    {
        "reference": "idrottsforvaltningen",
        "name": "Idrottsförvaltningen",
        "kind": Kind.SPECIALIST_ADMINISTRATION,
        "helps_with": (
            "Bidrag till idrottsföreningar och föreningar med barn och unga, och bokning av "
            "idrottshallar och planer."
        ),
        "topics": ["foreningsbidrag", "lokaler", "fritid-kultur"],
    },
    {
        "reference": "kulturforvaltningen",
        "name": "Kulturförvaltningen",
        "kind": Kind.SPECIALIST_ADMINISTRATION,
        "helps_with": "Bidrag till kulturföreningar, bibliotek och kulturverksamhet i staden.",
        "topics": ["foreningsbidrag", "fritid-kultur"],
    },
    {
        "reference": "arbetsmarknadsforvaltningen",
        "name": "Arbetsmarknadsförvaltningen",
        "kind": Kind.SPECIALIST_ADMINISTRATION,
        "helps_with": (
            "Stadens arbete med arbetsmarknad och integration, och stadens "
            "utvecklingsprogram för lokala ledare."
        ),
        "topics": ["paverkan", "foreningsadministration"],
    },
    {
        "reference": "socialforvaltningen",
        "name": "Socialförvaltningen",
        "kind": Kind.SPECIALIST_ADMINISTRATION,
        "helps_with": "Socialtjänstens stadsövergripande arbete, till exempel mot våld och brott.",
        "topics": ["socialtjanst", "trygghet"],
    },
    {
        "reference": "utbildningsforvaltningen",
        "name": "Utbildningsförvaltningen",
        "kind": Kind.SPECIALIST_ADMINISTRATION,
        "helps_with": "Frågor om grundskola, gymnasium och vuxenutbildning i staden.",
        "topics": ["forskola-skola"],
    },
    {
        "reference": "trafikkontoret",
        "name": "Trafikkontoret",
        "kind": Kind.SPECIALIST_ADMINISTRATION,
        "helps_with": "Gator, belysning, cykelbanor och trafik. Hit kan du lämna synpunkter.",
        "topics": ["synpunkter", "trygghet"],
    },
]

ADMINISTRATION_NAMES = {"norra-innerstaden": "Norra innerstadens stadsdelsförvaltning"}
ADMINISTRATION_HELPS_WITH = (
    "Förskola, äldreomsorg, socialtjänst, parker och fritid i stadsdelen. Hit skickar du "
    "medborgarförslag och frågor till stadsdelsnämnden."
)
ASSOCIATION_SUPPORT_HELPS_WITH = (
    "Råd till föreningar i stadsdelen: bidrag från stadsdelsnämnden, lokaler, hur ni "
    "sköter föreningen och hur ni kan samarbeta med staden."
)


def district_contacts():
    contacts = []
    for district in taxonomy.read()["districts"]:
        slug, name = district["slug"], district["name"]
        administration = ADMINISTRATION_NAMES.get(slug, f"{name} stadsdelsförvaltning")
        contacts += [
            {
                "reference": f"sdf-{slug}",
                "name": administration,
                "kind": Kind.DISTRICT_ADMINISTRATION,
                "helps_with": ADMINISTRATION_HELPS_WITH,
                "districts": [slug],
                "topics": [
                    "synpunkter",
                    "paverkan",
                    "forskola-skola",
                    "socialtjanst",
                    "trygghet",
                    "fritid-kultur",
                ],
            },
            {
                "reference": f"foreningsstod-{slug}",
                "name": f"Föreningsstöd, {administration}",
                "kind": Kind.ASSOCIATION_SERVICE,
                "helps_with": ASSOCIATION_SUPPORT_HELPS_WITH,
                "districts": [slug],
                "topics": [
                    "foreningsbidrag",
                    "foreningsadministration",
                    "ekonomi",
                    "lokaler",
                    "fritid-kultur",
                ],
            },
        ]
    return contacts


def contacts():
    return CITY_WIDE + district_contacts()


def build(stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    districts = {d.slug: d for d in District.objects.filter(locale=locale)}
    topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
    made = []
    for data in contacts():
        data = dict(data)
        district_slugs = data.pop("districts", [])
        topic_slugs = data.pop("topics", [])
        contact = CityContact.objects.filter(reference=data["reference"], locale=locale).first()
        if contact is None:
            contact = CityContact(locale=locale, phone=PHONE, website=WEBSITE, **data)
            contact.districts = [districts[slug] for slug in district_slugs]
            contact.topics = [topics[slug] for slug in topic_slugs]
            contact.save()
        made.append(contact)
    created = translate_all(made, TRANSLATIONS, update_catalogues)
    if stdout is not None:
        stdout.write(f"Contacts: {len(made)} contacts, {created} translations created.")


def by_reference(locale=None):
    """Swedish contacts by reference, for guides that show contact cards."""
    locale = locale or Locale.objects.get(language_code="sv")
    return {contact.reference: contact for contact in CityContact.objects.filter(locale=locale)}
