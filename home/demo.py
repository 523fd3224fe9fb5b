"""Demo content for the home app: the home page and the pages every footer links to.

Written in Swedish; translations are in ``home/demo_translations/<language>.po``.
"""

from pathlib import Path

from wagtail.models import Locale, Page, Site

from core.models import SiteLinks
from demo.loader import ensure_child, translate_all
from home.models import HomePage, InformationPage

TRANSLATIONS = Path(__file__).resolve().parent / "demo_translations"

HOME = {
    "title": "Påverka och delta i Stockholm",
    "slug": "start",
    "seo_title": "Påverka och delta i Stockholm",
    "search_description": (
        "Så fungerar Stockholms stad, så kan du påverka och så driver du en förening."
    ),
    "hero_text": (
        "Här får du veta hur Stockholms stad fungerar och hur du kan påverka beslut. "
        "Du får hjälp att driva en förening och att hitta rätt kontakt i staden för din "
        "stadsdel."
    ),
}


def _body(*parts):
    """StreamField data from (kind, text) pairs, each a heading or a paragraph."""
    return [
        ("heading", {"text": text, "level": "h2"})
        if kind == "heading"
        else (kind, f"<p>{text}</p>")
        for kind, text in parts
    ]


ACCESSIBILITY = {
    "title": "Tillgänglighetsredogörelse",
    "slug": "tillganglighet",
    "search_description": "Hur tillgänglig webbplatsen är och hur du rapporterar brister.",
    "intro": (
        "Stockholms stad står bakom den här webbplatsen. Vi vill att alla ska kunna använda "
        "den, oavsett behov och språk. Här berättar vi hur webbplatsen uppfyller lagen om "
        "tillgänglighet till digital offentlig service, vilka brister vi känner till och hur "
        "du kan rapportera problem."
    ),
    "body": _body(
        ("heading", "Hur tillgänglig är webbplatsen?"),
        (
            "paragraph",
            "Webbplatsen ska uppfylla nivå AA i WCAG 2.2. Vid varje ändring testar vi alla "
            "sidtyper automatiskt på alla webbplatsens språk, också på arabiska och persiska "
            "som läses från höger till vänster. Vi testar att sidorna går att använda med bara "
            "tangentbord och på en smal mobilskärm.",
        ),
        ("heading", "Brister vi känner till"),
        (
            "paragraph",
            "Webbplatsen är ny och har ännu inte granskats av någon utanför staden. "
            "Automatiska tester hittar inte alla problem. Om något inte fungerar för dig vill "
            "vi veta det.",
        ),
        ("heading", "Rapportera en brist"),
        (
            "paragraph",
            "Kontakta Stockholms stad om du inte kan ta del av något på webbplatsen. Berätta "
            "vilken sida det gäller och vad som inte fungerar. Du hittar stadens "
            "kontaktuppgifter på start.stockholm.",
        ),
        ("heading", "Tillsyn"),
        (
            "paragraph",
            "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om "
            "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi tar "
            "hand om dina synpunkter kan du anmäla det till Digg.",
        ),
    ),
}

