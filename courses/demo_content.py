"""Demo content for the courses section: the index page and three programmes.

The content builds on the City of Stockholm report on a development programme for people
with broad networks in areas marked by exclusion (Labour Market Committee, 2014/15):

1. A one-year development programme for local leaders (six modules), inspired by Coro
   New York and by the needs that associations in Stockholm described.
2. A short course on how the city works (four workshops), inspired by New York's
   Neighbourhood Leadership Institute. Graduates get a certificate and act as volunteer
   informants in their networks.
3. A certified course on cross-sector collaboration (two terms, one module per term).

All dates are days relative to today, so the demo always shows open and closed
applications, held sessions and coming sessions. Material "lines" are printed into small
PDF files and must only use Latin-1 characters. Links point only to stable public pages.
"""

INDEX = {
    "slug": "utbildningar",
    "title": "Utbildningar och program",
    "intro": (
        "Här hittar du stadens utbildningar för dig som är engagerad där du bor. Du lär dig "
        "hur staden fungerar, hur du kan påverka och hur du driver en förening eller ett "
        "projekt. Läs om vem som kan söka och när ansökan är öppen."
    ),
}

# Venues used by the sessions. Real public places; street numbers only where they are
# the venue's well-known address.
STADSHUSET = ("Stockholms stadshus", "Hantverkargatan 1, Kungsholmen")
STADSBIBLIOTEKET = ("Stockholms stadsbibliotek", "Sveavägen 73, Vasastan")
KULTURHUSET = ("Kulturhuset Stadsteatern", "Sergels torg, Norrmalm")
MEDBORGARHUSET = ("Medborgarhuset", "Medborgarplatsen, Södermalm")
RINKEBY = ("Rinkeby bibliotek, Rinkeby Folkets hus", "Rinkebytorget, Rinkeby")
TENSTA = ("Tensta bibliotek", "Tensta centrum, Tensta")
KISTA = ("Kista bibliotek", "Kista Galleria, Kista")
SKARHOLMEN = ("Skärholmens bibliotek", "Skärholmens centrum, Skärholmen")
FARSTA = ("Farsta bibliotek", "Farsta centrum, Farsta")
HOGDALEN = ("Högdalens bibliotek", "Högdalens centrum, Högdalen")
VALLINGBY = ("Vällingby bibliotek", "Vällingby centrum, Vällingby")
HAGERSTENSASEN = ("Hägerstensåsens medborgarhus", "Hägerstensåsen, Hägersten")
KTH_BIBLIOTEKET = ("KTH Biblioteket", "KTH Campus, Östermalm")


def _session(title, days, venue, prepare="", start="09:30", minutes=360):
    """One session dict; course days default to 09:30 and six hours."""
    place, address = venue
    return {
        "title": title,
        "days_from_today": days,
        "start": start,
        "minutes": minutes,
        "place": place,
        "address": address,
        "prepare": prepare,
    }


def _evening(title, days, venue, prepare=""):
    """One evening workshop session for the short course."""
    return _session(title, days, venue, prepare, start="18:00", minutes=150)


# Shared links (root pages of stable public websites only).
LINK_START = {
    "title": "Stockholms stads webbplats",
    "kind": "link",
    "language": "sv",
    "url": "https://start.stockholm/",
}
LINK_VAL = {
    "title": "Valmyndigheten: om val och rösträtt",
    "kind": "link",
    "language": "sv",
    "url": "https://www.val.se/",
}

# ---------------------------------------------------------------------------------------
# 1. The one-year development programme for local leaders
# ---------------------------------------------------------------------------------------

