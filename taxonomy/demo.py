"""Demo topics and districts, in Swedish; translations in ``demo_translations/``."""

from pathlib import Path

from wagtail.models import Locale

from demo.loader import translate_all
from taxonomy.models import District, Language, Theme, Topic

TRANSLATIONS = Path(__file__).resolve().parent / "demo_translations"

TOPICS = [
    ("organisation", "Stadens organisation", "Vem som bestämmer vad i staden."),
    ("paverkan", "Påverka beslut", "Medborgarförslag, frågestunder, remisser och annat."),
    ("val", "Val och röstning", "Vem som får rösta och hur det går till."),
    ("synpunkter", "Synpunkter och klagomål", "Att säga vad du tycker om stadens service."),
    (
        "foreningsadministration",
        "Föreningens administration",
        "Stadgar, möten, styrelse och medlemmar.",
    ),
    ("ekonomi", "Ekonomi och bokföring", "Föreningens pengar, kvitton och bokslut."),
    ("foreningsbidrag", "Föreningsbidrag och stöd", "Bidrag från staden och hur du söker."),
    ("lokaler", "Lokaler", "Att hyra eller låna en lokal för verksamheten."),
    ("fritid-kultur", "Fritid, kultur och idrott", "Fritidsgårdar, bibliotek, idrott och kultur."),
    ("forskola-skola", "Förskola och skola", "Förskola, skola och läxhjälp."),
    ("trygghet", "Trygghet i stadsdelen", "Trygghet, belysning och samarbete mot brott."),
    ("socialtjanst", "Socialtjänst och stöd", "Stöd till barn, familjer och vuxna."),
]

DISTRICTS = [
    ("bromma", "Bromma", ""),
    ("enskede-arsta-vantor", "Enskede-Årsta-Vantör", ""),
    ("farsta", "Farsta", ""),
    ("hagersten-alvsjo", "Hägersten-Älvsjö", ""),
    ("hasselby-vallingby", "Hässelby-Vällingby", ""),
    ("jarva", "Järva", "Rinkeby-Kista och Spånga-Tensta."),
    ("kungsholmen", "Kungsholmen", ""),
    ("norra-innerstaden", "Norra innerstaden", "Norrmalm och Östermalm."),
    ("skarpnack", "Skarpnäck", ""),
    ("skarholmen", "Skärholmen", ""),
    ("sodermalm", "Södermalm", ""),
]

# Forum themes, chosen from local needs as in the city report.
THEMES = [
    ("utbildning", "Utbildning och skola", "Förskola, skola, läxhjälp och vuxenutbildning."),
    ("halsa", "Hälsa och välmående", "Vård, psykisk hälsa och var du får hjälp."),
    ("trygghet", "Trygghet och säkerhet", "Trygghet i området, polisen och stadens arbete."),
    ("arbete", "Arbete och försörjning", "Jobb, SFI och stöd till egen försörjning."),
    ("boende", "Boende och närmiljö", "Att hyra en bostad, grannar och din närmiljö."),
    ("foraldraskap", "Föräldraskap och familj", "Stöd till föräldrar, barn och familjer."),
    ("demokrati", "Demokrati och val", "Att rösta, påverka och säga vad du tycker."),
]

# Languages the city serves people in. The slug is the language code.
LANGUAGES = [
    ("sv", "svenska", ""),
    ("en", "engelska", ""),
    ("ar", "arabiska", ""),
    ("fa", "persiska", ""),
    ("so", "somaliska", ""),
    ("fi", "finska", ""),
    ("ti", "tigrinja", ""),
    ("tr", "turkiska", ""),
]


def _ensure(model, rows, locale):
    terms = []
    for slug, name, description in rows:
        term, _created = model.objects.get_or_create(
            slug=slug, locale=locale, defaults={"name": name, "description": description}
        )
        terms.append(term)
    return terms


def build(stdout=None, update_catalogues=False):
    locale = Locale.objects.get(language_code="sv")
    terms = (
        _ensure(Topic, TOPICS, locale)
        + _ensure(District, DISTRICTS, locale)
        + _ensure(Theme, THEMES, locale)
        + _ensure(Language, LANGUAGES, locale)
    )
    created = translate_all(terms, TRANSLATIONS, update_catalogues)
    if stdout is not None:
        stdout.write(
            f"Taxonomy: {len(TOPICS)} topics, {len(DISTRICTS)} districts, {len(THEMES)} themes, "
            f"{len(LANGUAGES)} languages, {created} translations created."
        )
