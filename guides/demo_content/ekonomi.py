"""Demo content: the section "Föreningens ekonomi"."""

SECTION = {
    "title": "Föreningens ekonomi",
    "slug": "foreningens-ekonomi",
    "intro": (
        "Här får du hjälp med föreningens pengar: bidrag från staden, bokföring, "
        "bankkonto och revision."
    ),
    "listing_summary": "Bidrag, bokföring, bank och revision för ideella föreningar.",
    "guides": [
        {
            "title": "Söka föreningsbidrag",
            "slug": "soka-foreningsbidrag",
            "intro": (
                "Föreningar kan söka bidrag från Stockholms stad. Här får du veta vem som "
                "ger bidrag, vilka krav staden brukar ställa och vem ni ska kontakta."
            ),
            "listing_summary": (
                "Vilka krav gäller och vem frågar ni? Så söker ni bidrag från staden."
            ),
            "topics": ["foreningsbidrag"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "samarbeta-med-staden",
                "stadgar-for-en-ideell-forening",
                "bankkonto-och-bankgiro",
            ],
            "body": [
                ("heading", {"text": "Vem ger bidrag?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Stockholms stad ger bidrag till föreningar som gör något för "
                    "invånarna. Bidragen kallas föreningsbidrag. Föreningen söker dem "
                    "oftast en gång om året. Bidragen kommer från två håll:</p>"
                    "<ul>"
                    "<li>Stadsdelsnämnderna ger bidrag till föreningar i sitt "
                    "stadsdelsområde.</li>"
                    "<li>Facknämnderna ger bidrag inom sitt område. Idrottsnämnden "
                    "ger till exempel bidrag till idrott och ungdomsverksamhet och "
                    "kulturnämnden till kulturföreningar.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Vanliga krav", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Reglerna skiljer sig åt, men de här kraven är vanliga:</p>"
                    "<ul>"
                    "<li>Föreningen har ett organisationsnummer.</li>"
                    "<li>Föreningen har stadgar.</li>"
                    "<li>Föreningen har en vald styrelse.</li>"
                    "<li>Föreningen har bankgiro eller plusgiro.</li>"
                    "<li>Föreningen uppfyller stadens demokrativillkor. Det betyder att "
                    "föreningen respekterar demokratins principer och allas lika "
                    "rättigheter och inte diskriminerar någon.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Regler och datum skiljer sig åt",
                        "text": (
                            "<p>Varje stadsdelsnämnd och facknämnd har egna regler och egna "
                            "sista dagar för ansökan. Läs alltid reglerna för just det "
                            "bidrag ni vill söka, på "
                            '<a href="https://start.stockholm/">start.stockholm</a> eller '
                            "hos den förvaltning som ger bidraget.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Vem ska ni kontakta?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Varje stadsdelsförvaltning har ett eget föreningsstöd. Dit vänder ni "
                    "er med frågor om bidrag från stadsdelen. Frågor om bidrag till idrott "
                    "och ungdomsverksamhet ställer ni till idrottsförvaltningen. Frågor om "
                    "bidrag till kulturföreningar ställer ni till kulturförvaltningen.</p>"
                    "<p>Vet ni inte vilket bidrag som passar er? Kontakta Stockholms stads "
                    "kontaktcenter, så får ni hjälp att hitta rätt. Här på portalen finns "
                    "också sidan Hitta rätt kontakt, där du väljer stadsdel och fråga.</p>",
                ),
                ("heading", {"text": "Förbered ansökan", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Ha stadgar, protokoll och organisationsnummer redo.</li>"
                    "<li>Beskriv vad ni vill göra, för vilka och hur.</li>"
                    "<li>Visa hur medlemmarna är med och bestämmer, till exempel hur de "
                    "väljer styrelsen.</li>"
                    "<li>Börja i god tid, så att ni hinner fråga om något är oklart.</li>"
                    "<li>Spara en kopia av ansökan och allt ni skickar med.</li>"
                    "</ul>",
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
        {
            "title": "Bokföring och ekonomi i föreningen",
            "slug": "bokforing-och-ekonomi",
            "intro": (
                "Den här guiden är för dig som har hand om pengarna i en förening, till "
                "exempel som kassör. Du får veta när föreningen måste bokföra och hur ni "
                "håller ordning på ekonomin."
            ),
            "listing_summary": (
                "När måste föreningen bokföra, och hur håller ni ordning på pengarna?"
            ),
            "topics": ["ekonomi"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "bankkonto-och-bankgiro",
                "revisorn-och-arsredovisningen",
                "arsmotet-och-styrelsen",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Föreningens pengar tillhör föreningen, inte någon enskild person. "
                    "Därför behöver styrelsen kunna visa var pengarna kommer ifrån och vad "
                    "de används till. Kassören sköter oftast det dagliga arbetet, men hela "
                    "styrelsen har ansvar.</p>",
                ),
                ("heading", {"text": "När måste föreningen bokföra?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>En ideell förening har bokföringsskyldighet om den har tillgångar för "
                    "mer än ungefär 1,5 miljoner kronor. Den har också bokföringsskyldighet "
                    "om den bedriver näringsverksamhet, till exempel ett kafé, "
                    "biljettförsäljning eller lotterier.</p>"
                    "<p>Är ni osäkra på vad som gäller för er? Läs mer hos "
                    '<a href="https://www.skatteverket.se/">Skatteverket</a>.</p>',
                ),
                ("heading", {"text": "Håll ordning även när ni inte måste", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Det är alltid klokt att hålla ordning på ekonomin. Det gör det "
                    "lättare att söka bidrag och att visa medlemmarna hur pengarna "
                    "används.</p>"
                    "<ul>"
                    "<li>Spara kvitton för alla pengar som kommer in och går ut.</li>"
                    "<li>Skriv in varje händelse i en enkel kassabok med datum, belopp och "
                    "vad den gäller.</li>"
                    "<li>Låt pengarna gå via föreningens bankkonto, inte via privata "
                    "konton.</li>"
                    "<li>Jämför kassaboken med kontoutdraget varje månad.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Redovisa för årsmötet", "level": "h2"}),
                (
                    "paragraph",
                    "<p>När räkenskapsåret är slut sammanställer styrelsen årets ekonomi i en "
                    "redovisning till årsmötet. Revisorn granskar räkenskaperna före "
                    "årsmötet. Då kan medlemmarna se hur föreningens pengar har "
                    "använts.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Vanliga frågor",
                        "questions": [
                            {
                                "question": "Måste vi använda ett bokföringsprogram?",
                                "answer": (
                                    "<p>Nej. För många små föreningar räcker en enkel "
                                    "kassabok på papper eller i ett kalkylark. Det viktiga "
                                    "är att varje händelse har ett kvitto och att någon "
                                    "annan kan följa det ni har gjort.</p>"
                                ),
                            },
                            {
                                "question": "Får jag betala med egna pengar och få tillbaka dem?",
                                "answer": (
                                    "<p>Det går, men spara kvittot och skriv vad köpet "
                                    "gällde. Kassören betalar sedan tillbaka från "
                                    "föreningens konto. Gör det till ett undantag.</p>"
                                ),
                            },
                            {
                                "question": "Vem får ta ut pengar från kontot?",
                                "answer": (
                                    "<p>Det bestämmer styrelsen. Skriv beslutet i ett "
                                    "protokoll. Det är bra om två personer godkänner "
                                    "större utbetalningar.</p>"
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
            "title": "Bankkonto och bankgiro för föreningen",
            "slug": "bankkonto-och-bankgiro",
            "intro": (
                "Föreningen behöver ett eget bankkonto, så att föreningens pengar hålls "
                "skilda från medlemmarnas. Här får du veta vad ni behöver för att öppna "
                "konto och bankgiro och hur ni sköter kontot."
            ),
            "listing_summary": (
                "Vad behövs för att öppna bankkonto och bankgiro, och vem får sköta det?"
            ),
            "topics": ["ekonomi"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "starta-en-forening",
                "bokforing-och-ekonomi",
                "soka-foreningsbidrag",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>När föreningen har ett eget bankkonto blir det tydligt vilka pengar "
                    "som är föreningens. Det blir också lättare att bokföra och att visa "
                    "revisorn vad som har hänt under året.</p>",
                ),
                ("heading", {"text": "Det här behöver ni först", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Banken behöver föreningens organisationsnummer. Det får ni från "
                    "Skatteverket. Ansök med blanketten SKV 8400 och skicka med stadgarna "
                    "och protokollet från det konstituerande mötet.</p>"
                    "<p>Fråga banken vilka andra papper den vill se. Olika banker kan ha "
                    "olika rutiner.</p>",
                ),
                ("heading", {"text": "Bankgiro eller plusgiro", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Med bankgiro eller plusgiro kan föreningen enkelt ta emot och göra "
                    "betalningar. Stadens föreningsbidrag kräver ofta att föreningen har "
                    "bankgiro eller plusgiro. Ansök gärna om bankgiro samtidigt som ni "
                    "öppnar kontot.</p>",
                ),
                ("heading", {"text": "Vem får sköta kontot?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Styrelsen bestämmer vem eller vilka som får sköta kontot och skriva "
                    "under för föreningen. Den som får skriva under för föreningen kallas "
                    "firmatecknare. Skriv beslutet i ett protokoll. Banken kan vilja se "
                    "det.</p>"
                    "<p>När styrelsen byts ut behöver ni ofta fatta ett nytt beslut om "
                    "firmatecknare och berätta det för banken.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Bra rutiner",
                        "text": (
                            "<p>Låt gärna två personer godkänna större betalningar. Använd "
                            "aldrig föreningens konto för privata utgifter, inte ens för en "
                            "kort tid.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Vanliga frågor",
                        "questions": [
                            {
                                "question": "Kan vi använda ett privat konto så länge?",
                                "answer": (
                                    "<p>Undvik det. Om föreningens pengar ligger på ett "
                                    "privat konto blir det svårt att visa vad som är "
                                    "föreningens och vad som är privat. Vänta hellre med "
                                    "att ta emot pengar tills föreningen har ett eget "
                                    "konto.</p>"
                                ),
                            },
                            {
                                "question": "Vad händer med kontot när kassören slutar?",
                                "answer": (
                                    "<p>Styrelsen beslutar vem som ska sköta kontot i "
                                    "stället. Skriv beslutet i ett protokoll och berätta "
                                    "det för banken, så att den som slutar inte längre kan "
                                    "använda kontot.</p>"
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
            "title": "Revisorn och årsredovisningen",
            "slug": "revisorn-och-arsredovisningen",
            "intro": (
                "Varje år redovisar styrelsen föreningens ekonomi och arbete för årsmötet. "
                "Här får du veta vad revisorn gör och hur ni förbereder redovisningen."
            ),
            "listing_summary": "Vad gör revisorn, och hur förbereder ni årets redovisning?",
            "topics": ["ekonomi", "foreningsadministration"],
            "audience": "associations",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "arsmotet-och-styrelsen",
                "bokforing-och-ekonomi",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Med årsredovisning menar vi här den redovisning av årets ekonomi som "
                    "styrelsen lämnar till årsmötet. Den visar vad föreningen har fått in "
                    "och betalat ut under året och vad föreningen äger. En förening som har "
                    "bokföringsskyldighet kan ha fler regler att följa. Läs mer hos "
                    '<a href="https://www.skatteverket.se/">Skatteverket</a>.</p>',
                ),
                ("heading", {"text": "Vad gör revisorn?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Revisorn granskar styrelsens arbete och föreningens räkenskaper. "
                    "Revisorn kontrollerar till exempel att det finns kvitton, att pengarna "
                    "har använts för föreningens syfte och att styrelsen har följt "
                    "årsmötets beslut.</p>"
                    "<p>Revisorn väljs oftast av årsmötet. Eftersom revisorn granskar "
                    "styrelsen ska revisorn inte själv sitta i styrelsen. Välj en revisor "
                    "som har tid, är noggrann och vågar ställa frågor.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Så förbereder ni redovisningen",
                        "steps": [
                            {
                                "title": "Stäm av räkenskaperna",
                                "body": (
                                    "<p>Kontrollera att alla kvitton finns och att "
                                    "kassaboken stämmer med kontoutdraget när "
                                    "räkenskapsåret är slut.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Sammanställ årets ekonomi",
                                "body": (
                                    "<p>Kassören sammanställer intäkter, kostnader och vad "
                                    "föreningen äger när året är slut. Styrelsen går "
                                    "igenom sammanställningen.</p>"
                                ),
                                "connector": "and",
                            },
                            {
                                "title": "Skriv en verksamhetsberättelse",
                                "body": (
                                    "<p>Berätta kort vad föreningen har gjort under året. "
                                    "Det kan styrelsen göra samtidigt som ekonomin "
                                    "sammanställs.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Lämna allt till revisorn",
                                "body": (
                                    "<p>Ge revisorn räkenskaperna, kvittona och protokollen "
                                    "i god tid före årsmötet.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Revisorn skriver en revisionsberättelse",
                                "body": (
                                    "<p>I revisionsberättelsen skriver revisorn vad "
                                    "granskningen har visat.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Årsmötet går igenom redovisningen",
                                "body": (
                                    "<p>Årsmötet går igenom redovisningen och "
                                    "revisionsberättelsen. Oftast beslutar årsmötet sedan "
                                    "om ansvarsfrihet för styrelsen, alltså om "
                                    "medlemmarna godkänner hur styrelsen har skött "
                                    "föreningen. Vad som gäller hos er står i "
                                    "stadgarna.</p>"
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
                        "heading": "Bra att veta",
                        "text": (
                            "<p>Har revisorn hittat något som behöver rättas? Ta det på "
                            "allvar och rätta det. Då blir det lättare för nästa styrelse "
                            "att ta över.</p>"
                        ),
                    },
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
    ],
}