LEDARPROGRAMMET = {
    "slug": "ledarprogrammet",
    "title": "Ledarprogrammet för lokala ledare",
    "intro": (
        "Ledarprogrammet är för dig som är engagerad i din stadsdel och har ett stort "
        "nätverk. Under ett år lär du dig hur staden fungerar och hur du kan påverka. Du "
        "driver också ett eget projekt med stöd av en handledare och en mentor."
    ),
    "purpose": [
        (
            "Många som gör viktiga insatser i sin stadsdel vet inte alltid vart de ska "
            "vända sig i staden. Programmet ger dig kunskap och kontakter, så att du hittar "
            "rätt och kan göra din röst hörd."
        ),
        (
            "Staden vill stärka demokratin och ge fler människor möjlighet att påverka. När "
            "lokala ledare får bättre verktyg kan de leda fler insatser och nå fler invånare."
        ),
        (
            "Programmet bygger på det som föreningar och eldsjälar, bland annat i Rinkeby, "
            "har sagt att de behöver. Det är också inspirerat av ett ledarprogram i New York, "
            "där varje deltagare driver ett eget projekt och har en mentor."
        ),
    ],
    "audience": [
        (
            "Programmet är för dig som redan gör något för ditt område. Du kanske tränar ett "
            "fotbollslag, leder en läxhjälpsgrupp, är ungdomsledare eller har fått grannar "
            "att gå och rösta. Du kan vara aktiv i en förening eller driva ett eget initiativ."
        ),
        (
            "Du kan söka om du är engagerad i en stadsdel i Stockholm och har ett brett "
            "nätverk där. Du ska kunna vara med ungefär två dagar i månaden under ett år. "
            "Du behöver ingen särskild utbildning."
        ),
        (
            "I ansökan beskriver du kort en idé till ett eget projekt som stärker "
            "integrationen i en stadsdel. Vi använder idén när vi väljer deltagare. Ungefär "
            "20 personer får en plats i varje omgång."
        ),
    ],
    "structure": [
        (
            "Programmet pågår i ungefär ett år. Du träffar gruppen ungefär två dagar i "
            "månaden. Programmet är gratis."
        ),
        (
            "Programmet har sex delar: stadens organisation, hur politiska organisationer "
            "fungerar, vägar till inflytande, kommunikation, föreningens administration och "
            "ekonomi, och till sist ledarskap och ditt eget projekt. Du gör också "
            "studiebesök och uppgifter där du bygger nätverk i staden, näringslivet, "
            "akademin och civilsamhället."
        ),
        (
            "Hela året arbetar du med ditt eget projekt i en stadsdel. Du får en handledare "
            "och en såddpeng, alltså en mindre summa pengar för att komma igång. Projektet "
            "kan kopplas till Open Lab, där staden samarbetar med Stockholms universitet, "
            "Södertörns högskola, Karolinska Institutet och KTH."
        ),
        (
            "Du får en mentor som stöttar dig i tre år, alltså även efter att programmet är "
            "slut. Staden prövar programmet i två omgångar. Vi följer upp och utvärderar "
            "varje omgång."
        ),
    ],
    "length": "Ungefär ett år, två kursdagar i månaden",
    "benefits": [
        "Ungefär två kursdagar i månaden under ett år",
        "En mentor som stöttar dig i tre år",
        "En handledare för ditt eget projekt",
        "En såddpeng för att sätta igång projektet",
        "Studiebesök i staden, bland annat i Stadshuset",
        "Ett nätverk i staden, näringslivet, akademin och civilsamhället",
        "Ett intyg när du har gått hela programmet",
        "Programmet är gratis",
    ],
    "application_opens_days": -10,
    "application_closes_days": 40,
    "rounds": [
        {
            "name": "Omgång 1",
            "starts_days": 60,
            "ends_days": 390,
            "note": "Första omgången av två. Ansökan är öppen nu.",
        },
        {
            "name": "Omgång 2",
            "starts_days": 425,
            "ends_days": 755,
            "note": (
                "Andra omgången av två. Vi öppnar ansökan ungefär två månader innan "
                "omgången börjar."
            ),
        },
    ],
    "modules": [
        # Module 1: the city's organisation.
        {
            "slug": "stadens-organisation",
            "title": "Stadens organisation",
            "intro": (
                "Du får en karta över hur Stockholms stad är organiserad. Du lär dig vem "
                "som gör vad och vart du vänder dig med olika frågor."
            ),
            "goals": [
                "Beskriva vad kommunfullmäktige, kommunstyrelsen och nämnderna gör",
                "Förklara skillnaden mellan en facknämnd och en stadsdelsnämnd",
                "Hitta rätt förvaltning för en fråga som din förening har",
                "Formulera målet med ditt eget projekt",
            ],
            "sessions": [
                _session(
                    "Välkommen till programmet",
                    60,
                    STADSHUSET,
                    "Ta med idén till ditt projekt som du skrev i ansökan.",
                ),
                _session(
                    "Kommunen, nämnderna och förvaltningarna",
                    74,
                    STADSBIBLIOTEKET,
                    "Läs materialet Så är staden organiserad.",
                ),
                _session(
                    "Stadsdelen och servicen nära dig",
                    88,
                    RINKEBY,
                    "Ta reda på vilken stadsdelsnämnd ditt område hör till.",
                ),
            ],
            "study_visits": [
                (
                    "Vi får en visning av Stadshuset och ser rummen där kommunfullmäktige "
                    "och kommunstyrelsen har sina möten."
                ),
                (
                    "Vi besöker en stadsdelsförvaltning. De som arbetar där berättar hur "
                    "de arbetar med förskola, socialtjänst, parker och fritid, och hur "
                    "föreningar kan samarbeta med dem."
                ),
            ],
            "assignments": [
                (
                    "Ta reda på vilken stadsdelsnämnd som ansvarar för området där ditt "
                    "projekt ska vara. Skriv tre frågor som du vill ställa till "
                    "förvaltningen och boka ett kort möte med någon där."
                ),
                (
                    "Rita en karta över ditt nätverk i dag: personer i staden, i föreningar, "
                    "på företag och på universitet eller högskolor. Vi använder kartan "
                    "flera gånger under året."
                ),
            ],
            "materials": [
                {
                    "title": "Så är staden organiserad",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Kommunfullmäktige fattar de viktigaste besluten i staden.",
                        "Fullmäktige har 101 ledamöter och möts i Stadshuset.",
                        "Kommunstyrelsen leder och följer upp stadens arbete.",
                        "Politiker som arbetar heltid i staden kallas borgarråd.",
                        "Facknämnder beslutar om frågor för hela staden.",
                        "Det kan vara skola, idrott, miljö, kultur och trafik.",
                        "Stadsdelsnämnder ansvarar för service nära dig.",
                        "Till exempel förskola, äldreomsorg, socialtjänst, parker.",
                        "Sedan juli 2023 finns det 11 stadsdelsnämnder.",
                    ],
                },
                {
                    "title": "Vem gör vad i staden?",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Vem gör vad i staden?",
                        "Politikerna bestämmer. Förvaltningarna gör jobbet.",
                        "Fullmäktige: stadens högsta beslut",
                        "Kommunstyrelsen: leder och följer upp",
                        "Facknämnder: frågor för hela staden",
                        "Stadsdelsnämnder: service där du bor",
                        "Övning: vart vänder du dig med din fråga?",
                    ],
                },
                dict(LINK_START),
            ],
        },
        # Module 2: how political organisations work.
        {
            "slug": "politiska-organisationer",
            "title": "Så fungerar politiska organisationer",
            "intro": (
                "Du lär dig hur politiska beslut fattas i staden. Du får också veta hur "
                "partier och nämnder arbetar mellan valen."
            ),
            "goals": [
                "Förklara hur ett ärende går från förslag till beslut",
                "Beskriva vad partier, nämnder och förvaltningar gör",
                "Skilja på vad kommunen, regionen och staten ansvarar för",
                "Läsa en dagordning och ett protokoll från en nämnd",
            ],
            "sessions": [
                _session(
                    "Från förslag till beslut",
                    102,
                    KULTURHUSET,
                    "Läs materialet Från förslag till beslut.",
                ),
                _session(
                    "Vi följer ett möte i kommunfullmäktige",
                    116,
                    STADSHUSET,
                    "Läs dagordningen för mötet på stadens webbplats.",
                    start="13:00",
                    minutes=300,
                ),
                _session("Kommun, region och stat", 130, TENSTA),
            ],
            "study_visits": [
                (
                    "Vi är på plats i Stadshuset när kommunfullmäktige har möte. Mötena är "
                    "öppna för alla. Efteråt pratar vi om vad vi såg och hörde."
                ),
                (
                    "Vi träffar politiker från olika partier. De berättar hur de "
                    "arbetar i en nämnd och hur de tar emot förslag från invånare."
                ),
            ],
            "assignments": [
                (
                    "Följ ett ärende i en nämnd som rör ditt område. Läs handlingarna och "
                    "protokollet. Berätta för gruppen vad nämnden beslutade och varför."
                ),
                (
                    "Kontakta en politiker i din stadsdelsnämnd eller en lokal "
                    "partiförening. Fråga hur de arbetar med frågor som rör ditt projekt."
                ),
            ],
            "materials": [
                {
                    "title": "Från förslag till beslut",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Ett ärende börjar ofta med ett förslag.",
                        "Förslaget kan komma från en politiker eller en invånare.",
                        "Förvaltningen tar fram fakta och skriver ett underlag.",
                        "Ibland får föreningar och andra tycka till på en remiss.",
                        "Nämnden eller fullmäktige fattar beslut på ett möte.",
                        "Besluten skrivs in i ett protokoll.",
                        "Protokollet är en allmän handling som alla får läsa.",
                    ],
                },
                {
                    "title": "Kommun, region och stat",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Kommun, region och stat",
                        "Kommunen: förskola, skola, äldreomsorg, socialtjänst",
                        "Regionen: sjukvård och kollektivtrafik",
                        "Staten: lagar, polis, Migrationsverket, Arbetsförmedlingen",
                        "Alla tre har politiker som du väljer i val",
                        "Övning: vem ansvarar för din fråga?",
                    ],
                },
                {
                    "title": "Sveriges riksdag",
                    "kind": "link",
                    "language": "sv",
                    "url": "https://www.riksdagen.se/",
                },
            ],
        },
        # Module 3: paths to influence.
        {
            "slug": "vagar-till-inflytande",
            "title": "Vägar till inflytande",
            "intro": (
                "Det finns många sätt att påverka beslut i staden. Du lär dig vilka de är "
                "och när de passar."
            ),
            "goals": [
                "Räkna upp olika sätt att påverka beslut i staden",
                "Förklara vem som får rösta i kommunvalet",
                "Skriva ett medborgarförslag till en stadsdelsnämnd",
                "Välja rätt väg för en fråga som du driver",
            ],
            "sessions": [
                _session("Rösta, tycka till och lämna förslag", 144, SKARHOLMEN),
                _session(
                    "Medborgarförslag och frågestund",
                    158,
                    KISTA,
                    "Läs materialet Så skriver du ett medborgarförslag.",
                ),
                _session(
                    "Remisser: så svarar en förening",
                    172,
                    FARSTA,
                    "Ta med en fråga som din förening vill påverka.",
                ),
                _session("Vi övar: från fråga till förslag", 186, MEDBORGARHUSET),
            ],
            "study_visits": [
                (
                    "Vi går tillsammans på ett möte i en stadsdelsnämnd. Mötena är öppna "
                    "för alla och har en frågestund där du som invånare får ställa frågor."
                ),
                (
                    "Vi träffar en förening som har svarat på en remiss från staden. De "
                    "berättar hur de gjorde och vad svaret ledde till."
                ),
            ],
            "assignments": [
                (
                    "Skriv ett utkast till ett medborgarförslag som rör ditt projekt. Läs "
                    "varandras förslag i gruppen och ge respons."
                ),
                (
                    "Ta reda på om staden har en remiss ute som rör ditt område. Läs den "
                    "och skriv ett kort svar tillsammans med en annan deltagare."
                ),
            ],
            "materials": [
                {
                    "title": "Så kan du påverka",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Rösta i kommunvalet om du är 18 år.",
                        "Du ska vara folkbokförd i Stockholm.",
                        "Medborgare i EU och Norden får rösta i kommunvalet.",
                        "Andra får rösta efter tre år som folkbokförda i Sverige.",
                        "Lämna synpunkter till staden. Du får vara anonym.",
                        "Gå på stadsdelsnämndens möten. De är öppna för alla.",
                        "Lämna ett medborgarförslag till din stadsdelsnämnd.",
                        "Kontakta politiker och svara på remisser.",
                        "Tio procent av väljarna kan begära en folkomröstning.",
                        "Namnen ska samlas in inom sex månader.",
                    ],
                },
                {
                    "title": "Så skriver du ett medborgarförslag",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Så skriver du ett medborgarförslag",
                        "Du ska vara folkbokförd i stadsdelen.",
                        "Skriv vad du vill att nämnden ska göra.",
                        "Förklara varför det behövs.",
                        "Skriv ditt namn och din adress.",
                        "Skicka förslaget med e-post eller brev.",
                        "Förslaget blir en allmän handling.",
                        "Du kan bli inbjuden att berätta om förslaget.",
                    ],
                },
                dict(LINK_VAL),
            ],
        },
        # Module 4: communication.
        {
            "slug": "kommunikation",
            "title": "Kommunikation som når fram",
            "intro": (
                "Du lär dig att planera din kommunikation i god tid. Du övar på att skriva "
                "och tala så att fler förstår."
            ),
            "goals": [
                "Planera kommunikationen för ett projekt från start till slut",
                "Skriva korta och tydliga texter",
                "Presentera ditt projekt på tre minuter",
                "Välja kanaler som når dem du vill nå",
            ],
            "sessions": [
                _session("Planera din kommunikation i tid", 200, VALLINGBY),
                _session(
                    "Skriv så att fler förstår",
                    214,
                    STADSBIBLIOTEKET,
                    "Ta med en text från din förening, till exempel en inbjudan.",
                ),
                _session(
                    "Berätta om ditt projekt",
                    228,
                    RINKEBY,
                    "Förbered en presentation av ditt projekt på högst tre minuter.",
                ),
            ],
            "study_visits": [
                (
                    "Vi besöker en lokal redaktion, till exempel en lokaltidning eller en "
                    "närradio. Vi får veta hur de väljer vad de ska berätta om."
                ),
            ],
            "assignments": [
                (
                    "Gör en kommunikationsplan för ditt projekt. Vem vill du nå, med vilket "
                    "budskap, i vilken kanal och när?"
                ),
                (
                    "Skriv om en text från din förening så att den blir kortare och lättare "
                    "att läsa. Be någon utanför föreningen att läsa den och ge respons."
                ),
            ],
            "materials": [
                {
                    "title": "Checklista: en tydlig text",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Börja med det viktigaste.",
                        "Skriv korta meningar.",
                        "Skriv du till läsaren.",
                        "Använd vanliga ord och förklara svåra ord.",
                        "Skriv vem som gör vad.",
                        "Dela upp texten med rubriker.",
                        "Skriv tid, plats och hur man anmäler sig.",
                        "Be någon annan läsa texten innan du skickar den.",
                    ],
                },
                {
                    "title": "Kommunikationsplanen steg för steg",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Kommunikationsplanen steg för steg",
                        "1. Vad vill du uppnå?",
                        "2. Vem vill du nå?",
                        "3. Vad ska de veta eller göra?",
                        "4. Var finns de: möten, sociala medier, föreningar?",
                        "5. När ska du säga vad? Börja i god tid.",
                        "6. Hur vet du att det fungerade?",
                    ],
                },
            ],
        },
        # Module 5: association administration and finance.
        {
            "slug": "foreningens-administration-och-ekonomi",
            "title": "Föreningens administration och ekonomi",
            "intro": (
                "Många föreningar vill ha hjälp med pappersarbete och pengar. Här lär du dig "
                "grunderna: stadgar, möten, bokföring och bidrag."
            ),
            "goals": [
                "Förklara vad stadgar, årsmöte och styrelse är",
                "Ansöka om organisationsnummer för en ideell förening",
                "Föra enkel bokföring och göra en budget",
                "Ta reda på vilka bidrag föreningen kan söka från staden",
            ],
            "sessions": [
                _session(
                    "Starta och driva en förening",
                    242,
                    HAGERSTENSASEN,
                    "Ta med din förenings stadgar om ni har några.",
                ),
                _session("Möten, protokoll och årsmöte", 256, HOGDALEN),
                _session(
                    "Bokföring och budget",
                    270,
                    TENSTA,
                    "Ta med en dator eller en mobil om du har.",
                ),
                _session(
                    "Föreningsbidrag och lokaler",
                    284,
                    SKARHOLMEN,
                    "Läs materialet Föreningsbidrag från staden.",
                ),
            ],
            "study_visits": [
                (
                    "Vi besöker en förening som har god ordning på sin administration. "
                    "Ordföranden och kassören visar hur de arbetar."
                ),
                (
                    "Vi träffar personer på en stadsdelsförvaltning som arbetar med "
                    "föreningsbidrag. Vi pratar också om hur föreningar kan hitta lokaler."
                ),
            ],
            "assignments": [
                (
                    "Gå igenom din förenings stadgar, eller skriv ett förslag om ni inte har "
                    "några. Kontrollera att de säger vad föreningen heter, vad den ska göra "
                    "och hur ni fattar beslut."
                ),
                ("Gör en enkel budget för ditt projekt. Visa hur du vill använda såddpengen."),
            ],
            "materials": [
                {
                    "title": "Så startar du en ideell förening",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Ni behöver vara minst tre personer.",
                        "Skriv stadgar: namn, syfte och hur ni fattar beslut.",
                        "Håll ett första möte där ni antar stadgarna.",
                        "Välj en styrelse på mötet.",
                        "Två personer skriver under protokollet.",
                        "Sök organisationsnummer hos Skatteverket.",
                        "Skicka med stadgarna och protokollet.",
                        "Med organisationsnummer kan ni öppna ett bankkonto.",
                    ],
                },
                {
                    "title": "Föreningsbidrag från staden",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Stadsdelsnämnderna ger bidrag till föreningar.",
                        "Ni söker bidraget en gång om året.",
                        "Ofta behöver ni ha ett organisationsnummer.",
                        "Ni behöver stadgar och en vald styrelse.",
                        "Ni behöver ett bankgiro eller plusgiro.",
                        "Föreningen ska följa stadens villkor om demokrati.",
                        "Spara kvitton och för bok över alla pengar.",
                    ],
                },
                {
                    "title": "Skatteverket",
                    "kind": "link",
                    "language": "sv",
                    "url": "https://www.skatteverket.se/",
                },
            ],
        },
        # Module 6: leadership and the participant's own project.
        {
            "slug": "ledarskap-och-eget-projekt",
            "title": "Ledarskap och ditt eget projekt",
            "intro": (
                "Du utvecklar ditt ledarskap och genomför ditt projekt i en stadsdel. Du får "
                "stöd av din handledare, din mentor och gruppen."
            ),
            "goals": [
                "Beskriva din roll som ledare och vad du vill utveckla",
                "Leda en grupp mot ett gemensamt mål",
                "Genomföra och följa upp ett projekt i en stadsdel",
                "Redovisa vad projektet gav och vad du har lärt dig",
            ],
            "sessions": [
                _session("Ditt ledarskap", 298, KISTA),
                _session("Leda en grupp och samarbeta", 312, FARSTA),
                _session(
                    "Projekt och nya idéer tillsammans med akademin",
                    326,
                    KTH_BIBLIOTEKET,
                    "Skriv ner en fråga om ditt projekt som forskare kan hjälpa dig med.",
                ),
                _session(
                    "Projektverkstad med handledare",
                    354,
                    RINKEBY,
                    "Ta med din projektplan.",
                ),
                _session(
                    "Avslutning: vi visar våra projekt",
                    382,
                    STADSHUSET,
                    "Förbered en kort redovisning av ditt projekt. Bjud gärna in din mentor.",
                    start="13:00",
                    minutes=240,
                ),
            ],
            "study_visits": [
                (
                    "Vi besöker Open Lab, där staden samarbetar med Stockholms universitet, "
                    "Södertörns högskola, Karolinska Institutet och KTH. Vi pratar om hur "
                    "ditt projekt kan bidra till lösningar på stadens utmaningar."
                ),
                (
                    "Vi besöker ett företag som samarbetar med föreningar. Vi pratar om hur "
                    "sådana samarbeten börjar och vad båda parter får ut av dem."
                ),
            ],
            "assignments": [
                (
                    "Genomför ditt projekt enligt planen. Träffa din handledare regelbundet "
                    "och skriv korta anteckningar om hur det går."
                ),
                (
                    "Bjud in en person från näringslivet eller akademin till ett samtal om "
                    "ditt projekt. Berätta för gruppen vad ni kom fram till."
                ),
                (
                    "Skriv en kort redovisning av ditt projekt: vad du gjorde, vad det gav "
                    "och vad du tar med dig."
                ),
            ],
            "materials": [
                {
                    "title": "Mall: projektplan",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Projektets namn:",
                        "Stadsdel:",
                        "Vad vill du förändra?",
                        "Vem är projektet till för?",
                        "Vad ska du göra, och när?",
                        "Vem samarbetar du med?",
                        "Hur vill du använda såddpengen?",
                        "Hur vet du att projektet har gjort nytta?",
                    ],
                },
                {
                    "title": "Ledarskap: du och gruppen",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Ledarskap: du och gruppen",
                        "Vad är du bra på som ledare?",
                        "Vad vill du bli bättre på?",
                        "Ett tydligt mål gör det lättare att leda.",
                        "Dela ansvaret. Du behöver inte göra allt själv.",
                        "Lyssna och fråga innan du bestämmer.",
                        "Fira det som går bra.",
                    ],
                },
                {
                    "title": "Working with your mentor",
                    "kind": "document",
                    "language": "en",
                    "lines": [
                        "Your mentor supports you for three years.",
                        "Meet early and agree on how often you will talk.",
                        "Bring one concrete question to every meeting.",
                        "Ask your mentor to open doors to new contacts.",
                        "Share both progress and problems.",
                        "Keep short notes of what you agree on.",
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------------------
# 2. The short course on how the city works
# ---------------------------------------------------------------------------------------

SA_FUNGERAR_STADEN = {
    "slug": "sa-fungerar-staden",
    "title": "Så fungerar staden",
    "intro": (
        "En kort kurs om hur Stockholms stad fungerar och vilken service staden har. Efter "
        "kursen får du ett intyg. Sedan kan du hjälpa andra i ditt nätverk att hitta rätt "
        "i staden."
    ),
    "purpose": [
        (
            "Många invånare vet inte vart de ska vända sig med sina frågor till staden. "
            "Kursen ger dig kunskap som du kan dela med familj, grannar och föreningen."
        ),
        (
            "Efter kursen kan du bli samhällsinformatör. Det betyder att du frivilligt sprider "
            "information från staden i ditt nätverk. Du kan också berätta för staden vad "
            "människor i ditt område undrar över."
        ),
        (
            "Kursen är inspirerad av en kurs i New York. Där blev de som gick kursen en "
            "viktig länk mellan staden och invånarna i alla stadsdelar."
        ),
    ],
    "audience": [
        (
            "Kursen är för dig som vill veta mer om staden och vill hjälpa andra. Du kanske "
            "har varit på ett av stadens forum om rättigheter och skyldigheter, eller så är "
            "du aktiv i en förening."
        ),
        (
            "Du kan söka om du bor i Stockholm eller är engagerad här. Du behöver inga "
            "förkunskaper. Du ska kunna vara med på alla fyra workshoppar."
        ),
        (
            "Vi bjuder också in personer som har ställt frågor och delat med sig av sina "
            "erfarenheter på forumen."
        ),
    ],
    "structure": [
        (
            "Kursen består av fyra workshoppar. Varje workshop är två kvällar. Hela kursen "
            "tar ungefär två månader."
        ),
        (
            "I workshopparna arbetar du i små grupper med verkliga frågor. Var söker man "
            "förskola? Vem ska man kontakta om belysningen i parken är trasig? Hur lämnar "
            "man en synpunkt till staden?"
        ),
        (
            "Kursen slutar med en avslutning där du får ditt intyg. Du får också material "
            "som du kan använda när du berättar för andra."
        ),
    ],
    "length": "Ungefär två månader, en kväll i veckan",
    "benefits": [
        "Fyra workshoppar om hur staden fungerar",
        "Material som du kan dela i ditt nätverk",
        "Ett intyg när du har gått hela kursen",
        "Kontakt med staden i rollen som samhällsinformatör",
        "Ett nätverk med andra som vill hjälpa till där de bor",
    ],
    "application_opens_days": -75,
    "application_closes_days": -25,
    "rounds": [
        {
            "name": "Omgång 1",
            "starts_days": -7,
            "ends_days": 57,
            "note": "Kursen pågår nu. Ansökan är stängd.",
        },
        {
            "name": "Omgång 2",
            "starts_days": 120,
            "ends_days": 184,
            "note": "Vi öppnar ansökan ungefär två månader innan kursen börjar.",
        },
    ],
    "modules": [
        # Workshop 1: who decides.
        {
            "slug": "vem-bestammer",
            "title": "Workshop 1: Vem bestämmer i Stockholm?",
            "intro": (
                "Vi går igenom hur staden styrs och vem som gör vad. Du övar på att hitta "
                "rätt förvaltning för olika frågor."
            ),
            "goals": [
                "Förklara vad kommunfullmäktige och nämnderna gör",
                "Skilja på vad staden, regionen och staten ansvarar för",
                "Hitta din stadsdelsnämnd på stadens webbplats",
            ],
            "sessions": [
                _evening("Staden, regionen och staten", -7, RINKEBY),
                _evening(
                    "Vi övar på att hitta rätt",
                    1,
                    RINKEBY,
                    "Ta med en mobil om du har. Vi övar på stadens webbplats.",
                ),
            ],
            "study_visits": [],
            "assignments": [
                (
                    "Fråga tre personer i ditt nätverk vilken fråga de senast hade till "
                    "staden. Ta med svaren till nästa workshop."
                ),
            ],
            "materials": [
                {
                    "title": "Vem bestämmer vad?",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Vem bestämmer vad?",
                        "Du väljer politikerna i kommunvalet.",
                        "Kommunfullmäktige fattar de stora besluten.",
                        "Nämnderna bestämmer inom sina områden.",
                        "Förvaltningarna gör jobbet och ger service.",
                        "Din stadsdelsnämnd sköter service där du bor.",
                        "Regionen sköter sjukvård och kollektivtrafik.",
                    ],
                },
                {
                    "title": "Who decides in Stockholm?",
                    "kind": "document",
                    "language": "en",
                    "lines": [
                        "You elect the politicians in the municipal election.",
                        "The city council makes the major decisions.",
                        "The council has 101 members and meets in the City Hall.",
                        "Committees decide within their own areas.",
                        "District councils run local services where you live.",
                        "The region runs health care and public transport.",
                    ],
                },
                dict(LINK_START),
            ],
        },
        # Workshop 2: the city's services, rights and responsibilities.
        {
            "slug": "stadens-service",
            "title": "Workshop 2: Stadens service och dina rättigheter",
            "intro": (
                "Du lär dig vilken service staden ger och vad du har rätt till. Du lär dig "
                "också vad staden förväntar sig av dig."
            ),
            "goals": [
                "Beskriva vilken service stadsdelsnämnden ansvarar för",
                "Förklara några rättigheter och skyldigheter som invånare har",
                "Visa någon hur man lämnar en synpunkt till staden",
            ],
            "sessions": [
                _evening(
                    "Service nära dig",
                    8,
                    TENSTA,
                    "Ta med svaren från dina tre samtal efter förra workshoppen.",
                ),
                _evening("Rättigheter och skyldigheter", 15, TENSTA),
            ],
            "study_visits": [],
            "assignments": [
                (
                    "Välj en av frågorna som du samlade in. Ta reda på vart personen ska "
                    "vända sig och berätta det för personen."
                ),
            ],
            "materials": [
                {
                    "title": "Service nära dig",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Stadsdelsnämnden sköter mycket av servicen där du bor.",
                        "Förskola för barn.",
                        "Äldreomsorg och hemtjänst.",
                        "Stöd till personer med funktionsnedsättning.",
                        "Socialtjänst, till exempel stöd till familjer.",
                        "Parker, fritid och kultur.",
                        "Skolan sköts av en nämnd för hela staden.",
                    ],
                },
                {
                    "title": "Rättigheter och skyldigheter",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Rättigheter och skyldigheter",
                        "Du har rätt att lämna synpunkter och klagomål.",
                        "Du har rätt att läsa allmänna handlingar.",
                        "Du ska vara folkbokförd där du bor.",
                        "Barn har skolplikt från förskoleklass.",
                        "Föreningar som får bidrag ska följa villkoren.",
                    ],
                },
            ],
        },
        # Workshop 3: ways to influence.
        {
            "slug": "sa-kan-du-paverka",
            "title": "Workshop 3: Så kan du påverka",
            "intro": (
                "Du lär dig olika sätt att påverka beslut i staden. Du övar på att hjälpa "
                "någon annan att göra sin röst hörd."
            ),
            "goals": [
                "Räkna upp minst tre sätt att påverka i staden",
                "Förklara vem som får rösta i kommunvalet",
                "Hjälpa någon att skriva ett medborgarförslag",
            ],
            "sessions": [
                _evening("Rösta och lämna synpunkter", 22, SKARHOLMEN),
                _evening(
                    "Medborgarförslag och möten i stadsdelsnämnden",
                    29,
                    SKARHOLMEN,
                    "Tänk på en fråga i ditt område som du vill påverka.",
                ),
            ],
            "study_visits": [
                (
                    "Om du vill kan du följa med till ett öppet möte i en stadsdelsnämnd. "
                    "Mötet har en frågestund för invånare."
                ),
            ],
            "assignments": [],
            "materials": [
                {
                    "title": "Fem sätt att påverka",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "1. Rösta i kommunvalet.",
                        "2. Lämna en synpunkt. Du får vara anonym.",
                        "3. Gå på stadsdelsnämndens möten och ställ frågor.",
                        "4. Lämna ett medborgarförslag till stadsdelsnämnden.",
                        "5. Kontakta en politiker.",
                        "Föreningar kan också svara på remisser.",
                    ],
                },
                dict(LINK_VAL),
            ],
        },
        # Workshop 4: the role of a volunteer community informant.
        {
            "slug": "samhallsinformator",
            "title": "Workshop 4: Att vara samhällsinformatör",
            "intro": (
                "Du lär dig hur du delar information i ditt nätverk på ett bra sätt. Kursen "
                "slutar med att du får ditt intyg."
            ),
            "goals": [
                "Dela information från staden så att den blir lätt att förstå",
                "Hänvisa till rätt ställe när du inte själv vet svaret",
                "Förklara vad rollen som samhällsinformatör innebär",
            ],
            "sessions": [
                _evening("Så delar du information", 43, RINKEBY),
                _evening(
                    "Svåra frågor och var gränsen går",
                    50,
                    RINKEBY,
                    "Läs materialet Rollen som samhällsinformatör.",
                ),
                _session(
                    "Avslutning och intyg",
                    57,
                    STADSHUSET,
                    "Bjud gärna in någon från din familj eller förening.",
                    start="17:00",
                    minutes=120,
                ),
            ],
            "study_visits": [],
            "assignments": [
                (
                    "Berätta om något du har lärt dig på kursen för en grupp i ditt nätverk, "
                    "till exempel i din förening. Berätta sedan för oss hur det gick."
                ),
            ],
            "materials": [
                {
                    "title": "Rollen som samhällsinformatör",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Du är frivillig och inte anställd av staden.",
                        "Du delar information som du vet är riktig.",
                        "Du hänvisar till staden när du inte vet svaret.",
                        "Du fattar inga beslut åt staden.",
                        "Du berättar inte vidare om andras privata frågor.",
                        "Du berättar för staden vad människor undrar över.",
                    ],
                },
                {
                    "title": "Så delar du information",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Så delar du information",
                        "Börja med det som är viktigast för lyssnaren.",
                        "Använd enkla ord.",
                        "Ge ett exempel från vardagen.",
                        "Tala om vart man kan vända sig.",
                        "Fråga om något var oklart.",
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------------------
# 3. The certified course on cross-sector collaboration
# ---------------------------------------------------------------------------------------

SAMVERKAN = {
    "slug": "samverkan-mellan-sektorer",
    "title": "Samverkan mellan sektorer",
    "intro": (
        "En kurs för dig som vill samarbeta med civilsamhället, offentlig sektor, "
        "näringslivet och akademin. Kursen pågår i två terminer och är gratis. Den slutar "
        "med ett projekt som hela gruppen gör tillsammans, med staden som labb."
    ),
    "purpose": [
        (
            "Föreningar, staden, företag och högskolor vill ofta samma sak, men de arbetar "
            "på olika sätt. Det kan göra samarbetet svårt. I kursen lär ni er förstå "
            "varandras drivkrafter, arbetssätt och gränser."
        ),
        (
            "Staden är kursens klassrum. Ni arbetar med verkliga utmaningar i Stockholm och "
            "tar fram lösningar tillsammans."
        ),
        (
            "Du kan mycket om din egen sektor, och de andra kan mycket om sina. Ni ger "
            "varandra stöd och respons, och på så sätt lär sig hela gruppen mer."
        ),
    ],
    "audience": [
        (
            "Kursen är för dig som arbetar eller är engagerad i civilsamhället, offentlig "
            "sektor, näringslivet eller akademin. Du vill bli bättre på att samarbeta med "
            "de andra sektorerna."
        ),
        (
            "Gruppen är stor och har lika många deltagare från varje sektor. När du söker "
            "skriver du vilken sektor du kommer från."
        ),
        (
            "Kursen är gratis, så att även du som är ideellt engagerad kan vara med. Du ska "
            "kunna delta i kursdagarna under båda terminerna."
        ),
    ],
    "structure": [
        "Kursen pågår i två terminer. Ni träffas en kursdag ungefär en gång i månaden.",
        (
            "Under första terminen lär ni känna varandras sektorer och stadens utmaningar. "
            "Under andra terminen gör hela gruppen ett gemensamt projekt med staden som labb."
        ),
        (
            "Kursen är certifierad. Du får ett intyg när du har gått hela kursen och varit "
            "med i projektet."
        ),
    ],
    "length": "Två terminer, en kursdag i månaden",
    "benefits": [
        "En kursdag i månaden under två terminer",
        "Kunskap om hur fyra sektorer arbetar",
        "Ett gemensamt projekt med staden som labb",
        "Ett nätverk med deltagare från alla fyra sektorer",
        "Ett intyg från en certifierad kurs",
        "Kursen är gratis",
    ],
    "application_opens_days": -5,
    "application_closes_days": 55,
    "rounds": [
        {
            "name": "Kursomgång 1",
            "starts_days": 75,
            "ends_days": 345,
            "note": (
                "Ansökan är öppen nu. Vi berättar om du har fått en plats innan kursen börjar."
            ),
        },
    ],
    "modules": [
        # Term 1: understanding each other's sectors.
        {
            "slug": "termin-1-forsta-varandras-sektorer",
            "title": "Termin 1: Förstå varandras sektorer",
            "intro": (
                "Ni lär känna hur varje sektor fungerar och vad den kan bidra med. Ni möter "
                "stadens aktuella utmaningar på plats."
            ),
            "goals": [
                "Beskriva vad som driver de fyra sektorerna",
                "Förklara vad som gör samarbeten svåra och hur ni kan lösa det",
                "Ge och ta emot respons från personer i andra sektorer",
                "Välja en utmaning i staden som gruppen vill arbeta med",
            ],
            "sessions": [
                _session("Fyra sektorer, ett mål", 75, STADSHUSET),
                _session(
                    "Civilsamhället och offentlig sektor",
                    105,
                    RINKEBY,
                    "Läs materialet Fyra sektorer: drivkrafter och gränser.",
                ),
                _session("Näringslivet och akademin", 135, KTH_BIBLIOTEKET),
                _session(
                    "Vi väljer en utmaning",
                    165,
                    KULTURHUSET,
                    "Ta med anteckningarna från din intervju.",
                ),
            ],
            "study_visits": [
                (
                    "Ni besöker en förening, en förvaltning i staden, ett företag och ett "
                    "universitet eller en högskola. På varje plats berättar de som arbetar "
                    "där om sina mål och sina gränser."
                ),
            ],
            "assignments": [
                (
                    "Intervjua en person från en annan sektor än din egen. Fråga vad som "
                    "styr personens arbete och vad som gör samarbeten svåra. Berätta för "
                    "gruppen vad du lärde dig."
                ),
                ("Välj tillsammans med din grupp en utmaning i staden. Beskriv den på en sida."),
            ],
            "materials": [
                {
                    "title": "Fyra sektorer: drivkrafter och gränser",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Civilsamhället: drivs av engagemang och av medlemmarna.",
                        "Ofta små resurser och mycket ideell tid.",
                        "Offentlig sektor: styrs av lagar och politiska beslut.",
                        "Måste behandla alla lika och vara öppen.",
                        "Näringslivet: måste gå med vinst för att överleva.",
                        "Kan ofta fatta snabba beslut.",
                        "Akademin: bygger på forskning och kunskap.",
                        "Arbetar ofta i längre tidsperspektiv.",
                    ],
                },
                {
                    "title": "Samverkan: vanliga hinder",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Samverkan: vanliga hinder",
                        "Vi använder olika ord för samma sak.",
                        "Vi har olika tidsplaner.",
                        "Vi vill synas med vårt eget namn.",
                        "Det är oklart vem som bestämmer.",
                        "Lösning: sätt ett gemensamt mål tidigt.",
                        "Lösning: skriv ner vem som gör vad.",
                    ],
                },
                dict(LINK_START),
            ],
        },
        # Term 2: a joint project with the city as a lab.
        {
            "slug": "termin-2-gemensamt-projekt",
            "title": "Termin 2: Ett gemensamt projekt med staden som labb",
            "intro": (
                "Hela gruppen planerar, genomför och utvärderar ett projekt tillsammans. "
                "Staden är ert labb."
            ),
            "goals": [
                "Planera ett projekt med personer från alla fyra sektorer",
                "Fördela roller och ansvar i en blandad grupp",
                "Testa en lösning i liten skala och lära av resultatet",
                "Redovisa projektet för staden och för andra",
            ],
            "sessions": [
                _session("Från utmaning till idé", 225, MEDBORGARHUSET),
                _session(
                    "Planera och fördela ansvar",
                    255,
                    TENSTA,
                    "Läs igenom utkastet till projektplan.",
                ),
                _session("Testa i liten skala", 285, SKARHOLMEN),
                _session("Utvärdera och lär", 315, STADSBIBLIOTEKET),
                _session(
                    "Redovisning och intyg",
                    345,
                    STADSHUSET,
                    "Förbered er del av gruppens redovisning.",
                    start="13:00",
                    minutes=240,
                ),
            ],
            "study_visits": [
                (
                    "Ni besöker platsen där projektet ska testas. Ni pratar med dem som bor "
                    "och arbetar där innan ni bestämmer hur testet ska gå till."
                ),
            ],
            "assignments": [
                (
                    "Skriv en projektplan tillsammans. Den ska visa mål, roller, tidsplan och "
                    "hur ni följer upp."
                ),
                (
                    "Skriv en kort utvärdering. Vad fungerade i samarbetet och vad skulle ni "
                    "göra på ett annat sätt nästa gång?"
                ),
            ],
            "materials": [
                {
                    "title": "Mall: gemensam projektplan",
                    "kind": "document",
                    "language": "sv",
                    "lines": [
                        "Utmaning: vad vill ni lösa?",
                        "Mål: hur ser det ut när ni har lyckats?",
                        "Roller: vem gör vad, från varje sektor?",
                        "Tidsplan: vad händer varje månad?",
                        "Test: vad provar ni, var och med vilka?",
                        "Uppföljning: hur mäter ni resultatet?",
                        "Redovisning: hur berättar ni för staden?",
                    ],
                },
                {
                    "title": "Staden som labb",
                    "kind": "slides",
                    "language": "sv",
                    "lines": [
                        "Staden som labb",
                        "Börja smått.",
                        "Testa på en plats under kort tid.",
                        "Fråga dem som berörs vad de tycker.",
                        "Ändra och testa igen.",
                        "Skriv ner vad ni lärde er.",
                    ],
                },
                {
                    "title": "Giving feedback across sectors",
                    "kind": "document",
                    "language": "en",
                    "lines": [
                        "Start with what works well.",
                        "Be specific: describe what you saw or read.",
                        "Explain how your sector would see it.",
                        "Suggest one thing to change.",
                        "Ask questions before you judge.",
                        "Thank the person for sharing.",
                    ],
                },
            ],
        },
    ],
}

