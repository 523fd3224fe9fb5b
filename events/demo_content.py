"""Demo content for the forums: the index page, co-hosting associations and 13 forums."""

INDEX = {
    "title": "Forum om rättigheter och skyldigheter",
    "slug": "forum",
    "intro": (
        "Forumen är informationsmöten i din stadsdel. Du får veta vad du har rätt till, "
        "vad staden förväntar sig av dig och var du kan få hjälp. Forumen är gratis och "
        "hålls på flera språk, men du behöver anmäla dig."
    ),
    "listing_summary": "Gratis informationsmöten i din stadsdel, på flera språk.",
}

# Invented local associations that co-host the forums. None of them is a real organisation.
ASSOCIATIONS = [
    {
        "slug": "foraldragruppen-waalid",
        "name": "Föräldragruppen Waalid",
        "district": "jarva",
        "description": (
            "En grupp för somalisktalande föräldrar i Järva. Gruppen träffas varje vecka "
            "och pratar om skola, hälsa och barnens fritid."
        ),
    },
    {
        "slug": "kvinnoforeningen-gemensamma-steg",
        "name": "Kvinnoföreningen Gemensamma steg",
        "district": "jarva",
        "description": (
            "En förening för kvinnor i Tensta och Rinkeby. Föreningen har språkcafé, "
            "promenadgrupper och samtal om samhället."
        ),
    },
    {
        "slug": "jobbcirkeln-kista",
        "name": "Jobbcirkeln Kista",
        "district": "jarva",
        "description": (
            "Frivilliga som hjälper nya invånare att skriva CV och förbereda sig för intervjuer."
        ),
    },
    {
        "slug": "laxhornan-skarholmen",
        "name": "Läxhörnan Skärholmen",
        "district": "skarholmen",
        "description": (
            "Gratis läxhjälp för elever i grundskolan, fyra kvällar i veckan. Föreningen "
            "stöttar också föräldrar i kontakten med skolan."
        ),
    },
    {
        "slug": "if-tallkotten-farsta",
        "name": "IF Tallkotten Farsta",
        "district": "farsta",
        "description": (
            "En idrottsförening för barn och unga med fotboll och friidrott. Ledarna hjälper "
            "också unga att hitta sitt första feriejobb."
        ),
    },
    {
        "slug": "kulturforeningen-mosaikbron",
        "name": "Kulturföreningen Mosaikbron",
        "district": "enskede-arsta-vantor",
        "description": (
            "En kulturförening i Högdalen och Rågsved. Föreningen ordnar musik, teater och "
            "träffar för grannar från olika länder."
        ),
    },
    {
        "slug": "familjecafeet-lyktan",
        "name": "Familjecaféet Lyktan",
        "district": "hasselby-vallingby",
        "description": (
            "En mötesplats för föräldrar och små barn i Vällingby. Här kan föräldrar träffas, "
            "leka med barnen och ställa frågor."
        ),
    },
    {
        "slug": "seniorforeningen-kvallssol",
        "name": "Seniorföreningen Kvällssol",
        "district": "skarpnack",
        "description": (
            "En förening för seniorer i Skarpnäck. Medlemmarna promenerar, fikar och går "
            "på föreläsningar tillsammans."
        ),
    },
    {
        "slug": "familjeforeningen-jasminen",
        "name": "Familjeföreningen Jasminen",
        "district": "skarpnack",
        "description": (
            "En förening för arabisktalande familjer i Bagarmossen och Skarpnäck. "
            "Föreningen ordnar föräldraträffar och aktiviteter för barn."
        ),
    },
    {
        "slug": "foraldranatverket-soder",
        "name": "Föräldranätverket Söder",
        "district": "sodermalm",
        "description": (
            "Ett nätverk för föräldrar på Södermalm som har flyttat till Sverige. "
            "Nätverket delar tips om förskola, skola och fritid."
        ),
    },
    {
        "slug": "grannforeningen-asglantan",
        "name": "Grannföreningen Åsgläntan",
        "district": "hagersten-alvsjo",
        "description": (
            "Grannar i Hägerstensåsen som vill ha ett tryggt och trevligt område. "
            "Föreningen ordnar städdagar och grannträffar."
        ),
    },
    {
        "slug": "sprakcafeforeningen-ordvaxlingen",
        "name": "Språkcaféföreningen Ordväxlingen",
        "district": "norra-innerstaden",
        "description": (
            "Språkcaféer där du övar svenska med andra. Föreningen pratar också om "
            "hur samhället fungerar."
        ),
    },
    {
        "slug": "ungdomsforeningen-rostkraft",
        "name": "Ungdomsföreningen Röstkraft",
        "district": "kungsholmen",
        "description": (
            "En förening för unga som vill lära sig mer om demokrati och val. Föreningen "
            "besöker skolor och fritidsgårdar."
        ),
    },
    {
        "slug": "boendenatverket-brommaplan",
        "name": "Boendenätverket Brommaplan",
        "district": "bromma",
        "description": (
            "Hyresgäster kring Brommaplan som hjälper nya grannar att komma till rätta i "
            "huset och i området."
        ),
    },
]

