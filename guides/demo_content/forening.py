"""Demo content: the section "Driva förening"."""

SECTION = {
    "title": "Driva förening",
    "slug": "driva-forening",
    "intro": (
        "Här får du hjälp att starta och driva en ideell förening: stadgar, möten, "
        "styrelse och samarbete med staden."
    ),
    "listing_summary": "Starta en förening, skriv stadgar och håll årsmöte.",
    "guides": [
        {
            "title": "Starta en förening",
            "slug": "starta-en-forening",
            "intro": (
                "Den här guiden är för dig som vill starta en ideell förening, till exempel "
                "ett fotbollslag, en läxhjälpsgrupp eller en förening för unga. Du får veta "
                "vad ni behöver göra, steg för steg, från första mötet till bankkontot."
            ),
            "listing_summary": (
                "Steg för steg: från stadgar och första möte till organisationsnummer och bankgiro."
            ),
            "topics": ["foreningsadministration"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "stadgar-for-en-ideell-forening",
                "arsmotet-och-styrelsen",
                "bankkonto-och-bankgiro",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>En ideell förening är en grupp människor som arbetar tillsammans för "
                    "ett gemensamt syfte. Föreningen har egna regler, stadgar, och en "
                    "styrelse som medlemmarna väljer. När föreningen har ett "
                    "organisationsnummer kan den öppna ett bankkonto, hyra en lokal och "
                    "söka bidrag.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Så startar ni en förening",
                        "steps": [
                            {
                                "title": "Samla minst tre personer",
                                "body": (
                                    "<p>Ni behöver vara minst tre personer som vill starta "
                                    "föreningen. Prata igenom vad föreningen ska göra och "
                                    "vilka som kan bli medlemmar.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Skriv ett förslag till stadgar",
                                "body": (
                                    "<p>Stadgarna är föreningens regler. De ska bland annat "
                                    "beskriva föreningens namn och syfte, var den har sitt "
                                    "säte och hur den fattar beslut.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Håll ett konstituerande möte och välj en styrelse",
                                "body": (
                                    "<p>Det första mötet kallas konstituerande möte. Där "
                                    "bildar ni föreningen, antar stadgarna och väljer en "
                                    "styrelse.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Skriv protokoll och skriv under det",
                                "body": (
                                    "<p>Skriv ett protokoll från mötet. Mötets ordförande "
                                    "och en justerare skriver under det. Justeraren "
                                    "kontrollerar att protokollet stämmer med det ni "
                                    "beslutade.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Ansök om organisationsnummer",
                                "body": (
                                    "<p>Ansök hos Skatteverket med blanketten SKV 8400. "
                                    "Skicka med stadgarna och protokollet från mötet.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Öppna ett bankkonto",
                                "body": (
                                    "<p>Välj en bank och fråga vilka papper banken behöver "
                                    "från föreningen. Banken behöver "
                                    "organisationsnumret.</p>"
                                ),
                                "connector": "and",
                            },
                            {
                                "title": "Skaffa bankgiro",
                                "body": (
                                    "<p>Ansök om bankgiro samtidigt som ni öppnar kontot. "
                                    "Stadens föreningsbidrag kräver ofta att föreningen har "
                                    "bankgiro eller plusgiro.</p>"
                                ),
                                "connector": "",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Spara era papper",
                        "text": (
                            "<p>Spara stadgarna och alla protokoll. Ni behöver dem när ni "
                            "kontaktar banken, hyr en lokal eller söker bidrag från "
                            "staden.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Få hjälp", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Varje stadsdelsförvaltning har ett föreningsstöd som ger råd till "
                    "föreningar. Vet du inte vart du ska vända dig? Börja med Stockholms "
                    "stads kontaktcenter. Om organisationsnummer kan du läsa mer hos "
                    '<a href="https://www.skatteverket.se/">Skatteverket</a>.</p>',
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": {
                "intro": "Här kan du läsa hur du startar en förening. Texten är lätt att läsa.",
                "body": [
                    ("heading", {"text": "Vad är en förening?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En förening är en grupp människor. "
                        "De gör något tillsammans. "
                        "Det kan till exempel vara fotboll eller läxhjälp.</p>"
                        "<p>En förening har regler. Reglerna heter stadgar. "
                        "En förening har också en styrelse. "
                        "Styrelsen är några personer som leder föreningen.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Så startar ni en förening",
                            "steps": [
                                {
                                    "title": "Var minst tre personer",
                                    "body": "<p>Ni måste vara minst tre personer.</p>",
                                    "connector": "",
                                },
                                {
                                    "title": "Skriv regler",
                                    "body": (
                                        "<p>Skriv föreningens regler. "
                                        "Skriv vad föreningen heter. "
                                        "Skriv vad föreningen ska göra.</p>"
                                    ),
                                    "connector": "",
                                },
                                {
                                    "title": "Ha ett första möte",
                                    "body": (
                                        "<p>Ha ett möte. "
                                        "På mötet startar ni föreningen. "
                                        "Ni bestämmer vilka regler föreningen ska ha. "
                                        "Ni väljer också en styrelse.</p>"
                                    ),
                                    "connector": "",
                                },
                                {
                                    "title": "Skriv ner vad ni bestämde",
                                    "body": (
                                        "<p>Skriv ner vad ni bestämde på mötet. "
                                        "Det heter protokoll. "
                                        "Två personer skriver sina namn på protokollet.</p>"
                                    ),
                                    "connector": "",
                                },
                                {
                                    "title": "Få ett nummer från Skatteverket",
                                    "body": (
                                        "<p>Skatteverket är en myndighet. "
                                        "Skatteverket har hand om skatter. "
                                        "Föreningen behöver ett eget nummer från Skatteverket. "
                                        "Numret heter organisationsnummer. "
                                        "Fyll i ett formulär från Skatteverket. "
                                        "Skicka med reglerna och protokollet.</p>"
                                    ),
                                    "connector": "",
                                },
                                {
                                    "title": "Öppna ett konto på en bank",
                                    "body": (
                                        "<p>Föreningen behöver ett eget konto på en bank. "
                                        "Där har föreningen sina pengar.</p>"
                                    ),
                                    "connector": "and",
                                },
                                {
                                    "title": "Skaffa bankgiro",
                                    "body": (
                                        "<p>Med bankgiro kan föreningen betala och få pengar. "
                                        "Be banken om bankgiro samtidigt.</p>"
                                    ),
                                    "connector": "",
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Vill du ha hjälp?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Staden kan hjälpa föreningar. "
                        "Kontakta Stockholms stads kontaktcenter. "
                        "De hjälper dig att hitta rätt person.</p>",
                    ),
                ],
            },
        },
        {
            "title": "Stadgar för en ideell förening",
            "slug": "stadgar-for-en-ideell-forening",
            "intro": (
                "Stadgarna är föreningens regler. Här får du veta vad stadgarna ska "
                "innehålla och hur ni skriver dem så att alla medlemmar förstår dem."
            ),
            "listing_summary": "Vad ska stå i stadgarna? En lista och svar på vanliga frågor.",
            "topics": ["foreningsadministration"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "starta-en-forening",
                "arsmotet-och-styrelsen",
                "soka-foreningsbidrag",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Stadgarna beskriver hur föreningen fungerar. Ni antar dem på det "
                    "konstituerande mötet, när föreningen bildas. Sedan ska styrelsen och "
                    "medlemmarna följa dem. När ni ansöker om organisationsnummer hos "
                    "Skatteverket skickar ni med stadgarna.</p>",
                ),
                ("heading", {"text": "Det här ska stå i stadgarna", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>föreningens namn</li>"
                    "<li>föreningens syfte, alltså vad föreningen ska arbeta för</li>"
                    "<li>var föreningen har sitt säte, alltså var den hör hemma</li>"
                    "<li>hur föreningen fattar beslut, till exempel på årsmötet och i "
                    "styrelsen</li>"
                    "<li>vem som kan bli medlem och hur man lämnar föreningen</li>"
                    "<li>föreningens räkenskapsår, alltså vilken period ekonomin redovisas "
                    "för</li>"
                    "<li>hur stadgarna kan ändras</li>"
                    "<li>hur föreningen kan upplösas</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Skriv tydligt och enkelt", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Skriv stadgarna så att alla medlemmar förstår dem. Korta meningar gör "
                    "det lättare att följa reglerna. Tänk igenom hur ni gör när medlemmarna "
                    "inte är överens, till exempel hur många röster som behövs för ett "
                    "beslut.</p>"
                    "<p>Ni kan gärna titta på hur andra föreningar har skrivit sina stadgar. "
                    "Anpassa alltid texten så att den stämmer med hur ni vill arbeta.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Vanliga frågor",
                        "questions": [
                            {
                                "question": "Kan vi ändra stadgarna senare?",
                                "answer": (
                                    "<p>Ja. Stadgarna ska själva säga hur de kan ändras, "
                                    "till exempel genom beslut på årsmötet. Följ den regeln. "
                                    "Skriv beslutet i protokollet och spara den nya "
                                    "versionen.</p>"
                                ),
                            },
                            {
                                "question": "Varför är syftet så viktigt?",
                                "answer": (
                                    "<p>Syftet talar om vad föreningen finns till för. "
                                    "Styrelsen ska arbeta för syftet. När ni söker bidrag "
                                    "visar syftet vad föreningen arbetar med.</p>"
                                ),
                            },
                            {
                                "question": "Vad är ett räkenskapsår?",
                                "answer": (
                                    "<p>Räkenskapsåret är den period som föreningens "
                                    "ekonomi redovisas för. Många föreningar följer "
                                    "kalenderåret. Skriv i stadgarna vilket räkenskapsår "
                                    "ni har.</p>"
                                ),
                            },
                            {
                                "question": "Spelar stadgarna roll när vi söker bidrag?",
                                "answer": (
                                    "<p>Ja. När ni söker föreningsbidrag från staden "
                                    "behöver ni ofta visa era stadgar. Staden kräver också "
                                    "att föreningen respekterar demokratins principer. "
                                    "Stadgarna visar hur medlemmarna är med och "
                                    "bestämmer.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
        {
            "title": "Årsmötet och styrelsen",
            "slug": "arsmotet-och-styrelsen",
            "intro": (
                "Årsmötet är föreningens högsta beslutande organ. Här får du veta vad "
                "årsmötet gör och vad ordförande, kassör, sekreterare och revisor ansvarar "
                "för."
            ),
            "listing_summary": "Vem gör vad i föreningen? Årsmötet, styrelsen och revisorn.",
            "topics": ["foreningsadministration"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "stadgar-for-en-ideell-forening",
                "revisorn-och-arsredovisningen",
                "bokforing-och-ekonomi",
            ],
            "body": [
                ("heading", {"text": "Årsmötet bestämmer mest", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Årsmötet är föreningens högsta organ. Där är alla medlemmar med och "
                    "bestämmer. På årsmötet brukar medlemmarna gå igenom det gångna året, "
                    "både verksamheten och ekonomin. De får höra vad revisorn har kommit "
                    "fram till och väljer styrelse och revisor.</p>"
                    "<p>Läs i era stadgar när årsmötet ska hållas och hur medlemmarna ska "
                    "kallas till mötet. Där bör det också stå vem som har rätt att "
                    "rösta.</p>",
                ),
                ("heading", {"text": "Styrelsen leder arbetet", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Mellan årsmötena leder styrelsen föreningen. Styrelsen ska följa "
                    "stadgarna och årsmötets beslut. En styrelse har oftast en ordförande, "
                    "en kassör och en sekreterare. Många föreningar har också fler "
                    "ledamöter.</p>"
                    "<p>Ge nya personer i styrelsen en genomgång av stadgarna, ekonomin och "
                    "det arbete som pågår. Då blir det lättare för dem att ta över.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Vanliga roller i en förening",
                        "header": ["Roll", "Ansvarar för"],
                        "rows": [
                            ["Ordförande", "Leder styrelsens arbete och håller ihop föreningen."],
                            ["Kassör", "Sköter föreningens pengar, kvitton och räkenskaper."],
                            ["Sekreterare", "Skriver protokoll och håller ordning på papperen."],
                            ["Revisor", "Granskar styrelsens arbete och föreningens ekonomi."],
                        ],
                    },
                ),
                ("heading", {"text": "Revisorn granskar", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Revisorns uppgift är att granska hur styrelsen har skött föreningen "
                    "och ekonomin. Därför ska revisorn inte sitta i styrelsen. Revisorn "
                    "behöver få räkenskaper, kvitton och protokoll i god tid före årsmötet. "
                    "Sedan berättar revisorn för årsmötet vad granskningen visade.</p>",
                ),
                ("heading", {"text": "Skriv protokoll", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Skriv protokoll från årsmötet och från styrelsens möten. Ett "
                    "protokoll visar vad ni har beslutat. Skriv datum, vilka som var med och "
                    "vad ni beslutade. Mötets ordförande och en justerare skriver under "
                    "protokollet från årsmötet. Spara protokollen. Ni kan behöva dem när ni "
                    "söker bidrag eller när styrelsen byts ut.</p>",
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
        {
            "title": "Samarbeta med staden",
            "slug": "samarbeta-med-staden",
            "intro": (
                "Föreningar och staden arbetar ofta för samma sak: att människor ska trivas "
                "och hitta rätt. Här får du veta hur er förening kan samarbeta med staden "
                "och vem ni kan kontakta."
            ),
            "listing_summary": "Så kan föreningen samarbeta med staden och hitta rätt kontakt.",
            "topics": ["foreningsadministration", "foreningsbidrag", "lokaler"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Arbetsmarknadsförvaltningen",
            "related": [
                "soka-foreningsbidrag",
                "sa-paverkar-du-i-din-stadsdel",
                "hitta-ratt-i-staden",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Många invånare möter samhället genom en förening: en fotbollstränare, "
                    "en läxhjälpsgrupp eller en fritidsledare. Därför är föreningarna viktiga "
                    "i stadens arbete med integration. När föreningar, volontärer och stadens "
                    "medarbetare samarbetar blir det lättare för människor att hitta "
                    "rätt.</p>",
                ),
                (
                    "heading",
                    {"text": "Börja med föreningsstödet i er stadsdel", "level": "h2"},
                ),
                (
                    "paragraph",
                    "<p>Varje stadsdelsförvaltning har ett föreningsstöd. Där kan ni få råd om "
                    "hur ni driver föreningen, om lokaler och om stadsdelens "
                    "föreningsbidrag. Föreningsstödet kan också hjälpa er att hitta rätt "
                    "person i förvaltningen. Vad föreningsstödet hjälper till med kan "
                    "skilja sig mellan stadsdelarna.</p>",
                ),
                ("heading", {"text": "Andra kontakter i staden", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Idrottsförvaltningen har hand om föreningsbidrag till idrott "
                    "och ungdomsverksamhet och om bokning av idrottshallar.</li>"
                    "<li>Kulturförvaltningen har hand om bidrag till kulturföreningar "
                    "och om lokaler.</li>"
                    "<li>Arbetsmarknadsförvaltningen arbetar med arbetsmarknad och "
                    "integration.</li>"
                    "</ul>"
                    "<p>Vet ni inte vart ni ska vända er? Kontakta Stockholms stads "
                    "kontaktcenter. Här på portalen finns också sidan Hitta rätt kontakt, där "
                    "du väljer stadsdel och fråga.</p>",
                ),
                ("heading", {"text": "Så blir samarbetet bra", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Berätta för staden vad föreningen gör och vilka ni når.</li>"
                    "<li>Utse en kontaktperson i föreningen, så att staden vet vem de ska "
                    "prata med.</li>"
                    "<li>Bjud in stadens medarbetare till era aktiviteter, så att de lär "
                    "känna föreningen.</li>"
                    "<li>Hör av er i god tid om ni planerar något större, till exempel en "
                    "aktivitet som behöver en lokal.</li>"
                    "<li>Svara på remisser. En remiss är när staden ber om synpunkter på ett "
                    "förslag.</li>"
                    "<li>Gå på stadsdelsnämndens möten. De är öppna för alla och har en "
                    "allmänhetens frågestund.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Föreningen bestämmer själv",
                        "text": (
                            "<p>Ett samarbete med staden ändrar inte att föreningen är "
                            "självständig. Det är medlemmarna och styrelsen som bestämmer "
                            "över föreningen.</p>"
                        ),
                    },
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
    ],
}