# The library of every course material, under the listing.
LIBRARY = {
    "slug": "kursmaterial",
    "title": "Kursmaterial",
    "intro": "Här finns allt material från programmen och kurserna. Välj program, del, språk "
    "eller typ för att hitta det du söker.",
}

PROGRAMMES = [LEDARPROGRAMMET, SA_FUNGERAR_STADEN, SAMVERKAN]

# How mentoring works in the one-year programme, under that programme.
MENTORS = {
    "slug": "mentorer",
    "title": "Mentorer i ledarprogrammet",
    "intro": (
        "Alla deltagare i ledarprogrammet får en mentor i tre år. Här kan du läsa hur det "
        "går till, vad en mentor gör och hur du anmäler att du vill bli mentor."
    ),
    "how_it_works": [
        (
            "När du börjar i programmet får du en mentor. Mentorn stöttar dig i tre år, "
            "alltså även efter att programmet är slut."
        ),
        (
            "Det första året träffas ni ungefär en gång i månaden. Sedan bestämmer ni "
            "själva hur ofta ni ses. Ni kan träffas, prata i telefon eller ha videomöten."
        ),
        (
            "I början sätter ni tillsammans upp mål för vad du vill utveckla. Staden "
            "matchar mentorer och deltagare och ordnar ett startmöte för er."
        ),
    ],
    "mentor_role": [
        "lyssnar och ställer frågor som hjälper deltagaren att tänka vidare",
        "delar med sig av sina erfarenheter av föreningsliv och av staden",
        "hjälper deltagaren att hitta rätt personer i sitt nätverk",
        "ger råd om deltagarens eget projekt",
        "behöver inte vara expert på allt och gör inte deltagarens arbete",
    ],
    "who_can": [
        (
            "Du kan bli mentor om du har lång erfarenhet av ideellt arbete, känner till hur "
            "staden fungerar och har ett brett nätverk. Du kan arbeta i staden, i en "
            "förening, på ett företag eller på ett universitet."
        ),
        (
            "Du behöver ha tid för ett möte i månaden under det första året. Uppdraget är "
            "ideellt. Som mentor får du en inblick i det lokala arbetet i stadsdelarna och "
            "träffar andra mentorer två gånger om året."
        ),
    ],
}

