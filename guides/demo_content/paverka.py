"""Demo content: the section "Påverka" and the ways to influence the city."""

SECTION = {
    "title": "Påverka",
    "slug": "paverka",
    "intro": (
        "Här får du veta hur du kan påverka beslut i Stockholms stad, både som invånare "
        "och genom din förening."
    ),
    "listing_summary": ("Rösta, lämna förslag och synpunkter, och ställ frågor till politikerna."),
    "guides": [
        {
            "title": "Så påverkar du i din stadsdel",
            "slug": "sa-paverkar-du-i-din-stadsdel",
            "intro": (
                "Du kan påverka det som händer där du bor, både som invånare och genom en "
                "förening. Här får du en överblick över de vanligaste sätten och var du "
                "kan läsa mer."
            ),
            "listing_summary": (
                "Olika sätt att påverka beslut i din stadsdel, från frågestund till "
                "medborgarförslag."
            ),
            "topics": ["paverkan"],
            "audience": "everyone",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "medborgarforslag",
                "lamna-synpunkter",
                "stadsdelsnamnden-och-stadsdelsforvaltningen",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Stadsdelsnämnden beslutar om mycket av det som finns nära dig, till "
                    "exempel förskola, äldreomsorg, parker, fritid och kultur. I nämnden "
                    "sitter politiker. Det finns flera sätt för dig att påverka deras "
                    "beslut, och du behöver inte vara medlem i ett parti.</p>",
                ),
                ("heading", {"text": "Gå på nämndens möten", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Stadsdelsnämndens möten är öppna för allmänheten. Du kan lyssna när "
                    "politikerna diskuterar och beslutar. På mötet finns också en "
                    "allmänhetens frågestund. Där kan du ställa frågor direkt till "
                    "politikerna.</p>"
                    "<p>Fråga din stadsdelsförvaltning när nästa möte är och hur "
                    "frågestunden går till.</p>",
                ),
                ("heading", {"text": "Lämna ett medborgarförslag", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Har du en idé om hur något i stadsdelen kan bli bättre? Om du är "
                    "folkbokförd i stadsdelsområdet kan du lämna ett medborgarförslag till "
                    "stadsdelsnämnden. Du skickar det med e-post eller brev, med ditt namn "
                    "och din adress.</p>"
                    "<p>Förslaget blir en allmän handling. Du kan bli inbjuden att "
                    "presentera det, och sedan beslutar nämnden om förslaget.</p>",
                ),
                ("heading", {"text": "Lämna synpunkter och kontakta politikerna", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Du kan lämna synpunkter och klagomål på all service i staden. Du får "
                    "vara anonym. Vänd dig till verksamheten direkt eller till Stockholms "
                    "stads kontaktcenter.</p>"
                    "<p>Du kan också skriva direkt till politikerna i stadsdelsnämnden. "
                    "Information om stadens politiker finns på "
                    '<a href="https://start.stockholm/">start.stockholm</a>.</p>',
                ),
                ("heading", {"text": "Påverka genom din förening", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Föreningar kan svara på remisser. Håll utkik efter remisser som rör "
                    "er verksamhet. En remiss är ett förslag som "
                    "skickas ut för att staden ska få synpunkter innan beslutet fattas. Det "
                    "är ett sätt för din förening att berätta vad ni vet om stadsdelen.</p>"
                    "<p>Vissa stadsdelar har också medborgarbudget. Då får invånarna vara "
                    "med och bestämma hur en del av pengarna ska användas. Fråga din "
                    "stadsdelsförvaltning om det finns där du bor.</p>",
                ),
                ("contact", "kontaktcenter"),
                ("forums", "demokrati"),
            ],
            "easy_read": {
                "intro": (
                    "Här kan du läsa om hur du kan påverka i din stadsdel. Texten är lätt att läsa."
                ),
                "body": [
                    ("heading", {"text": "Vad är en stadsdelsnämnd?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Stockholm har 11 stadsdelsnämnder. "
                        "En stadsdelsnämnd är en grupp politiker. "
                        "De bestämmer om saker nära dig. "
                        "Det kan vara förskolor, parker och fritid.</p>",
                    ),
                    ("heading", {"text": "Gå på mötena", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Stadsdelsnämnden har möten. "
                        "Alla får komma och lyssna. "
                        "På mötet kan du ställa frågor till politikerna. "
                        "Det heter allmänhetens frågestund.</p>",
                    ),
                    ("heading", {"text": "Skicka in en idé", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Har du en idé om din stadsdel? "
                        "Då kan du skriva ett medborgarförslag. "
                        "Det är ett förslag från en invånare. "
                        "Du måste vara folkbokförd i stadsdelen. "
                        "Det betyder att du är skriven där. "
                        "Politikerna bestämmer sedan om förslaget.</p>",
                    ),
                    ("heading", {"text": "Säg vad du tycker", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Du kan säga vad du tycker om stadens service. "
                        "Det heter att lämna en synpunkt. "
                        "Du behöver inte säga ditt namn.</p>"
                        "<p>Du kan också skriva till politikerna. "
                        "Berätta vad du vill ändra.</p>",
                    ),
                    ("heading", {"text": "Vill du veta mer?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Kontakta din stadsdelsförvaltning. "
                        "Där arbetar personer som kan svara på dina frågor. "
                        "Du kan också kontakta stadens kontaktcenter.</p>",
                    ),
                ],
            },
        },
        {
            "title": "Medborgarförslag",
            "slug": "medborgarforslag",
            "intro": (
                "Ett medborgarförslag är ett sätt för dig att föra fram en idé till "
                "politikerna i din stadsdelsnämnd. Här får du veta vem som kan lämna ett "
                "förslag och hur du gör."
            ),
            "listing_summary": "Så lämnar du ett förslag till din stadsdelsnämnd.",
            "topics": ["paverkan"],
            "audience": "residents",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "sa-paverkar-du-i-din-stadsdel",
                "stadsdelsnamnden-och-stadsdelsforvaltningen",
            ],
            "body": [
                ("heading", {"text": "Vad är ett medborgarförslag?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Ett medborgarförslag är ett förslag från en invånare till "
                    "stadsdelsnämnden. Förslaget kan till exempel handla om en park, en "
                    "lekplats eller fritid och kultur i stadsdelsområdet. Du behöver inte "
                    "vara politiker eller medlem i ett parti för att lämna ett förslag.</p>"
                    "<p>Du kan lämna ett medborgarförslag till stadsdelsnämnden i det "
                    "område där du är folkbokförd. E-postadress och postadress till din "
                    "stadsdelsnämnd finns på "
                    '<a href="https://start.stockholm/">start.stockholm</a>.</p>',
                ),
                (
                    "steps",
                    {
                        "title": "Så lämnar du ett medborgarförslag",
                        "steps": [
                            {
                                "title": "Beskriv din idé",
                                "body": (
                                    "<p>Skriv vad du föreslår och varför. Skriv kort och "
                                    "tydligt.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Skriv ditt namn och din adress",
                                "body": (
                                    "<p>Förslaget ska innehålla ditt namn och din adress. Skriv "
                                    "den adress där du är folkbokförd.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Skicka förslaget med e-post",
                                "body": (
                                    "<p>Skicka förslaget med e-post till stadsdelsnämnden. Skriv "
                                    "gärna ordet medborgarförslag i ämnesraden.</p>"
                                ),
                                "connector": "or",
                            },
                            {
                                "title": "Skicka förslaget med brev",
                                "body": (
                                    "<p>Skicka förslaget med vanlig post till stadsdelsnämnden.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Berätta om ditt förslag",
                                "body": (
                                    "<p>Du kan bli inbjuden att presentera ditt förslag. Då kan "
                                    "du berätta mer om det för "
                                    "nämnden.</p>"
                                ),
                                "connector": "",
                            },
                            {
                                "title": "Nämnden beslutar",
                                "body": (
                                    "<p>Stadsdelsnämnden tar upp ditt förslag och beslutar om "
                                    "det.</p>"
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
                        "heading": "Ditt förslag blir en allmän handling",
                        "text": (
                            "<p>När du har skickat in förslaget blir det en allmän handling. "
                            "Det betyder att andra kan begära att få läsa det. Skriv därför "
                            "inga privata eller känsliga uppgifter i förslaget.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Tips för ett tydligt förslag", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Ge förslaget en kort rubrik som säger vad det handlar om.</li>"
                    "<li>Skriv om en sak i taget.</li>"
                    "<li>Beskriv var det gäller, till exempel vilken park eller gata.</li>"
                    "<li>Berätta vad som skulle bli bättre för dem som bor i "
                    "stadsdelen.</li></ul>"
                    "<p>Hur lång tid det tar innan nämnden beslutar kan variera. Fråga din "
                    "stadsdelsförvaltning hur det går till i din stadsdel.</p>",
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": {
                "intro": "Här kan du läsa om medborgarförslag. Texten är lätt att läsa.",
                "body": [
                    ("heading", {"text": "Vad är ett medborgarförslag?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ett medborgarförslag är en idé som du skickar till politikerna. "
                        "Du skickar idén till stadsdelsnämnden. "
                        "Stadsdelsnämnden är de politiker som bestämmer i din stadsdel.</p>",
                    ),
                    ("heading", {"text": "Vem kan skicka ett förslag?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Du måste vara folkbokförd i stadsdelen. "
                        "Folkbokförd betyder att du är skriven på en adress där.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Så gör du",
                            "steps": [
                                {
                                    "title": "Skriv din idé",
                                    "body": "<p>Skriv vad du vill ändra. Skriv varför.</p>",
                                    "connector": "",
                                },
                                {
                                    "title": "Skriv ditt namn och din adress",
                                    "body": "<p>Politikerna måste veta vem du är.</p>",
                                    "connector": "",
                                },
                                {
                                    "title": "Skicka förslaget",
                                    "body": (
                                        "<p>Du kan skicka ett mejl. "
                                        "Du kan också skicka ett brev.</p>"
                                    ),
                                    "connector": "",
                                },
                                {
                                    "title": "Politikerna bestämmer",
                                    "body": (
                                        "<p>Politikerna kan be dig berätta om din idé. "
                                        "Sedan bestämmer de om förslaget.</p>"
                                    ),
                                    "connector": "",
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Bra att veta", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Andra kan få läsa ditt förslag. "
                        "Skriv inte saker som är privata.</p>"
                        "<p>Har du frågor? "
                        "Kontakta din stadsdelsförvaltning. "
                        "De kan hjälpa dig.</p>",
                    ),
                ],
            },
        },
        {
            "title": "Rösta i kommunalvalet",
            "slug": "rosta-i-kommunalvalet",
            "intro": (
                "I kommunalvalet väljer du vilka politiker som ska styra Stockholms stad. "
                "Här får du veta vem som får rösta och var du hittar information om "
                "valet."
            ),
            "listing_summary": "Vem som får rösta i kommunalvalet och var du hittar information.",
            "topics": ["val", "paverkan"],
            "audience": "residents",
            "districts": [],
            "content_owner": "Valnämnden",
            "related": [
                "sa-ar-staden-organiserad",
                "politiker-och-tjanstepersoner",
                "sa-paverkar-du-i-din-stadsdel",
            ],
            "body": [
                ("heading", {"text": "Vad väljer du?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>I kommunalvalet väljer du ledamöterna i kommunfullmäktige. "
                    "Kommunfullmäktige har 101 ledamöter. De beslutar om stadens budget och "
                    "om de stora frågorna för hela staden. Val hålls vart fjärde år.</p>"
                    "<p>När du röstar är du med och bestämmer vilka som fattar besluten om "
                    "till exempel skola, äldreomsorg och parker i Stockholm.</p>",
                ),
                ("heading", {"text": "Vem får rösta?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Du får rösta i kommunalvalet i Stockholm om du är 18 år eller äldre "
                    "på valdagen och är folkbokförd i Stockholms stad. Du ska också vara:</p>"
                    "<ul><li>svensk medborgare, eller</li>"
                    "<li>medborgare i ett EU-land eller ett nordiskt land, eller</li>"
                    "<li>medborgare i ett annat land och ha varit folkbokförd i Sverige i "
                    "tre år i följd före valdagen.</li></ul>"
                    "<p>Folkbokföringen sköts av Skatteverket. Har du flyttat? Se till att "
                    "din adress är rätt. Läs mer på "
                    '<a href="https://www.skatteverket.se/">skatteverket.se</a>.</p>',
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "heading": "Du behöver inte vara svensk medborgare",
                        "text": (
                            "<p>Många som har flyttat till Sverige får rösta i "
                            "kommunalvalet, även utan svenskt medborgarskap. Det viktiga "
                            "är att du uppfyller villkoren ovan.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Hur, när och var röstar du?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Information om valdagen, förtidsröstning och vallokaler finns på "
                    '<a href="https://www.val.se/">val.se</a>. Har du frågor om valet i '
                    "Stockholm kan du kontakta Valnämnden.</p>",
                ),
                (
                    "faq",
                    {
                        "heading": "Vanliga frågor",
                        "questions": [
                            {
                                "question": "Får jag rösta om jag nyss har flyttat till Sverige?",
                                "answer": (
                                    "<p>Det beror på ditt medborgarskap. Är du medborgare i "
                                    "ett EU-land eller ett nordiskt land räcker det att du är "
                                    "18 år eller äldre på valdagen och folkbokförd i Stockholm. "
                                    "Annars behöver du "
                                    "ha varit folkbokförd i Sverige i tre år i följd före "
                                    "valdagen.</p>"
                                ),
                            },
                            {
                                "question": "Vad gör Valnämnden?",
                                "answer": (
                                    "<p>Valnämnden ansvarar för valen i Stockholms stad. Dit "
                                    "kan du vända dig med frågor om valet i Stockholm.</p>"
                                ),
                            },
                            {
                                "question": "Kan jag påverka mellan valen?",
                                "answer": (
                                    "<p>Ja. Du kan till exempel lämna ett medborgarförslag, "
                                    "lämna synpunkter eller ställa frågor på allmänhetens "
                                    "frågestund när stadsdelsnämnden har möte.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("contact", "valnamnden"),
            ],
            "easy_read": None,
        },
        {
            "title": "Lämna synpunkter och klagomål",
            "slug": "lamna-synpunkter",
            "intro": (
                "Har du synpunkter på stadens service? Här får du veta hur du lämnar "
                "beröm, förslag eller klagomål och vad som är bra att tänka på."
            ),
            "listing_summary": (
                "Så lämnar du synpunkter, beröm eller klagomål på stadens service."
            ),
            "topics": ["synpunkter"],
            "audience": "everyone",
            "districts": [],
            "content_owner": "Stadsledningskontoret",
            "related": [
                "sa-paverkar-du-i-din-stadsdel",
                "medborgarforslag",
                "hitta-ratt-i-staden",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>En synpunkt kan vara beröm, ett förslag eller ett klagomål. Du kan "
                    "lämna synpunkter på all service i Stockholms stad, till exempel "
                    "förskolan, en park, en idrottshall eller äldreomsorgen. Dina "
                    "synpunkter visar staden vad som fungerar och vad som kan bli "
                    "bättre.</p>",
                ),
                ("heading", {"text": "Så lämnar du en synpunkt", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Prata med eller skriv till verksamheten direkt, till exempel "
                    "förskolan eller stadsdelsförvaltningen.</li>"
                    "<li>Kontakta Stockholms stads kontaktcenter.</li>"
                    "<li>Läs på "
                    '<a href="https://start.stockholm/">start.stockholm</a> hur du '
                    "lämnar en synpunkt till staden.</li></ul>"
                    "<p>Är du osäker på vart synpunkten ska? Kontaktcenter kan hjälpa dig "
                    "att hitta rätt.</p>",
                ),
                ("heading", {"text": "Du får vara anonym", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Du behöver inte skriva ditt namn. Men om du vill ha svar behöver du "
                    "lämna dina kontaktuppgifter. Skriv hur staden når dig, till exempel med "
                    "e-post eller telefon. Om du är anonym kan staden inte svara dig.</p>",
                ),
                ("heading", {"text": "Tips när du skriver", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Skriv vilken verksamhet det gäller.</li>"
                    "<li>Beskriv vad som hände och när.</li>"
                    "<li>Skriv gärna vad du tycker skulle bli bättre.</li></ul>"
                    "<p>Föreningar kan också lämna synpunkter, till exempel på en lokal "
                    "eller en idrottshall. Gäller det bokning av idrottshallar kan du vända "
                    "dig till idrottsförvaltningen.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Vill du ändra ett beslut?",
                        "text": (
                            "<p>En synpunkt är inte samma sak som att överklaga ett beslut. "
                            "Gäller det ett beslut i ditt eget ärende? Fråga då den "
                            "förvaltning som fattade beslutet hur du gör.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Vanliga frågor",
                        "questions": [
                            {
                                "question": (
                                    "Vad är skillnaden mellan en synpunkt och ett medborgarförslag?"
                                ),
                                "answer": (
                                    "<p>En synpunkt handlar om stadens service, till exempel "
                                    "något som har hänt. Ett medborgarförslag är en idé som "
                                    "du lämnar till stadsdelsnämnden, och som nämnden "
                                    "beslutar om.</p>"
                                ),
                            },
                            {
                                "question": "Kan jag lämna en synpunkt på ett politiskt beslut?",
                                "answer": (
                                    "<p>Vill du påverka politiska beslut kan du kontakta "
                                    "politikerna direkt. Du kan också ställa en fråga på "
                                    "allmänhetens frågestund när stadsdelsnämnden har "
                                    "möte.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("contact", "kontaktcenter"),
            ],
            "easy_read": None,
        },
    ],
}

INFLUENCE_PATHS = [
    {
        "slug": "rosta",
        "name": "Rösta i valet",
        "good_for": "Passar när du vill vara med och bestämma vilka politiker som styr staden.",
        "who_can": (
            "Du som är 18 år eller äldre och folkbokförd i Stockholms stad. Du ska vara "
            "medborgare i Sverige, ett EU-land eller ett nordiskt land, eller ha varit "
            "folkbokförd i Sverige i tre år i följd före valdagen."
        ),
        "how": (
            "<p>Du röstar i kommunalvalet till kommunfullmäktige. Läs om hur, när och var "
            'du röstar på <a href="https://www.val.se/">val.se</a>.</p>'
        ),
        "what_next": "Rösterna avgör vilka som får de 101 platserna i kommunfullmäktige.",
        "time_taken": "Val hålls vart fjärde år.",
        "contact": "valnamnden",
        "page": "rosta-i-kommunalvalet",
    },
    {
        "slug": "synpunkter",
        "name": "Lämna en synpunkt eller ett klagomål",
        "good_for": (
            "Passar när du vill berätta vad som fungerar bra eller dåligt i stadens service."
        ),
        "who_can": "Alla kan lämna synpunkter. Du får vara anonym.",
        "how": (
            "<p>Kontakta verksamheten direkt eller Stockholms stads kontaktcenter. Du kan "
            'också läsa på <a href="https://start.stockholm/">start.stockholm</a> hur du '
            "lämnar en synpunkt.</p>"
        ),
        "what_next": (
            "Om du lämnar dina kontaktuppgifter kan staden svara dig. Är du anonym kan "
            "staden inte svara."
        ),
        "time_taken": "Du kan lämna en synpunkt när som helst.",
        "contact": "kontaktcenter",
        "page": "lamna-synpunkter",
    },
    {
        "slug": "allmanhetens-fragestund",
        "name": "Ställ en fråga på allmänhetens frågestund",
        "good_for": (
            "Passar när du vill ställa en fråga direkt till politikerna i din stadsdelsnämnd."
        ),
        "who_can": (
            "Stadsdelsnämndens möten är öppna för allmänheten. Hur frågestunden går till "
            "får du veta hos din stadsdelsförvaltning."
        ),
        "how": (
            "<p>Ta reda på när din stadsdelsnämnd har nästa möte. Gå dit och ställ din "
            "fråga på allmänhetens frågestund.</p>"
        ),
        "what_next": (
            "Politikerna i nämnden hör din fråga. Fråga din stadsdelsförvaltning hur du får svar."
        ),
        "time_taken": "Frågestunden hålls vid stadsdelsnämndens öppna möten.",
        "contact": "kontaktcenter",
        "page": "sa-paverkar-du-i-din-stadsdel",
    },
    {
        "slug": "medborgarforslag",
        "name": "Lämna ett medborgarförslag",
        "good_for": "Passar när du har en idé om hur något i din stadsdel kan bli bättre.",
        "who_can": (
            "Du som är folkbokförd i ett stadsdelsområde kan lämna ett medborgarförslag "
            "till stadsdelsnämnden där."
        ),
        "how": (
            "<ul><li>Skriv ditt förslag.</li><li>Skriv ditt namn och din adress.</li>"
            "<li>Skicka det med e-post eller brev till stadsdelsnämnden.</li></ul>"
        ),
        "what_next": (
            "Förslaget blir en allmän handling. Du kan bli inbjuden att presentera det, "
            "och sedan beslutar stadsdelsnämnden."
        ),
        "time_taken": "Det varierar. Fråga din stadsdelsförvaltning.",
        "contact": "kontaktcenter",
        "page": "medborgarforslag",
    },
    {
        "slug": "kontakta-politiker",
        "name": "Kontakta en politiker",
        "good_for": "Passar när du vill ta upp en fråga med dem som fattar besluten.",
        "who_can": "Alla kan kontakta stadens politiker.",
        "how": (
            "<p>Ta reda på vilken nämnd som beslutar i frågan. Information om stadens "
            'politiker finns på <a href="https://start.stockholm/">start.stockholm</a>. '
            "Skriv kort vad frågan gäller och vad du önskar.</p>"
        ),
        "what_next": "Politikerna kan ta med sig din fråga i sitt arbete.",
        "time_taken": "Du kan höra av dig när som helst.",
        "contact": "kontaktcenter",
        "page": "politiker-och-tjanstepersoner",
    },
    {
        "slug": "remisser",
        "name": "Svara på en remiss",
        "good_for": (
            "Passar när din förening vill tycka till om ett förslag innan staden beslutar."
        ),
        "who_can": "Föreningar kan svara på remisser som rör deras verksamhet.",
        "how": (
            "<p>Läs förslaget och skriv ett kort svar med föreningens synpunkter. Fråga "
            "den förvaltning som ansvarar för remissen hur du lämnar svaret.</p>"
        ),
        "what_next": "Remissvaren blir en del av underlaget när politikerna beslutar.",
        "time_taken": "Varje remiss har ett sista datum för svar.",
        "contact": "stadsledningskontoret",
        "page": "sa-paverkar-du-i-din-stadsdel",
    },
    {
        "slug": "folkinitiativ",
        "name": "Starta ett folkinitiativ",
        "good_for": (
            "Passar när du och många andra vill att kommunfullmäktige ska besluta om en "
            "folkomröstning i en viktig fråga."
        ),
        "who_can": (
            "Ett folkinitiativ behöver stöd av 10 procent av dem som har rösträtt i "
            "Stockholms stad."
        ),
        "how": (
            "<p>Formulera frågan tydligt. Samla in namnunderskrifter från röstberättigade. "
            "Skicka sedan in initiativet till kommunstyrelsens registrator.</p>"
        ),
        "what_next": ("Kommunfullmäktige ska då besluta om en rådgivande lokal folkomröstning."),
        "time_taken": "Stödet ska samlas in inom sex månader.",
        "contact": "registrator-kommunstyrelsen",
        "page": None,
    },
]