# Shared accessibility texts, reused below.
ACCESS_FULL = (
    "Entrén har inga trappsteg och det finns hiss. Det finns hörselslinga i lokalen och "
    "en tillgänglig toalett."
)

FORUMS = [
    {
        "slug": "halsa-och-valmaende-i-jarva",
        "title": "Hälsa och välmående i Järva",
        "theme": "halsa",
        "district": "jarva",
        "days_from_today": 9,
        "start": "18:00",
        "minutes": 120,
        "summary": (
            "Vart vänder du dig när du eller ditt barn blir sjuk? Vi pratar om vårdcentralen, "
            "1177 och stöd från socialtjänsten. Forumet är för alla som bor i Järva."
        ),
        "venue_name": "Rinkeby bibliotek, Rinkeby Folkets hus",
        "venue_address": "Rinkebytorget, Spånga",
        "venue_accessibility": (
            "Entrén har inga trappsteg. Biblioteket ligger en trappa upp och det finns hiss, "
            "hörselslinga och en tillgänglig toalett."
        ),
        "directions": (
            "Ta tunnelbanans blå linje mot Hjulsta och gå av i Rinkeby. Folkets hus ligger "
            "vid torget, några minuter från stationen."
        ),
        "languages": ["sv", "so"],
        "interpretation": ["ar", "ti"],
        "associations": ["foraldragruppen-waalid", "kvinnoforeningen-gemensamma-steg"],
        "representatives": ["sdf-jarva", "socialforvaltningen"],
        "agenda": [
            (
                "18:00",
                "Välkommen",
                "Föräldragruppen Waalid och stadsdelsförvaltningen hälsar välkommen.",
            ),
            (
                "18:15",
                "Vart vänder jag mig när jag blir sjuk?",
                "Vårdcentralen, 1177 och akuten. När ska du ringa 112?",
            ),
            (
                "18:50",
                "Din rätt till tolk i vården",
                "Du har rätt till tolk när du träffar vården. Tolken är gratis.",
            ),
            (
                "19:10",
                "Stöd från socialtjänsten",
                "En handläggare från socialtjänsten berättar om stöd till familjer.",
            ),
            ("19:40", "Fika och frågor", ""),
        ],
        "capacity": 60,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en", "ar", "so"],
    },
    {
        "slug": "forskola-och-skola-i-skarholmen",
        "title": "Förskola och skola i Skärholmen",
        "theme": "utbildning",
        "district": "skarholmen",
        "days_from_today": 16,
        "start": "18:00",
        "minutes": 90,
        "summary": (
            "Hur söker du förskola och skola? Vilka rättigheter har du som förälder? Vi går "
            "igenom skolvalet, modersmål och hur du pratar med skolan."
        ),
        "venue_name": "Skärholmens bibliotek",
        "venue_address": "Skärholmens centrum, Skärholmen",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans röda linje mot Norsborg och gå av i Skärholmen. Biblioteket "
            "ligger i centrum, nära stationen."
        ),
        "languages": ["sv", "ar"],
        "interpretation": ["fa", "so"],
        "associations": ["laxhornan-skarholmen"],
        "representatives": ["utbildningsforvaltningen", "sdf-skarholmen"],
        "agenda": [
            ("18:00", "Välkommen", ""),
            (
                "18:10",
                "Så söker du förskola",
                "Barn har rätt till förskola från ett års ålder. Staden ska erbjuda en "
                "plats inom fyra månader efter att du har ansökt.",
            ),
            (
                "18:35",
                "Skolvalet och modersmål",
                "Så väljer du skola och så ansöker du om modersmålsundervisning.",
            ),
            (
                "18:55",
                "Läxhjälp och samtal med skolan",
                "Läxhörnan berättar om gratis läxhjälp. Vi pratar om utvecklingssamtal och "
                "om din rätt till tolk.",
            ),
            ("19:15", "Frågor", ""),
        ],
        "capacity": 25,
        "demo_full": True,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en", "ar", "so"],
    },
    {
        "slug": "trygghet-och-sakerhet-i-tensta",
        "title": "Trygghet och säkerhet i Tensta",
        "theme": "trygghet",
        "district": "jarva",
        "days_from_today": 23,
        "start": "18:30",
        "minutes": 120,
        "summary": (
            "Hur kan vi göra Tensta tryggare tillsammans? Träffa staden och kommunpolisen. "
            "Berätta vad du ser i ditt område och få veta vart du ska vända dig."
        ),
        "venue_name": "Tensta bibliotek",
        "venue_address": "Tensta centrum, Spånga",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans blå linje mot Hjulsta och gå av i Tensta. Biblioteket ligger i "
            "Tensta centrum, nära stationen."
        ),
        "languages": ["sv", "ar", "so"],
        "interpretation": ["ti"],
        "associations": ["kvinnoforeningen-gemensamma-steg", "foraldragruppen-waalid"],
        "representatives": ["sdf-jarva", "trafikkontoret"],
        "agenda": [
            ("18:30", "Välkommen", ""),
            (
                "18:40",
                "Så arbetar staden och polisen tillsammans",
                "En trygghetssamordnare från stadsdelsförvaltningen och kommunpolisen berättar.",
            ),
            (
                "19:10",
                "Belysning, klotter och skräp",
                "Trafikkontoret berättar hur du gör en felanmälan.",
            ),
            (
                "19:40",
                "Samtal i mindre grupper",
                "Vilka platser känns otrygga? Vad kan vi göra tillsammans?",
            ),
            ("20:10", "Sammanfattning och nästa steg", ""),
        ],
        "capacity": 70,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en", "ar", "so"],
    },
    {
        "slug": "arbete-och-sfi-i-farsta",
        "title": "Arbete och SFI i Farsta",
        "theme": "arbete",
        "district": "farsta",
        "days_from_today": 12,
        "start": "17:30",
        "minutes": 90,
        "summary": (
            "Hur lär du dig svenska och hittar ett jobb? Vi berättar om SFI, om Jobbtorg "
            "Stockholm och om feriejobb för unga."
        ),
        "venue_name": "Farsta bibliotek",
        "venue_address": "Farsta centrum, Farsta",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans gröna linje mot Farsta strand och gå av i Farsta centrum. "
            "Biblioteket ligger i centrum, nära stationen."
        ),
        "languages": ["sv", "fi"],
        "interpretation": ["ar", "ti"],
        "associations": ["if-tallkotten-farsta"],
        "representatives": ["arbetsmarknadsforvaltningen", "sdf-farsta"],
        "agenda": [
            ("17:30", "Välkommen", ""),
            (
                "17:40",
                "SFI: svenska för invandrare",
                "SFI är gratis. Vi visar hur du ansöker.",
            ),
            (
                "18:10",
                "Jobbtorg Stockholm",
                "Stöd att hitta jobb, praktik eller utbildning.",
            ),
            (
                "18:35",
                "Feriejobb för unga",
                "IF Tallkotten berättar om ungas första jobb.",
            ),
            ("18:50", "Frågor", ""),
        ],
        "capacity": 50,
        "deadline_days_before": 1,
        "status": "cancelled",
        "status_note": (
            "Forumet är inställt eftersom lokalen inte kan användas den dagen. Vi ger ett "
            "nytt datum här på sidan så snart vi kan."
        ),
        "translations": ["en"],
    },
    {
        "slug": "boende-och-narmiljo-i-hogdalen",
        "title": "Boende och närmiljö i Högdalen",
        "theme": "boende",
        "district": "enskede-arsta-vantor",
        "days_from_today": 30,
        "start": "11:00",
        "minutes": 120,
        "summary": (
            "Vad gäller när du hyr en lägenhet? Vi pratar om dina rättigheter och "
            "skyldigheter som hyresgäst, om störningar, felanmälan och andrahandsuthyrning."
        ),
        "venue_name": "Högdalens bibliotek",
        "venue_address": "Högdalens centrum, Högdalen",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans gröna linje mot Hagsätra och gå av i Högdalen. Biblioteket "
            "ligger i Högdalens centrum, nära stationen."
        ),
        "languages": ["sv", "ar"],
        "interpretation": ["so", "tr"],
        "associations": ["kulturforeningen-mosaikbron"],
        "representatives": ["sdf-enskede-arsta-vantor"],
        "agenda": [
            ("11:00", "Välkommen", ""),
            (
                "11:10",
                "Dina rättigheter som hyresgäst",
                "Ett hem i gott skick, reparationer och vad du gör om hyresvärden inte svarar.",
            ),
            (
                "11:40",
                "Dina skyldigheter som hyresgäst",
                "Betala hyran i tid, var rädd om lägenheten och visa hänsyn till grannarna.",
            ),
            (
                "12:10",
                "Att hyra i andra hand",
                "Varför du behöver hyresvärdens tillstånd.",
            ),
            ("12:35", "Frågor och samtal", ""),
        ],
        "capacity": 40,
        "deadline_days_before": 3,
        "status": "moved",
        "status_note": (
            "Forumet har flyttat till Högdalens bibliotek och till ett nytt datum. Adressen "
            "och tiden på den här sidan är de nya."
        ),
        "translations": ["en"],
    },
    {
        "slug": "foraldraskap-och-familj-i-vallingby",
        "title": "Föräldraskap och familj i Vällingby",
        "theme": "foraldraskap",
        "district": "hasselby-vallingby",
        "days_from_today": 37,
        "start": "18:00",
        "minutes": 90,
        "summary": (
            "Ett forum för föräldrar. Vi pratar om barns rättigheter, om stöd till föräldrar "
            "och om vad socialtjänsten gör och inte gör."
        ),
        "venue_name": "Vällingby bibliotek",
        "venue_address": "Vällingby centrum, Vällingby",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans gröna linje mot Hässelby strand och gå av i Vällingby. "
            "Biblioteket ligger i Vällingby centrum."
        ),
        "languages": ["sv", "fi", "ar"],
        "interpretation": ["fa"],
        "associations": ["familjecafeet-lyktan"],
        "representatives": ["sdf-hasselby-vallingby", "socialforvaltningen"],
        "agenda": [
            ("18:00", "Välkommen", ""),
            (
                "18:10",
                "Barns rättigheter i Sverige",
                "Barnkonventionen är lag i Sverige. Vad betyder det för din familj?",
            ),
            (
                "18:35",
                "Stöd till föräldrar",
                "Föräldragrupper, familjecentral och stöd från socialtjänsten.",
            ),
            (
                "19:00",
                "Frågor till socialtjänsten",
                "En handläggare från socialtjänsten svarar. Du behöver inte säga ditt namn.",
            ),
            ("19:20", "Avslutning", ""),
        ],
        "capacity": 45,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en"],
    },
    {
        "slug": "demokrati-och-val-sa-kan-du-paverka",
        "title": "Demokrati och val: så kan du påverka",
        "theme": "demokrati",
        "district": "kungsholmen",
        "days_from_today": 44,
        "start": "13:00",
        "minutes": 120,
        "summary": (
            "Vem får rösta i Sverige och hur går det till? Vi visar hur du röstar och hur du "
            "kan påverka staden mellan valen. För alla som är nyfikna på demokrati."
        ),
        "venue_name": "Stockholms stadshus",
        "venue_address": "Hantverkargatan 1, 111 52 Stockholm",
        "venue_accessibility": (
            "Det finns en entré utan trappsteg och hiss. Salen har hörselslinga och det finns "
            "en tillgänglig toalett."
        ),
        "directions": (
            "Ta tunnelbanan till T-Centralen eller Rådhuset. Därifrån går du ungefär tio "
            "minuter till Stadshuset."
        ),
        "languages": ["sv", "en"],
        "interpretation": ["ar", "fa", "so", "ti"],
        "associations": ["ungdomsforeningen-rostkraft"],
        "representatives": ["valnamnden", "stadsledningskontoret"],
        "agenda": [
            ("13:00", "Välkommen till Stadshuset", ""),
            (
                "13:10",
                "Vem får rösta?",
                "Rösträtt i valen till riksdagen, regionen och kommunen.",
            ),
            (
                "13:40",
                "Så går det till att rösta",
                "Röstkort, legitimation och förtidsröstning. Vi visar hur en vallokal ser ut.",
            ),
            (
                "14:15",
                "Påverka mellan valen",
                "Allmänhetens frågestund, medborgarförslag och synpunkter till staden.",
            ),
            ("14:40", "Frågor", ""),
        ],
        "capacity": 80,
        "deadline_days_before": 3,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en", "ar", "so"],
    },
    {
        "slug": "halsa-och-valmaende-i-skarpnack",
        "title": "Hälsa och välmående i Skarpnäck",
        "theme": "halsa",
        "district": "skarpnack",
        "days_from_today": 51,
        "start": "17:30",
        "minutes": 90,
        "summary": (
            "Hur mår du? Vi pratar om psykisk hälsa, om rörelse och om var du kan få hjälp. "
            "Forumet passar vuxna i alla åldrar, även seniorer."
        ),
        "venue_name": "Skarpnäcks kulturhus",
        "venue_address": "Skarpnäcks allé, Skarpnäck",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans gröna linje till slutstationen Skarpnäck. Kulturhuset ligger "
            "nära stationen."
        ),
        "languages": ["sv", "fi"],
        "interpretation": ["ar", "ti"],
        "associations": ["seniorforeningen-kvallssol", "familjeforeningen-jasminen"],
        "representatives": ["sdf-skarpnack", "idrottsforvaltningen"],
        "agenda": [
            ("17:30", "Välkommen", ""),
            (
                "17:40",
                "När du mår dåligt",
                "Vårdcentralen, 1177 och stöd från socialtjänsten.",
            ),
            (
                "18:10",
                "Rörelse för alla åldrar",
                "Idrottsförvaltningen berättar om aktiviteter som är gratis eller billiga.",
            ),
            ("18:35", "Fika och frågor", ""),
        ],
        "capacity": 40,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en"],
    },
    {
        "slug": "arbete-och-forsorjning-i-kista",
        "title": "Arbete och försörjning i Kista",
        "theme": "arbete",
        "district": "jarva",
        "days_from_today": 58,
        "start": "18:00",
        "minutes": 90,
        "summary": (
            "Vill du hitta ett jobb eller börja studera? Träffa Jobbtorg Stockholm och "
            "föreningar som hjälper dig att komma vidare."
        ),
        "venue_name": "Kista bibliotek",
        "venue_address": "Kista Galleria, Kista",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans blå linje mot Akalla och gå av i Kista. Biblioteket ligger inne "
            "i Kista Galleria."
        ),
        "languages": ["sv", "so", "ar"],
        "interpretation": ["ti", "fa"],
        "associations": ["jobbcirkeln-kista"],
        "representatives": ["arbetsmarknadsforvaltningen", "sdf-jarva"],
        "agenda": [
            ("18:00", "Välkommen", ""),
            (
                "18:10",
                "SFI och vuxenutbildning",
                "Så ansöker du. Du kan studera på dagen, på kvällen eller på distans.",
            ),
            (
                "18:35",
                "Jobbtorg Stockholm",
                "Hjälp att söka jobb, praktik och kurser.",
            ),
            (
                "19:00",
                "Försörjningsstöd: rättigheter och skyldigheter",
                "Vad du har rätt till och vad staden förväntar sig av dig.",
            ),
            ("19:20", "Frågor", ""),
        ],
        "capacity": 60,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en", "ar", "so"],
    },
    # Past forums: each has an "after" part with a summary, questions and materials.
    {
        "slug": "skolval-och-foraldrars-rattigheter-pa-sodermalm",
        "title": "Skolval och föräldrars rättigheter på Södermalm",
        "theme": "utbildning",
        "district": "sodermalm",
        "days_from_today": -20,
        "start": "18:00",
        "minutes": 90,
        "summary": (
            "Ett forum för föräldrar om skolvalet, om föräldrars rättigheter och om hur du "
            "lämnar synpunkter eller klagar på skolan."
        ),
        "venue_name": "Medborgarhuset",
        "venue_address": "Medborgarplatsen, Stockholm",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans gröna linje till Medborgarplatsen. Medborgarhuset ligger vid "
            "torget, nära stationen."
        ),
        "languages": ["sv", "en"],
        "interpretation": ["ar", "so"],
        "associations": ["foraldranatverket-soder"],
        "representatives": ["utbildningsforvaltningen"],
        "agenda": [
            ("18:00", "Välkommen", ""),
            (
                "18:10",
                "Så går skolvalet till",
                "Inför förskoleklass och årskurs 7 väljer familjerna skola.",
            ),
            (
                "18:40",
                "Föräldrars rättigheter",
                "Information från skolan, tolk vid samtal och modersmålsundervisning.",
            ),
            (
                "19:05",
                "Synpunkter och klagomål",
                "Vart du vänder dig om du inte är nöjd med skolan.",
            ),
            ("19:20", "Frågor", ""),
        ],
        "capacity": 50,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en", "ar", "so"],
        "after": {
            "summary": (
                "<p>Vi pratade om hur skolvalet går till, om modersmålsundervisning och om "
                "hur föräldrar kan lämna synpunkter och klagomål. Många frågor handlade om "
                "vad man gör om barnet inte får den skola familjen har valt.</p>"
                "<p>42 personer kom till forumet. Utbildningsförvaltningen ska göra en kort "
                "film om skolvalet på flera språk. Föräldranätverket Söder och staden "
                "planerar ett nytt forum före nästa skolval.</p>"
            ),
            "questions": [
                (
                    "Vad händer om mitt barn inte får den skola vi valde?",
                    "Ditt barn har alltid rätt till en plats i en kommunal skola. Du kan "
                    "senare ansöka om att byta skola. Fråga utbildningsförvaltningen om du "
                    "vill veta mer om beslutet.",
                ),
                (
                    "Har mitt barn rätt till undervisning i vårt språk?",
                    "Ja, om barnet talar språket hemma varje dag och redan kan en del av "
                    "språket. Ansök hos skolan. Undervisningen är gratis.",
                ),
                (
                    "Hur klagar jag på skolan?",
                    "Prata först med läraren eller rektorn. Om det inte hjälper kan du lämna "
                    "ett klagomål till utbildningsförvaltningen. Du kan också vända dig till "
                    "Skolinspektionen.",
                ),
            ],
            "materials": [
                (
                    "Presentation: Skolvalet steg för steg",
                    "skolvalet-steg-for-steg.pdf",
                    [
                        "Skolvalet steg för steg",
                        "1. Läs om skolorna och gå på öppet hus.",
                        "2. Välj flera skolor i den ordning du vill.",
                        "3. Skicka in ditt val före sista dagen.",
                        "4. Du får ett besked om vilken skola barnet får.",
                    ],
                ),
                (
                    "Faktablad: Modersmål i skolan",
                    "modersmal-i-skolan.pdf",
                    [
                        "Modersmål i skolan",
                        "Barnet ska tala språket hemma varje dag.",
                        "Barnet ska redan kunna en del av språket.",
                        "Du ansöker hos skolan.",
                        "Undervisningen är gratis.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "trygghet-och-sakerhet-i-hagerstensasen",
        "title": "Trygghet och säkerhet i Hägerstensåsen",
        "theme": "trygghet",
        "district": "hagersten-alvsjo",
        "days_from_today": -35,
        "start": "18:30",
        "minutes": 90,
        "summary": (
            "Ett forum för boende i Hägersten och Älvsjö om trygghet i området. Med "
            "stadsdelsförvaltningen, trafikkontoret och kommunpolisen."
        ),
        "venue_name": "Hägerstensåsens medborgarhus",
        "venue_address": "Hägerstensåsen, Hägersten",
        "venue_accessibility": (
            "Det finns en entré utan trappsteg. Salen har hörselslinga och det finns en "
            "tillgänglig toalett."
        ),
        "directions": (
            "Ta tunnelbanans röda linje mot Fruängen och gå av i Hägerstensåsen. "
            "Medborgarhuset ligger nära stationen."
        ),
        "languages": ["sv", "fa"],
        "interpretation": ["ar", "tr"],
        "associations": ["grannforeningen-asglantan"],
        "representatives": ["sdf-hagersten-alvsjo", "trafikkontoret"],
        "agenda": [
            ("18:30", "Välkommen", ""),
            (
                "18:40",
                "Polisen i ditt område",
                "Kommunpolisen berättar hur du anmäler brott och när du ringer 112.",
            ),
            (
                "19:05",
                "Belysning och trygga gångvägar",
                "Trafikkontoret berättar om gatubelysning och felanmälan.",
            ),
            ("19:30", "Samtal och frågor", ""),
        ],
        "capacity": 60,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en"],
        "after": {
            "summary": (
                "<p>Vi pratade om platser där många känner sig otrygga, till exempel "
                "gångvägar utan belysning och området runt tunnelbanan. Kommunpolisen "
                "berättade hur du anmäler brott och när du ska ringa 112 eller 114 14.</p>"
                "<p>35 personer kom. Staden ska ordna en trygghetsvandring tillsammans med "
                "boende. Trafikkontoret ska se över belysningen på de platser som boende "
                "nämnde.</p>"
            ),
            "questions": [
                (
                    "Vad ska jag göra om jag ser ett brott?",
                    "Ring 112 om det är akut. Ring polisen på 114 14 om det inte är akut.",
                ),
                (
                    "Vart anmäler jag en trasig gatlampa?",
                    "Gör en felanmälan till staden. Skriv var lampan står. Trafikkontoret "
                    "ansvarar för belysningen på stadens gator.",
                ),
                (
                    "Vad är en trygghetsvandring?",
                    "Boende, staden och ibland polisen går tillsammans i området. Ni tittar "
                    "på platser som känns otrygga och föreslår vad som kan bli bättre.",
                ),
            ],
            "materials": [
                (
                    "Faktablad: Trygghet i din stadsdel",
                    "trygghet-i-din-stadsdel.pdf",
                    [
                        "Trygghet i din stadsdel",
                        "Akut fara: ring 112.",
                        "Inte akut: ring polisen på 114 14.",
                        "Trasig belysning eller klotter: gör en felanmälan till staden.",
                        "Vill du gå en trygghetsvandring? Kontakta stadsdelsförvaltningen.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "synpunkter-och-klagomal-i-norra-innerstaden",
        "title": "Synpunkter och klagomål: så blir du hörd",
        "theme": "demokrati",
        "district": "norra-innerstaden",
        "days_from_today": -55,
        "start": "17:30",
        "minutes": 90,
        "summary": (
            "Vad kan du göra om du inte är nöjd med staden? Vi går igenom hur du lämnar "
            "synpunkter, klagar och överklagar ett beslut."
        ),
        "venue_name": "Stockholms stadsbibliotek",
        "venue_address": "Sveavägen 73, 113 50 Stockholm",
        "venue_accessibility": (
            "Det finns en entré utan trappsteg och hiss till mötesrummet. Det finns "
            "hörselslinga och en tillgänglig toalett."
        ),
        "directions": (
            "Ta tunnelbanans gröna linje till Odenplan eller Rådmansgatan. Stadsbiblioteket "
            "ligger några minuter från båda stationerna."
        ),
        "languages": ["sv", "en"],
        "interpretation": ["fi", "ar"],
        "associations": ["sprakcafeforeningen-ordvaxlingen"],
        "representatives": ["stadsledningskontoret", "sdf-norra-innerstaden"],
        "agenda": [
            ("17:30", "Välkommen", ""),
            (
                "17:40",
                "Synpunkt, klagomål eller överklagande?",
                "Vad är skillnaden och när använder du vad?",
            ),
            (
                "18:10",
                "Vi övar tillsammans",
                "Skriv ett klagomål i mindre grupper.",
            ),
            ("18:40", "Frågor", ""),
        ],
        "capacity": 40,
        "deadline_days_before": 1,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en"],
        "after": {
            "summary": (
                "<p>Vi pratade om skillnaden mellan en synpunkt, ett klagomål och ett "
                "överklagande. Deltagarna övade på att skriva ett klagomål tillsammans.</p>"
                "<p>28 personer kom. Många tyckte att det är svårt att veta vart man ska "
                "vända sig. Staden ska göra informationen om synpunkter och klagomål enklare "
                "och översätta den till fler språk.</p>"
            ),
            "questions": [
                (
                    "Hur lång tid har jag på mig att överklaga ett beslut?",
                    "Oftast tre veckor från den dag du fick beslutet. I beslutet står det "
                    "hur du gör och hur lång tid du har.",
                ),
                (
                    "Kan det bli problem för mig om jag klagar?",
                    "Nej. Du har rätt att klaga. Det påverkar inte din rätt till stöd eller "
                    "service från staden.",
                ),
                (
                    "Kan jag få hjälp att skriva?",
                    "Ja. Du kan få hjälp av stadens kontaktcenter eller på ett medborgarkontor.",
                ),
            ],
            "materials": [
                (
                    "Presentation: Synpunkter, klagomål och överklagande",
                    "synpunkter-och-klagomal.pdf",
                    [
                        "Synpunkt: du vill säga vad du tycker om staden.",
                        "Klagomål: du är inte nöjd med en tjänst.",
                        "Överklagande: du vill att ett beslut ska ändras.",
                        "Överklaga oftast inom tre veckor.",
                        "I beslutet står det hur du gör.",
                    ],
                ),
                (
                    "Övning: Skriv ett klagomål",
                    "ova-att-skriva-ett-klagomal.pdf",
                    [
                        "Skriv vad som hände.",
                        "Skriv när och var det hände.",
                        "Skriv vad du vill att staden ska göra.",
                        "Skriv hur staden kan nå dig.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "boende-och-narmiljo-i-bromma",
        "title": "Boende och närmiljö i Bromma",
        "theme": "boende",
        "district": "bromma",
        "days_from_today": -80,
        "start": "18:00",
        "minutes": 90,
        "summary": (
            "Ett forum om att bo i hyresrätt och om närmiljön. Vi pratar om hyresgästens "
            "rättigheter och skyldigheter, om grannar och om sopsortering."
        ),
        "venue_name": "Brommaplans bibliotek",
        "venue_address": "Brommaplan, Bromma",
        "venue_accessibility": ACCESS_FULL,
        "directions": (
            "Ta tunnelbanans gröna linje till Brommaplan. Biblioteket ligger nära stationen."
        ),
        "languages": ["sv", "fi"],
        "interpretation": ["fa", "ar"],
        "associations": ["boendenatverket-brommaplan"],
        "representatives": ["sdf-bromma", "foreningsstod-bromma"],
        "agenda": [
            ("18:00", "Välkommen", ""),
            (
                "18:10",
                "Att hyra en lägenhet",
                "Vad du kan kräva av hyresvärden och vad hyresvärden kan kräva av dig.",
            ),
            (
                "18:40",
                "Grannar, störningar och sopor",
                "Så sorterar du soporna och så gör du om någon stör.",
            ),
            ("19:05", "Frågor", ""),
        ],
        "capacity": 35,
        "deadline_days_before": 2,
        "status": "scheduled",
        "status_note": "",
        "translations": ["en"],
        "after": {
            "summary": (
                "<p>Vi pratade om vad du kan kräva av din hyresvärd och vad hyresvärden kan "
                "kräva av dig. Vi pratade också om störningar, om att hyra i andra hand och "
                "om sopsortering i huset.</p>"
                "<p>24 personer kom. Boendenätverket Brommaplan ska starta en träffpunkt för "
                "nya hyresgäster, med stöd från stadsdelsförvaltningens föreningsstöd. "
                "Staden ska bjuda in till ett nytt forum om närmiljön.</p>"
            ),
            "questions": [
                (
                    "Min hyresvärd lagar inte felet i badrummet. Vad gör jag?",
                    "Gör en felanmälan skriftligt och spara en kopia. Om inget händer kan du "
                    "få råd hos Hyresgästföreningen eller vända dig till hyresnämnden.",
                ),
                (
                    "Får jag hyra ut min lägenhet i andra hand?",
                    "Bara om hyresvärden säger ja eller om hyresnämnden ger dig tillstånd. "
                    "Annars kan du förlora ditt kontrakt.",
                ),
                (
                    "Vad gör jag om en granne stör hela tiden?",
                    "Prata med grannen om du kan. Annars kontaktar du hyresvärden. "
                    "Hyresvärden ska se till att ingen stör de andra i huset.",
                ),
            ],
            "materials": [
                (
                    "Faktablad: Rättigheter och skyldigheter som hyresgäst",
                    "rattigheter-och-skyldigheter-som-hyresgast.pdf",
                    [
                        "Du har rätt till en lägenhet i gott skick.",
                        "Du ska betala hyran i tid.",
                        "Du ska vara rädd om lägenheten.",
                        "Du ska visa hänsyn till dina grannar.",
                        "Fråga hyresvärden innan du hyr ut i andra hand.",
                    ],
                ),
            ],
        },
    },
]