PRIVACY = {
    "title": "Personuppgifter och kakor",
    "slug": "personuppgifter",
    "search_description": "Vilka uppgifter webbplatsen sparar om dig och vilka rättigheter du har.",
    "intro": (
        "Här står vilka uppgifter webbplatsen sparar när du besöker den. Kort sagt: vi följer "
        "inte vad du gör, och vi använder inga kakor för statistik eller reklam."
    ),
    "body": _body(
        ("heading", "Kakor"),
        (
            "paragraph",
            "Webbplatsen sätter inga kakor när du läser sidorna. Stadens redaktörer som loggar "
            "in får en kaka som håller dem inloggade. Den behövs för att inloggningen ska "
            "fungera.",
        ),
        ("heading", "Inga spårare och inga andra webbplatser"),
        (
            "paragraph",
            "Sidorna hämtar ingenting från andra webbplatser: inga typsnitt, kartor, filmer "
            "eller verktyg för statistik. Därför får ingen annan veta vilka sidor du läser.",
        ),
        ("heading", "Tekniska loggar"),
        (
            "paragraph",
            "Servern kan under kort tid spara tekniska uppgifter, till exempel IP-adress och "
            "vilken sida som visades. Uppgifterna används bara för att hitta fel och skydda "
            "webbplatsen mot angrepp.",
        ),
        ("heading", "När du svarar på om en sida hjälpte dig"),
        (
            "paragraph",
            "Under varje guide kan du svara på om sidan hjälpte dig och lämna en kommentar. Vi "
            "sparar svaret, kommentaren, vilken sida och vilket språk det gäller och när du "
            "svarade. Vi sparar inte vem du är. Skriv därför inga personuppgifter i kommentaren.",
        ),
        (
            "paragraph",
            "För att stoppa skräppost räknar servern i tio minuter hur många svar som kommer "
            "från samma uppkoppling. Den sparar inte adressen, bara en kod som inte går att "
            "föra tillbaka till adressen.",
        ),
        (
            "paragraph",
            "Vi tar bort kommentarerna efter ett år. Svaren ja och nej sparar vi längre, utan "
            "kommentar, som statistik över vilka sidor som hjälper.",
        ),
        ("heading", "När du söker på webbplatsen"),
        (
            "paragraph",
            "Vi räknar vad som söks efter, per dag och språk, för att se vad som saknas på "
            "webbplatsen. Vi sparar inte vem som sökte, och långa rader av siffror, till exempel "
            "telefonnummer, sparas inte. Vi raderar sökstatistiken efter 180 dagar.",
        ),
        ("heading", "När du anmäler dig till ett forum"),
        (
            "paragraph",
            "När du anmäler dig till ett forum sparar vi ditt namn, hur många ni är och vad "
            "du behöver för att kunna delta, till exempel tolk. Om du vill lämnar du också "
            "e-postadress eller telefonnummer. Då kan vi skicka en bekräftelse och höra av oss "
            "om forumet ändras. Bara de som ordnar forumet kan se uppgifterna.",
        ),
        (
            "paragraph",
            "Vi raderar anmälningarna 30 dagar efter forumet. Du kan själv avboka när som "
            "helst med länken i bekräftelsen. Då raderar vi dina uppgifter direkt.",
        ),
        (
            "paragraph",
            "Bekräftelser och andra mejl till dig sparas i 30 dagar efter att de skickades. "
            "Sedan raderar vi dem.",
        ),
        ("heading", "När du söker till ett program eller vill bli mentor"),
        (
            "paragraph",
            "När du söker till ett program sparar vi dina kontaktuppgifter, din stadsdel, din "
            "förening eller ditt nätverk, vilka språk du talar, varför du söker och din "
            "projektidé. När du vill bli mentor sparar vi dina kontaktuppgifter, din stadsdel, "
            "dina språk och det du berättar om din erfarenhet. Bara de som arbetar med "
            "programmet kan se uppgifterna.",
        ),
        (
            "paragraph",
            "Vi använder uppgifterna för att välja deltagare och mentorer och för att kontakta "
            "dig. Vi raderar dem senast två år efter att du skickade dem.",
        ),
        ("heading", "Dina rättigheter"),
        (
            "paragraph",
            "Stockholms stad är personuppgiftsansvarig. Enligt dataskyddsförordningen (GDPR) "
            "har du rätt att få veta vilka uppgifter staden har om dig och att få felaktiga "
            "uppgifter rättade. Du kan klaga hos Integritetsskyddsmyndigheten (IMY).",
        ),
    ),
}


def swedish_home() -> HomePage:
    """The Swedish home page, created (and made the site's root) if missing."""
    locale = Locale.objects.get(language_code="sv")
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(**HOME, locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.id:
        previous = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's placeholder welcome page is not ours to keep.
        if previous.specific_class is Page and previous.numchild == 0:
            previous.delete()
    return home


def build(stdout=None, update_catalogues=False):
    home = swedish_home()
    accessibility, _ = ensure_child(home, InformationPage(**ACCESSIBILITY, show_in_menus=False))
    privacy, _ = ensure_child(home, InformationPage(**PRIVACY, show_in_menus=False))

    site_links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    if not site_links.accessibility_page_id or not site_links.privacy_page_id:
        site_links.accessibility_page = site_links.accessibility_page or accessibility
        site_links.privacy_page = site_links.privacy_page or privacy
        site_links.save()

    created = translate_all([home, accessibility, privacy], TRANSLATIONS, update_catalogues)
    if stdout is not None:
        stdout.write(f"Home: 3 Swedish pages, {created} translations created.")