# Participants' projects, inspired by the report's examples from Rinkeby.
PROJECTS = [
    {
        "slug": "torsdagsfotboll-i-rinkeby",
        "title": "Torsdagsfotboll i Rinkeby",
        "summary": (
            "Varje torsdagskväll spelar barn, unga och vuxna fotboll tillsammans på planen i "
            "Rinkeby. Träningen började bland kompisar och samlar nu många i området."
        ),
        "body": [
            (
                "Fotbollen startade som en träning bland kompisar. Nyheten spreds från person "
                "till person, och nu kommer många varje vecka. Kvällarna gör området tryggare "
                "och fler rör på sig."
            ),
            (
                "I programmet har ledaren lärt sig söka bidrag och skriva en budget. Projektet "
                "har fått bidrag till fler bollar och västar. Nästa steg är bättre belysning "
                "vid planen på kvällarna."
            ),
        ],
        "district": "jarva",
        "theme": "halsa",
        "status": "running",
        "mentor": "Leila Ahmadi",
    },
    {
        "slug": "alla-rostar-i-rinkeby",
        "title": "Alla röstar i Rinkeby",
        "summary": (
            "Unga boende i Rinkeby pratar med grannar om varför det är viktigt att rösta, och "
            "följer den som vill till vallokalen."
        ),
        "body": [
            (
                "Inför valet knackade en grupp unga dörr och pratade med grannar om valet. "
                "Unga kvinnor träffade andra unga kvinnor för att prata om varför deras röst "
                "räknas."
            ),
            (
                "Den som aldrig hade röstat i Sverige kunde få sällskap till vallokalen. "
                "Projektet ordnade också barnpassning, så att föräldrar kunde rösta i lugn "
                "och ro. Valdeltagandet i området ökade."
            ),
        ],
        "district": "jarva",
        "theme": "demokrati",
        "status": "finished",
        "mentor": "",
        "links": [("Valmyndigheten: så röstar du", "https://www.val.se/")],
    },
    {
        "slug": "laxhjalp-under-samma-tak",
        "title": "Läxhjälp under samma tak",
        "summary": (
            "Åtta läxhjälpsgrupper i Rinkeby saknar lokal. Projektet samlar grupperna, "
            "föreningarna och staden för att hitta lokaler som alla kan dela."
        ),
        "body": [
            (
                "Alla läxhjälpsgrupper i området är fulla, men ingen av dem har en egen lokal. "
                "Projektet har samlat grupperna, studieförbund, andra föreningar och "
                "stadsdelsförvaltningen vid samma bord."
            ),
            (
                "Målet är ett schema där grupperna kan använda skolor, bibliotek och "
                "föreningslokaler på kvällar och helger."
            ),
        ],
        "district": "jarva",
        "theme": "utbildning",
        "status": "running",
        "mentor": "Johan Lindqvist",
    },
    {
        "slug": "unga-leder-unga",
        "title": "Unga leder unga",
        "summary": (
            "En ungdomsledare som själv har haft det svårt ordnar träffar där unga möter "
            "förebilder och lär sig leda aktiviteter för yngre."
        ),
        "body": [
            (
                "Ledaren är född och uppvuxen i området och delar med sig av sina egna "
                "erfarenheter. Träffarna är i en ungdomsförenings lokal två kvällar i veckan."
            ),
            (
                "De unga som är med får gå en kurs i ledarskap och leder sedan egna "
                "aktiviteter för yngre barn."
            ),
        ],
        "district": "jarva",
        "theme": "trygghet",
        "status": "running",
        "mentor": "",
    },
    {
        "slug": "foraldranatverket-i-farsta",
        "title": "Föräldranätverket i Farsta",
        "summary": (
            "Föräldrar som är nya i Sverige träffas för att prata om skolan, fritiden och "
            "vart man kan vända sig med frågor."
        ),
        "body": [
            (
                "Träffarna är på biblioteket varannan lördag. Ibland kommer någon från skolan, "
                "fritidsgården eller socialtjänsten och berättar om sitt arbete."
            ),
        ],
        "district": "farsta",
        "theme": "foraldraskap",
        "status": "running",
        "mentor": "Maria Svensson",
    },
    {
        "slug": "trygga-kvallar-i-skarholmen",
        "title": "Trygga kvällar i Skärholmen",
        "summary": (
            "Boende, föreningar och staden går tillsammans kvällsvandringar och föreslår "
            "vad som kan göra centrum tryggare."
        ),
        "body": [
            (
                "Under kvällsvandringarna skriver deltagarna ner platser som känns otrygga, "
                "till exempel mörka gångvägar. Förslagen lämnas till stadsdelsnämnden."
            ),
        ],
        "district": "skarholmen",
        "theme": "trygghet",
        "status": "planned",
        "mentor": "",
    },
    {
        "slug": "jobbcafe-i-tensta",
        "title": "Jobbcafé i Tensta",
        "summary": (
            "Ett café en gång i veckan där unga vuxna får hjälp att skriva CV och möter "
            "företag som söker personal."
        ),
        "body": [
            (
                "Caféet är i en förenings lokal. Frivilliga hjälper till med CV och "
                "ansökningar, och företag från området berättar om sina jobb."
            ),
        ],
        "district": "jarva",
        "theme": "arbete",
        "status": "running",
        "mentor": "Ahmed Yusuf",
    },
]
