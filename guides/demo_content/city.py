"""Demo content: the section "Så fungerar staden" and the organisation diagram."""

SECTION = {
    "title": "Så fungerar staden",
    "slug": "sa-fungerar-staden",
    "intro": (
        "Här får du veta hur Stockholms stad är organiserad, vem som beslutar om vad "
        "och vart du vänder dig med din fråga."
    ),
    "listing_summary": "Politiker, nämnder och förvaltningar: så hänger staden ihop.",
    "guides": [
        {
            "title": "Så är staden organiserad",
            "slug": "sa-ar-staden-organiserad",
            "intro": (
                "Här får du en överblick över hur Stockholms stad styrs. "
                "Du får veta vem som beslutar om vad och hur politiker och "
                "tjänstepersoner arbetar tillsammans."
            ),
            "listing_summary": (
                "Kommunfullmäktige, kommunstyrelsen och nämnderna: vem som beslutar om vad."
            ),
            "topics": ["organisation"],
            "audience": "everyone",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "stadsdelsnamnden-och-stadsdelsforvaltningen",
                "politiker-och-tjanstepersoner",
                "hitta-ratt-i-staden",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Stockholms stad styrs av politiker som invånarna har valt. "
                    "Politikerna sitter i kommunfullmäktige, i kommunstyrelsen och i "
                    "nämnderna. De bestämmer vad staden ska göra. I stadens förvaltningar "
                    "arbetar tjänstepersoner. De förbereder politikernas beslut och "
                    "genomför dem.</p>",
                ),
                ("heading", {"text": "Kommunfullmäktige beslutar om det stora", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Kommunfullmäktige fattar de viktigaste besluten i Stockholms stad. "
                    "Där sitter 101 ledamöter som har valts i kommunalvalet. "
                    "Kommunfullmäktige beslutar om stadens budget och om de stora frågorna "
                    "för hela staden.</p>"
                    "<p>Kommunfullmäktige sammanträder ungefär var tredje måndag i "
                    "Stadshuset.</p>",
                ),
                ("heading", {"text": "Kommunstyrelsen leder arbetet", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Kommunstyrelsen leder och följer upp stadens arbete. "
                    "Politiker som arbetar heltid för staden kallas borgarråd. "
                    "Finansborgarrådet är ordförande i kommunstyrelsen.</p>"
                    "<p>Kommunstyrelsens kontor heter stadsledningskontoret. Där arbetar "
                    "tjänstepersoner som stöder kommunstyrelsen.</p>",
                ),
                ("heading", {"text": "Facknämnder och stadsdelsnämnder", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Facknämnderna beslutar i frågor som gäller hela staden. Det "
                    "kan till exempel vara skola, idrott, miljö och hälsa, kultur, trafik "
                    "och stadsplanering. Varje facknämnd har en förvaltning. Idrottsnämnden "
                    "har till exempel idrottsförvaltningen.</p>"
                    "<p>Stadsdelsnämnderna ansvarar för service där du bor. Det gäller "
                    "bland annat förskola, äldreomsorg, stöd till personer med "
                    "funktionsnedsättning, socialtjänst, parker, fritid och kultur. Sedan den "
                    "1 juli 2023 finns det 11 stadsdelsområden. Varje stadsdelsnämnd har en "
                    "stadsdelsförvaltning.</p>"
                    "<p>Skillnaden är alltså att en facknämnd ansvarar för en sorts fråga i "
                    "hela staden. En stadsdelsnämnd ansvarar för många frågor i ett "
                    "område.</p>",
                ),
                ("heading", {"text": "Vart vänder du dig?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Gäller din fråga något nära dig, som förskolan eller parken? Vänd dig "
                    "då till stadsdelsförvaltningen där du bor. Gäller frågan hela staden, "
                    "som bidrag till en idrottsförening, vänd dig till den fackförvaltning "
                    "som ansvarar för frågan.</p>"
                    "<p>Vet du inte vart du ska vända dig? Börja med Stockholms stads "
                    "kontaktcenter. Där får du hjälp att hitta rätt. Här på portalen finns "
                    "också sidan Hitta rätt kontakt, där du väljer stadsdel och fråga.</p>",
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": {
                "intro": (
                    "Här kan du läsa om hur Stockholms stad fungerar. Texten är lätt att läsa."
                ),
                "body": [
                    ("heading", {"text": "Politiker bestämmer", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Politiker bestämmer i Stockholms stad. "
                        "Invånarna väljer politikerna i ett val. "
                        "Valet är vart fjärde år.</p>"
                        "<p>Många av politikerna möts i kommunfullmäktige. "
                        "Där finns 101 politiker. "
                        "De bestämmer hur staden ska använda sina pengar. "
                        "De bestämmer också om de viktigaste frågorna.</p>",
                    ),
                    ("heading", {"text": "Kommunstyrelsen", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Kommunstyrelsen är en grupp politiker. "
                        "De leder arbetet i staden. "
                        "De kontrollerar också hur arbetet går.</p>",
                    ),
                    ("heading", {"text": "Nämnder", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En nämnd är en grupp politiker. "
                        "Nämnden ansvarar för ett område.</p>"
                        "<p>Några nämnder ansvarar för hela staden. "
                        "De heter facknämnder. "
                        "En facknämnd ansvarar till exempel för skolorna.</p>"
                        "<p>Andra nämnder ansvarar för en del av staden. "
                        "De heter stadsdelsnämnder. "
                        "Det finns 11 stadsdelsnämnder. "
                        "De ansvarar till exempel för förskolor, parker och äldreomsorg.</p>",
                    ),
                    ("heading", {"text": "Tjänstepersoner", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Tjänstepersoner är anställda i staden. "
                        "De är inte valda. "
                        "De förbereder det som politikerna ska bestämma. "
                        "Sedan gör de det som politikerna har bestämt.</p>",
                    ),
                    ("heading", {"text": "Behöver du hjälp?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Du kan kontakta stadens kontaktcenter. "
                        "Kontaktcenter hjälper dig att hitta rätt.</p>",
                    ),
                ],
            },
        },
        {
            "title": "Stadsdelsnämnden och stadsdelsförvaltningen",
            "slug": "stadsdelsnamnden-och-stadsdelsforvaltningen",
            "intro": (
                "Stadsdelsnämnden ansvarar för mycket av den service du använder i "
                "vardagen. Här får du veta vad nämnden och förvaltningen gör, vilka "
                "stadsdelsområden som finns och hur du kan följa arbetet."
            ),
            "listing_summary": (
                "Vad stadsdelsnämnden gör, vad förvaltningen gör och vilka de 11 "
                "stadsdelsområdena är."
            ),
            "topics": ["organisation", "paverkan"],
            "audience": "everyone",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "sa-ar-staden-organiserad",
                "sa-paverkar-du-i-din-stadsdel",
                "hitta-ratt-i-staden",
            ],
            "body": [
                ("heading", {"text": "Vad gör stadsdelsnämnden?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Stadsdelsnämnden är en politisk nämnd. Den ansvarar för service "
                    "nära invånarna i ett stadsdelsområde. I nämnden sitter politiker som "
                    "beslutar om verksamheten i området. Nämnden ansvarar bland annat "
                    "för:</p>"
                    "<ul><li>förskola</li><li>äldreomsorg</li>"
                    "<li>stöd till personer med funktionsnedsättning</li>"
                    "<li>socialtjänst</li><li>parker</li><li>fritid och kultur.</li></ul>",
                ),
                ("heading", {"text": "Vad gör stadsdelsförvaltningen?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Varje stadsdelsnämnd har en stadsdelsförvaltning. Där arbetar "
                    "tjänstepersoner. De förbereder nämndens beslut och ser till att "
                    "besluten genomförs. Det är förvaltningen du har kontakt med när du "
                    "till exempel har frågor om förskola, äldreomsorg eller parker i ditt "
                    "område.</p>"
                    "<p>Stadsdelsförvaltningen har också en kontakt för föreningsstöd. Dit "
                    "kan föreningar vända sig med frågor om bidrag från stadsdelsnämnden, "
                    "om lokaler och om råd i föreningsarbetet.</p>",
                ),
                ("heading", {"text": "De 11 stadsdelsområdena", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Sedan den 1 juli 2023 är Stockholms stad indelad i 11 "
                    "stadsdelsområden. Varje område har en stadsdelsnämnd och en "
                    "stadsdelsförvaltning:</p>"
                    "<ul><li>Bromma</li><li>Enskede-Årsta-Vantör</li><li>Farsta</li>"
                    "<li>Hägersten-Älvsjö</li><li>Hässelby-Vällingby</li>"
                    "<li>Järva, med Rinkeby-Kista och Spånga-Tensta</li><li>Kungsholmen</li>"
                    "<li>Norra innerstaden, med Norrmalm och Östermalm</li><li>Skarpnäck</li>"
                    "<li>Skärholmen</li><li>Södermalm.</li></ul>"
                    "<p>Känner du till de äldre namnen Rinkeby-Kista och Spånga-Tensta? "
                    "De ingår i dag i Järva. Norrmalm och Östermalm ingår i Norra "
                    "innerstaden.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Vet du inte vilket område du bor i?",
                        "text": (
                            "<p>Fråga Stockholms stads kontaktcenter eller läs på "
                            '<a href="https://start.stockholm/">start.stockholm</a>.</p>'
                        ),
                    },
                ),
                ("heading", {"text": "Följ och påverka nämndens arbete", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Stadsdelsnämndens möten är öppna för allmänheten. Du kan lyssna "
                    "när politikerna diskuterar och beslutar. På mötena finns också en "
                    "allmänhetens frågestund. Där kan du ställa frågor till politikerna.</p>"
                    "<p>Du som är folkbokförd i stadsdelsområdet kan lämna ett "
                    "medborgarförslag till nämnden. Nämnden beslutar sedan om förslaget. "
                    "Du kan också lämna synpunkter på stadsdelens service. Du får vara "
                    "anonym.</p>"
                    "<p>När nämnden har möte och hur frågestunden går till får du veta hos "
                    "din stadsdelsförvaltning.</p>",
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
        {
            "title": "Politiker och tjänstepersoner",
            "slug": "politiker-och-tjanstepersoner",
            "intro": (
                "I staden arbetar både politiker och tjänstepersoner. Här får du veta vem "
                "som gör vad och vem du ska vända dig till med din fråga."
            ),
            "listing_summary": (
                "Skillnaden mellan politiker och tjänstepersoner, och hur du når dem."
            ),
            "topics": ["organisation", "paverkan"],
            "audience": "everyone",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "sa-ar-staden-organiserad",
                "hitta-ratt-i-staden",
                "sa-paverkar-du-i-din-stadsdel",
            ],
            "body": [
                ("heading", {"text": "Politiker är valda", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Politikerna i Stockholms stad är valda. I kommunalvalet väljer de "
                    "röstberättigade vilka som ska sitta i kommunfullmäktige. "
                    "Kommunfullmäktige har 101 ledamöter. Politiker sitter också i "
                    "kommunstyrelsen och i nämnderna. Där beslutar de om vad staden ska "
                    "göra.</p>"
                    "<p>Några politiker arbetar heltid för staden. De kallas borgarråd. "
                    "Finansborgarrådet är ordförande i kommunstyrelsen.</p>"
                    "<p>I nästa kommunalval kan du som är röstberättigad vara med och välja "
                    "politikerna.</p>",
                ),
                ("heading", {"text": "Tjänstepersoner förbereder och genomför", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Tjänstepersonerna arbetar i stadens förvaltningar, till exempel i en "
                    "stadsdelsförvaltning eller i idrottsförvaltningen. De är anställda, "
                    "inte valda. De tar fram underlag inför politikernas beslut. När "
                    "politikerna har beslutat är det tjänstepersonerna som genomför "
                    "besluten.</p>"
                    "<p>Det är oftast en tjänsteperson du möter när du har kontakt med "
                    "staden, till exempel på förskolan, hos kontaktcenter eller när du "
                    "söker bidrag till din förening.</p>",
                ),
                ("heading", {"text": "Vem ska du kontakta?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Tjänstepersoner kan svara på hur något fungerar, hur "
                    "ditt ärende går och vilka regler som gäller.</li>"
                    "<li>Politiker kan du kontakta när du vill att något ska "
                    "förändras, eller när du vill veta hur de ser på en fråga.</li></ul>"
                    "<p>Är du osäker, börja med tjänstepersonerna. De kan berätta vilken "
                    "nämnd som beslutar i frågan.</p>",
                ),
                ("heading", {"text": "Så når du dem", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Tjänstepersoner når du genom den förvaltning som ansvarar för "
                    "frågan. Vet du inte vilken förvaltning det är? Då kan Stockholms stads "
                    "kontaktcenter hjälpa dig.</p>"
                    "<p>Information om stadens politiker finns på "
                    '<a href="https://start.stockholm/">start.stockholm</a>. Du kan skriva '
                    "till dem. Du kan också gå till stadsdelsnämndens öppna möten och ställa "
                    "en fråga på allmänhetens frågestund.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Tips när du skriver",
                        "text": (
                            "<p>Skriv kort och konkret. Berätta vad frågan gäller, var det "
                            "gäller och vad du önskar. Skriver du för en förening, berätta "
                            "vilken förening du representerar.</p>"
                        ),
                    },
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
        {
            "title": "Hitta rätt i staden",
            "slug": "hitta-ratt-i-staden",
            "intro": (
                "Staden har många förvaltningar, och det kan vara svårt att veta vart du "
                "ska vända dig. Här får du hjälp att välja rätt väg in, både som invånare "
                "och som aktiv i en förening."
            ),
            "listing_summary": (
                "Vart du vänder dig: stadsdelsförvaltningen, en fackförvaltning eller "
                "kontaktcenter."
            ),
            "topics": ["organisation"],
            "audience": "everyone",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "sa-ar-staden-organiserad",
                "stadsdelsnamnden-och-stadsdelsforvaltningen",
                "politiker-och-tjanstepersoner",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>De flesta frågor till staden hör hemma på något av tre ställen:</p>"
                    "<ul><li>Stadsdelsförvaltningen där du bor, för service nära "
                    "dig.</li>"
                    "<li>En fackförvaltning, för frågor som gäller hela staden.</li>"
                    "<li>Stockholms stads kontaktcenter, när du inte vet var du ska "
                    "börja.</li></ul>",
                ),
                ("heading", {"text": "Stadsdelsförvaltningen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vänd dig till stadsdelsförvaltningen med frågor om förskola, "
                    "äldreomsorg, stöd till personer med funktionsnedsättning, "
                    "socialtjänst, parker, fritid och kultur i ditt område.</p>"
                    "<p>Är du aktiv i en förening? Då kan du vända dig till "
                    "stadsdelsförvaltningens föreningsstöd. Där kan du fråga om bidrag från "
                    "stadsdelsnämnden, om lokaler och om råd i föreningsarbetet.</p>"
                    "<p>Vet du inte vilket stadsdelsområde du bor i? Fråga kontaktcenter.</p>",
                ),
                ("heading", {"text": "Fackförvaltningarna", "level": "h2"}),
                (
                    "table",
                    {
                        "caption": "Exempel på frågor och vart du vänder dig",
                        "header": ["Din fråga", "Vänd dig till"],
                        "rows": [
                            [
                                "Förskola, äldreomsorg, socialtjänst eller parker där du bor",
                                "Stadsdelsförvaltningen",
                            ],
                            [
                                "Bidrag, lokaler och råd för en förening i stadsdelen",
                                "Stadsdelsförvaltningens föreningsstöd",
                            ],
                            [
                                "Bidrag till idrotts- och ungdomsföreningar, boka idrottshall",
                                "Idrottsförvaltningen",
                            ],
                            ["Bidrag och lokaler för kulturföreningar", "Kulturförvaltningen"],
                            ["Frågor om skolan", "Utbildningsförvaltningen"],
                            ["Arbetsmarknad och integration", "Arbetsmarknadsförvaltningen"],
                            ["Socialtjänst som gäller hela staden", "Socialförvaltningen"],
                            ["Du vet inte var du ska börja", "Kontaktcenter"],
                        ],
                    },
                ),
                ("heading", {"text": "Kontaktcenter och Hitta rätt kontakt", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Stockholms stads kontaktcenter är stadens första kontakt för alla "
                    "frågor. Du kan vända dig dit både som invånare och som förening. Där får "
                    "du hjälp att hitta rätt förvaltning för din fråga.</p>"
                    "<p>Här på portalen finns också sidan Hitta rätt kontakt. Där väljer du "
                    "din stadsdel och vad din fråga handlar om, till exempel föreningsbidrag "
                    "eller lokaler. Sedan får du veta vem i staden du ska kontakta.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Bra att veta",
                        "text": (
                            "<p>Det gör inget om du hamnar fel. Berätta vad du behöver hjälp "
                            "med, så kan du få hjälp att komma vidare till rätt ställe.</p>"
                        ),
                    },
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
    ],
}

ORGANISATION = {
    "title": "Stadens organisation i en bild",
    "slug": "stadens-organisation",
    "intro": (
        "Här ser du hur Stockholms stad är organiserad, från kommunfullmäktige till "
        "stadsdelsnämnderna. Under varje del står kort vad den gör och vem du kan "
        "kontakta."
    ),
    "chart": {
        "name": "Kommunfullmäktige",
        "summary": "Stadens 101 valda ledamöter, som beslutar om budgeten och de stora frågorna.",
        "page": "sa-ar-staden-organiserad",
        "contact": None,
        "groups": [
            {
                "name": "Kommunstyrelsen",
                "summary": (
                    "Leder och följer upp stadens arbete. Finansborgarrådet är ordförande."
                ),
                "page": "politiker-och-tjanstepersoner",
                "contact": "stadsledningskontoret",
                "units": [
                    {
                        "name": "Stadsledningskontoret",
                        "summary": "Kommunstyrelsens kontor.",
                        "page": None,
                        "contact": "stadsledningskontoret",
                    },
                ],
            },
            {
                "name": "Facknämnderna",
                "summary": (
                    "Beslutar i frågor som gäller hela staden, till exempel skola, idrott, "
                    "kultur, miljö och trafik. Varje facknämnd har en förvaltning."
                ),
                "page": "hitta-ratt-i-staden",
                "contact": "kontaktcenter",
                "units": [
                    {
                        "name": "Idrottsnämnden",
                        "summary": (
                            "Idrott i hela staden, bland annat bidrag till idrotts- och "
                            "ungdomsföreningar och bokning av idrottshallar."
                        ),
                        "page": None,
                        "contact": "idrottsforvaltningen",
                    },
                    {
                        "name": "Kulturnämnden",
                        "summary": (
                            "Kultur i hela staden, bland annat bidrag och lokaler för "
                            "kulturföreningar."
                        ),
                        "page": None,
                        "contact": "kulturforvaltningen",
                    },
                    {
                        "name": "Utbildningsnämnden",
                        "summary": "Skolan i Stockholms stad.",
                        "page": None,
                        "contact": "utbildningsforvaltningen",
                    },
                    {
                        "name": "Arbetsmarknadsnämnden",
                        "summary": "Arbetsmarknad och integration i hela staden.",
                        "page": None,
                        "contact": "arbetsmarknadsforvaltningen",
                    },
                    {
                        "name": "Socialnämnden",
                        "summary": "Socialtjänst som gäller hela staden.",
                        "page": None,
                        "contact": "socialforvaltningen",
                    },
                ],
            },
            {
                "name": "Stadsdelsnämnderna",
                "summary": (
                    "Ansvarar för service nära dig, till exempel förskola, äldreomsorg, "
                    "socialtjänst, parker, fritid och kultur. Det finns 11 stadsdelsnämnder."
                ),
                "page": "stadsdelsnamnden-och-stadsdelsforvaltningen",
                "contact": "kontaktcenter",
                "units": [
                    {
                        "name": "Bromma stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Bromma.",
                        "page": None,
                        "contact": "sdf-bromma",
                    },
                    {
                        "name": "Enskede-Årsta-Vantörs stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Enskede-Årsta-Vantör.",
                        "page": None,
                        "contact": "sdf-enskede-arsta-vantor",
                    },
                    {
                        "name": "Farsta stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Farsta.",
                        "page": None,
                        "contact": "sdf-farsta",
                    },
                    {
                        "name": "Hägersten-Älvsjö stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Hägersten-Älvsjö.",
                        "page": None,
                        "contact": "sdf-hagersten-alvsjo",
                    },
                    {
                        "name": "Hässelby-Vällingby stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Hässelby-Vällingby.",
                        "page": None,
                        "contact": "sdf-hasselby-vallingby",
                    },
                    {
                        "name": "Järva stadsdelsnämnd",
                        "summary": "Rinkeby-Kista och Spånga-Tensta.",
                        "page": None,
                        "contact": "sdf-jarva",
                    },
                    {
                        "name": "Kungsholmens stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Kungsholmen.",
                        "page": None,
                        "contact": "sdf-kungsholmen",
                    },
                    {
                        "name": "Norra innerstadens stadsdelsnämnd",
                        "summary": "Norrmalm och Östermalm.",
                        "page": None,
                        "contact": "sdf-norra-innerstaden",
                    },
                    {
                        "name": "Skarpnäcks stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Skarpnäck.",
                        "page": None,
                        "contact": "sdf-skarpnack",
                    },
                    {
                        "name": "Skärholmens stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Skärholmen.",
                        "page": None,
                        "contact": "sdf-skarholmen",
                    },
                    {
                        "name": "Södermalms stadsdelsnämnd",
                        "summary": "Stadsdelsområdet Södermalm.",
                        "page": None,
                        "contact": "sdf-sodermalm",
                    },
                ],
            },
        ],
    },
}
