import type { DemoStageTranslation } from './demo-training-translations';

/** The demo training in Dutch. */
export const DEMO_TRAINING_NL: DemoStageTranslation[] = [
  {
    stage: 1,
    title: 'De basis',
    summary:
      'Wat je goed kunt delen, wat jou of het bedrijf kan schaden en wat je doet als een bericht vijandige reacties krijgt.',
    lessons: [
      {
        title: 'Waarom jouw stem telt',
        body: `Mensen vertrouwen mensen meer dan merken. Als een bedrijf over zijn nieuwe kantoor post, leest dat als reclame. Als jij schrijft dat je trots bent dat je het mee hebt opgebouwd, leest dat als een aanbeveling van iemand die het weet.

Daarom bestaat Chorus: om het makkelijk te maken nieuws waar je echt om geeft te delen met de mensen die je al volgen.

## Wat je goed kunt delen

- **Gepubliceerd bedrijfsnieuws**: lanceringen, evenementen, prijzen en verhalen uit onze newsroom, zodra ze openbaar zijn.
- **Vakartikelen** waar je iets aan had, met een zin over waarom.
- **Vacatures**, vooral in je eigen team. Misschien zit je volgende geweldige collega in jouw netwerk.
- **Je eigen ervaring**: wat je leerde op een congres, een probleem dat je team oploste, wat je leuk vindt aan je werk.

## Wat het jou oplevert

Door bewust te delen bouw je aan je professionele reputatie. Na verloop van tijd zien mensen je als iemand die verstand heeft van het vak en nuttige dingen deelt. Dat helpt in je huidige rol én in je loopbaan.

## Jij kiest

Meedoen is vrijwillig. Jij bepaalt of je deelt, wat je deelt en op welke netwerken. Niemand houdt bij wie niet deelt, en niet meedoen wordt je nooit kwalijk genomen.

In de volgende lessen kijken we naar de paar dingen die mis kunnen gaan, zodat je met vertrouwen kunt delen.`,
      },
      {
        title: 'Vertrouwelijke informatie en privacy',
        body: `De meeste fouten die echt pijn doen, gaan over informatie die nog niet van ons was om te delen, of helemaal niet.

## Vertrouwelijke informatie

Deel niet:

- producten, functies, projecten of releasedata die nog niet zijn aangekondigd;
- financiële resultaten, prijzen of deals voordat ze officieel bekend zijn gemaakt;
- namen van klanten, leveranciers of partners, tenzij ze ermee hebben ingestemd om genoemd te worden;
- interne documenten, dashboards, roadmaps of screenshots van interne tools.

Let op de achtergrond. Een vrolijke teamfoto voor een whiteboard kan de plannen van volgend kwartaal verraden. Een screenshot van een functie die nog getest wordt, is nog geen nieuws; het is een lek.

Is iets eenmaal aangekondigd, link dan naar de officiële bron, zoals de newsroom, of gebruik de goedgekeurde berichten in Chorus. **Twijfel je, doe het dan niet**, of vraag het eerst aan het socialmediateam.

## Privacy

Collega's en klanten hebben er niet voor gekozen om op jouw tijdlijn te verschijnen.

- Vraag het voordat je een foto plaatst waarop iemand herkenbaar is, en accepteer een 'nee' zonder uitleg.
- Noem collega's of klanten niet in verband met werkzaken, tenzij ze daarmee instemmen.
- Deel nooit persoonsgegevens: e-mailadressen, telefoonnummers, huisadressen, gezondheidsinformatie, beoordelingen of iets uit een hr- of klantsysteem.

Naambadges, bezoekerslijsten en openstaande laptops op de achtergrond tellen ook mee.

## Chorus controleert, jij beslist

Chorus controleert berichten op vertrouwelijke termen, scheldwoorden en persoonsgegevens voordat ze gedeeld worden, en waarschuwt je als iets niet klopt. Het vangt veelgemaakte fouten op, maar kan niet elke context begrijpen. Jij blijft verantwoordelijk voor wat je plaatst.`,
      },
      {
        title: 'Toon, eerlijkheid en openheid',
        body: `Hoe je iets zegt, is net zo belangrijk als wat je zegt. Een goede vuistregel: schrijf alsof je leidinggevende, een klant en je oma allemaal meelezen.

## Blijf respectvol

- Niet vloeken of schelden, ook niet afgekort.
- Geen discriminatie of opmerkingen die iemand kleineren om wie die is.
- Wees eerlijk tegenover concurrenten. Bekritiseer ideeën, geen mensen.
- Humor is welkom, maar gebruik het met beleid. Grappen reizen zonder hun context, en ironie wordt makkelijk verkeerd begrepen.

## Wees eerlijk

Beweer alleen wat je kunt waarmaken. Overdrijf niet wat onze producten kunnen en beloof niets namens het bedrijf.

## Zeg dat je hier werkt

Als je producten of diensten van Chorus prijst of aanbeveelt, heeft je publiek het recht te weten dat je hier werkt, en in veel landen verplichten de regels voor aanbevelingen dat ook. Een kort 'Ik werk bij Chorus' of de hashtag #WeAreChorus is genoeg. De voorgestelde berichten in Chorus bevatten die al; laat die staan als je de tekst aanpast.

## Je spreekt voor jezelf

Alleen de persafdeling en aangewezen woordvoerders spreken officieel namens het bedrijf. Als jij iets plaatst, spreek je als jezelf. Waar dat onduidelijk kan zijn, zet je 'persoonlijke mening' in je profiel of bericht. Neemt een journalist of analist contact met je op, bedank die dan en stuur de vraag door naar de persafdeling.`,
      },
      {
        title: 'Als een bericht vijandige reacties krijgt',
        body: `Vroeg of laat reageert iemand op een bericht met kritiek, een klacht of pure vijandigheid. Dat kan persoonlijk voelen, en de neiging om de zaak recht te zetten is groot. Geef er niet aan toe.

## Reageer niet zelf op aanvallen

Reageer niet op vijandige of negatieve reacties, ga niet in discussie en verwijder ze niet in een opwelling. Een antwoord, hoe redelijk ook, vestigt vaak meer aandacht op de aanval en kan van één reactie een openbare ruzie maken. Misschien ken je ook niet de hele achtergrond: er kan een lopende supportvraag zijn, een juridische kwestie of een verhaal waar de persafdeling al mee bezig is.

## Meld het in Chorus

Gebruik **Reactie melden** in Chorus. Plak de link naar de reactie, voeg eventueel een regel context toe en verstuur de melding. Het socialmediateam neemt het dan over. Zij kennen de achtergrond, werken waar nodig samen met support, juridische zaken en de persafdeling, en reageren namens het bedrijf.

Melden is geen klikken en ook geen zwartepieten. Het is precies het juiste om te doen, en het team ziet liever tien onschuldige meldingen dan dat het er één mist die ertoe doet.

## Als je een fout hebt gemaakt

Merk je dat je iets hebt geplaatst wat niet had gemogen, verwijder of corrigeer het dan zo snel mogelijk en laat het het socialmediateam meteen weten via social@chorus.example. Het vroeg melden is altijd de goede keuze, en niemand krijgt er de schuld van.`,
      },
    ],
    questions: [
      {
        prompt: 'Welke hiervan mag je delen op je eigen LinkedIn-profiel?',
        options: [
          'Een foto van de productroadmap uit de laatste personeelsbijeenkomst',
          'Een newsroomartikel over ons nieuwe kantoor in Athene, vanochtend gepubliceerd',
          'De naam van een bank die binnenkort een groot contract met ons tekent',
          'Een screenshot van een nieuwe functie die nog getest wordt',
        ],
        explanation:
          'Gepubliceerd nieuws uit de newsroom is openbaar en bedoeld om te delen. De andere zijn onaangekondigde plannen, klantnamen zonder toestemming of werk in uitvoering.',
      },
      {
        prompt:
          'Je hebt op een evenement een mooie foto van je team gemaakt. Eén collega is duidelijk herkenbaar. Wat doe je?',
        options: [
          'Plaatsen; het was een openbaar evenement',
          'Plaatsen en de collega taggen, zodat die de tag kan verwijderen als die wil',
          'Het eerst aan de collega vragen en het antwoord respecteren',
        ],
        explanation:
          "Collega's hebben er niet voor gekozen om op jouw tijdlijn te verschijnen. Vraag het voordat je een foto plaatst waarop iemand herkenbaar is, en accepteer een 'nee' zonder uitleg.",
      },
      {
        prompt:
          'Iemand reageert op je bericht met een boze en onterechte opmerking over Chorus. Wat doe je?',
        options: [
          'Beleefd reageren met de feiten, zodat anderen ook de andere kant zien',
          'Je bericht meteen verwijderen, zodat de reactie verdwijnt',
          "De reactie melden met 'Reactie melden' in Chorus en zelf niet reageren",
          "Een paar collega's vragen om het bedrijf te verdedigen",
        ],
        explanation:
          'Reageer niet zelf op vijandige reacties. Meld ze in Chorus, zodat het socialmediateam, dat de achtergrond kent, kan reageren.',
      },
      {
        prompt: 'Je beveelt in een bericht een product van Chorus aan. Wat moet er duidelijk zijn?',
        options: [
          'Dat je bij Chorus werkt',
          'Wat het product kost',
          'Dat je leidinggevende het bericht heeft goedgekeurd',
          'Niets; een persoonlijke aanbeveling hoeft niets te vermelden',
        ],
        explanation:
          "Je publiek heeft het recht te weten dat je hier werkt, en de regels voor aanbevelingen verplichten dat vaak. 'Ik werk bij Chorus' of #WeAreChorus is genoeg.",
      },
      {
        prompt:
          'Chorus heeft je nergens voor gewaarschuwd in je bericht. Wie is verantwoordelijk voor wat je publiceert?',
        options: [
          'Chorus, want de controles hebben het bericht nagekeken',
          'De curator die het oorspronkelijke artikel heeft goedgekeurd',
          'Het socialmediateam',
          'Jij',
        ],
        explanation:
          'De controles vangen veelgemaakte fouten op, maar kunnen niet elke context begrijpen. Jij blijft altijd verantwoordelijk voor wat je plaatst.',
      },
      {
        prompt:
          'Je weet niet zeker of een detail in je bericht al is aangekondigd. Wat kun je het beste doen?',
        options: [
          'Gewoon plaatsen; als het fout is, zegt iemand het wel',
          'Het weglaten, of het eerst aan het socialmediateam vragen',
          "Plaatsen met 'persoonlijke mening' erbij",
        ],
        explanation:
          "Twijfel je, doe het dan niet. 'Persoonlijke mening' maakt vertrouwelijke informatie niet openbaar.",
      },
    ],
  },
  {
    stage: 2,
    title: 'Social media op het werk',
    summary:
      'Hoe social media je dagelijkse werk makkelijker maakt, en hoe je Chorus zo gebruikt dat je berichten klinken als jij.',
    lessons: [
      {
        title: 'Sneller mensen en kennis vinden',
        body: `Social media draait niet alleen om zenden. Goed gebruikt is het een van de snelste manieren om de juiste persoon of het juiste antwoord te vinden, binnen en buiten het bedrijf.

## Experts vinden

Met kantoren in Amsterdam, Kopenhagen, Stockholm, Athene, Berlijn en Parijs kan de collega die vorig jaar jouw probleem oploste in een gebouw zitten waar je nog nooit bent geweest. Professionele profielen en berichten laten zien wie waaraan werkt. Door het werk van collega's te volgen, vind je de juiste persoon om het te vragen voordat je een week bezig bent het wiel opnieuw uit te vinden.

Buiten het bedrijf geldt hetzelfde: onderzoekers, vakmensen en partners delen hun werk vaak openlijk. Een doordachte reactie op hun bericht is een prima manier om een gesprek te beginnen.

## Delen wat je weet

Als je een kort bericht schrijft over iets wat je team heeft geleerd, help je twee groepen tegelijk. Mensen buiten het bedrijf zien dat we ons vak verstaan. Collega's binnen het bedrijf horen er ook van, vaak sneller dan via een interne nieuwsbrief.

Houd de gewone regels in gedachten: deel lessen en inzichten, geen interne details, klantnamen of onaangekondigde plannen.

## Collega's volgen

Een collega's bericht liken of erop reageren is een klein gebaar dat veel betekent. Het helpt het bericht meer mensen te bereiken, het laat zien dat je hun werk hebt opgemerkt en je blijft op de hoogte van wat andere teams doen.

## Een snelle gewoonte

Tien minuten een paar keer per week is genoeg: scan je tijdlijn, volg één nieuwe persoon wiens werk relevant is voor het jouwe en reageer op één bericht waar je iets aan had.`,
      },
      {
        title: 'Blijf op de hoogte en help werven',
        body: `## Bijblijven in de branche

Veel van de nuttigste ontwikkelingen in de branche verschijnen op social media voordat ze in nieuwsbrieven of rapporten terechtkomen. Als je een handvol analisten, vakbladen, klanten en bedachtzame vakmensen volgt, krijg je zonder veel moeite een gestage stroom nieuws.

Wees selectief. Een tijdlijn die iedereen volgt, wordt al snel ruis. Kies liever bronnen die uitleggen dan bronnen die schreeuwen, en controleer beweringen voordat je ze herhaalt. Een artikel dat te mooi, of te alarmerend, klinkt om waar te zijn, is dat vaak ook.

De feed van Chorus helpt daarbij. Curatoren selecteren vakartikelen naast het bedrijfsnieuws, zodat je op één plek op de hoogte blijft en iets vindt wat het delen waard is.

## Help ons werven

Aanbevelingen zijn een van de beste manieren om nieuwe collega's te vinden. Wie over een vacature hoort van iemand die ze kennen, krijgt een eerlijk beeld van het werk en voelt zich meestal snel thuis.

Als je een vacature deelt:

- schrijf een zin over het team of over waarom je hier graag werkt;
- noem voor wie de functie geschikt is, zodat je netwerk aan iemand kan denken;
- verwijs naar de officiële vacature in plaats van de hele tekst te kopiëren.

Deel geen interne details van een sollicitatieprocedure, namen van kandidaten of salarisinformatie die niet is gepubliceerd.

## Meedoen op jouw manier

Niets hiervan is verplicht. Sommigen delen graag een paar keer per week, anderen eens per maand, weer anderen lezen alleen mee. Dat is allemaal prima. Het doel is het werk makkelijker en verbondener te maken, niet om er nog een taak bij te geven.`,
      },
      {
        title: 'De feed en onderwerpen van Chorus gebruiken',
        body: `Chorus brengt de content samen die curatoren hebben goedgekeurd om te delen: bedrijfsnieuws, vakartikelen, vacatures en campagnes.

## De feed

Je feed toont de nieuwste goedgekeurde items, met vastgezette verhalen bovenaan. Elk item heeft een korte samenvatting, zodat je snel kunt zien of het je interesseert. Sommige items zijn alleen zichtbaar voor bepaalde afdelingen, locaties of talen, dus jouw feed kan er anders uitzien dan die van een collega.

Items kunnen een einddatum hebben. Is een item verlopen, dan verdwijnt het uit de feed, meestal omdat het nieuws niet meer actueel is of een evenement al voorbij is.

## Onderwerpen

Volg de onderwerpen die passen bij je interesses en je netwerk, zoals Duurzaamheid, Product, Carrière of Branche. Chorus gebruikt ze om de meest relevante items bovenaan te zetten. Als je volgers vooral engineers zijn, zitten ze misschien niet te wachten op een constante stroom evenementaankondigingen.

## Voorgestelde berichten

De meeste items hebben een voorgestelde tekst, soms geschreven voor een bepaald netwerk. Die voorstellen zijn een startpunt, nagekeken door de curatoren en met de vermelding dat je hier werkt waar dat nodig is.

## Delen

Kies het netwerk, pas de tekst aan en deel. Voordat het bericht de deur uitgaat, controleert Chorus het aan de hand van de regels en laat het je weten als iets niet klopt, bijvoorbeeld een vertrouwelijke term of persoonsgegevens. Dan kun je de tekst aanpassen.

## Content voorstellen

Een artikel gevonden waar je collega's iets aan hebben? Stel het voor in Chorus. Een curator bekijkt het en zet het, als het past, in de feed voor iedereen.`,
      },
      {
        title: 'Maak het je eigen',
        body: `Stel je voor dat vijftig collega's binnen hetzelfde uur precies dezelfde zin plaatsen. Hun volgers merken het, en de berichten lijken eerder een campagne dan vijftig mensen die er echt iets mee hebben. Netwerken merken het ook: identieke berichten worden vaak aan minder mensen getoond, en sommige kunnen als spam worden behandeld.

## Waarom je eigen woorden beter werken

Je netwerk volgt jou om jou. Een zin over waarom een verhaal jou raakt, wat je team heeft gedaan of wat je uit een artikel hebt gehaald, is wat mensen laat stoppen met scrollen. Het maakt je bericht ook uniek, waardoor het meer mensen bereikt.

## Zo pas je een voorgesteld bericht aan

- **Voeg één persoonlijke zin toe.** 'Ons team heeft hier zes maanden aan gewerkt en ik ben trots op het resultaat' verslaat elke slogan.
- **Kies de invalshoek die bij je publiek past.** Een engineer licht misschien de techniek uit, een verkoper wat het betekent voor klanten.
- **Houd het kort.** Een of twee zinnen en de link zijn meestal genoeg.
- **Laat de vermelding staan.** Beveelt het bericht onze producten aan, laat dan 'Ik werk bij Chorus' of #WeAreChorus staan.
- **Gebruik weinig hashtags.** Een of twee relevante zijn ruim voldoende.

## Goede timing

Deel wanneer het jou en je netwerk uitkomt, niet per se op de minuut dat het nieuws uitkomt. Een bericht de volgende ochtend met je eigen commentaar kan het beter doen dan een directe kopie.

## Overdrijf het niet

Als je tijdlijn een stroom bedrijfsnieuws wordt, haken volgers misschien af. Wissel bedrijfsverhalen af met vakartikelen en je eigen gedachten. Kwaliteit gaat boven kwantiteit.`,
      },
    ],
    questions: [
      {
        prompt: 'Waarom pas je de voorgestelde tekst aan voordat je deelt?',
        options: [
          'Omdat Chorus geen onbewerkte berichten toestaat',
          'Omdat identieke berichten van veel mensen op spam lijken, en je eigen woorden je netwerk beter bereiken',
          'Omdat niemand de voorgestelde berichten heeft nagekeken',
          'Omdat je dan niet hoeft te vermelden dat je hier werkt',
        ],
        explanation:
          'Berichten in je eigen woorden voelen echt en worden vaker getoond. Voorgestelde berichten zijn een startpunt, nagekeken door curatoren.',
      },
      {
        prompt:
          'Je past een voorgesteld bericht aan dat een product van Chorus aanbeveelt. Welk deel laat je staan?',
        options: [
          'Alle hashtags, zodat het bericht meer bereik krijgt',
          'De precieze formulering, zodat er niets misgaat',
          'De vermelding dat je bij Chorus werkt, zoals #WeAreChorus',
        ],
        explanation:
          'Maak de tekst je eigen, maar laat de vermelding staan als je onze producten of diensten aanbeveelt.',
      },
      {
        prompt: 'Wat is een goede manier om een vacature in je team te delen?',
        options: [
          'Een zin over het team schrijven, zeggen voor wie de functie geschikt is en linken naar de officiële vacature',
          'De hele functieomschrijving kopiëren, met de salarisschaal die intern is besproken',
          'De kandidaten noemen die al in de procedure zitten, zodat anderen de concurrentie kennen',
          'De vacature in een privébericht naar al je contacten sturen',
        ],
        explanation:
          'Een persoonlijke zin en een link naar de officiële vacature werken het best. Interne details van de werving en namen van kandidaten blijven privé.',
      },
      {
        prompt:
          'Een item is uit je Chorus-feed verdwenen, terwijl een collega het vorige week nog deelde. Wat is de meest waarschijnlijke reden?',
        options: [
          'Je collega heeft het verkeerd gedeeld',
          'Je account is beperkt',
          'Chorus verwijdert items na één keer delen',
          'Het item is verlopen, bijvoorbeeld omdat het evenement voorbij is',
        ],
        explanation:
          'Items kunnen een einddatum hebben. Als ze verlopen, verdwijnen ze uit de feed omdat het nieuws niet meer actueel is.',
      },
      {
        prompt:
          'Hoe gebruik je social media het best om de juiste collega te vinden voor een onbekend probleem?',
        options: [
          "Het werk van collega's volgen en kijken wie over het onderwerp schrijft",
          'De interne details van het probleem openbaar plaatsen en om hulp vragen',
          'Wachten op de volgende interne nieuwsbrief',
        ],
        explanation:
          "Het werk van collega's volgen laat zien wie waaraan werkt. Houd interne details buiten openbare berichten.",
      },
      {
        prompt: 'Hoe vaak wordt er van je verwacht dat je via Chorus deelt?',
        options: [
          'Minstens één keer per week',
          'Elk vastgezet item',
          'Zo vaak als je wilt, en ook helemaal niet',
          'Wanneer je leidinggevende erom vraagt',
        ],
        explanation: 'Meedoen is vrijwillig. Jij bepaalt of, wat en hoe vaak je deelt.',
      },
    ],
  },
  {
    stage: 3,
    title: 'Ambassadeur',
    summary:
      'Relaties opbouwen, echte vragen goed beantwoorden, weten wanneer je iets overdraagt en jezelf blijven.',
    lessons: [
      {
        title: 'Luister voordat je spreekt',
        body: `Als ambassadeur doe je mee aan gesprekken; je bent niet alleen een bron van berichten. Goede gesprekken beginnen met luisteren.

## Ken je publiek

Kijk wie je volgen en wie op je berichten reageren. Waar vragen ze naar? Waar hebben ze iets aan? Een bericht dat antwoord geeft op een vraag die je netwerk echt heeft, doet het altijd beter dan een antwoord op een vraag die niemand stelde.

## Lees het hele gesprek

Lees een draad vanaf het begin voordat je erin stapt. Wie doen er mee? Is het een vriendelijke uitwisseling, een technische discussie of een klacht die al aan het escaleren is? Dezelfde zin kan in de ene draad helpen en in de andere volkomen misplaatst zijn.

## Zie wat aandacht nodig heeft

Terwijl je luistert, merk je misschien dingen op die het bedrijf moet weten: een klant die vastloopt, een misverstand over een product dat steeds terugkomt, of kritiek die aanzwelt. Je hoeft dat niet zelf op te lossen. Laat het de juiste mensen weten:

- productvragen of ideeën gaan naar het betreffende team;
- vijandige of negatieve reacties meld je in Chorus met **Reactie melden**;
- alles wat groot lijkt te kunnen worden, gaat meteen naar het socialmediateam via social@chorus.example.

## Bouw relaties op in de loop van de tijd

Relaties groeien uit veel kleine contacten: een nuttige reactie op iemands bericht, een felicitatie met een nieuwe baan, een link naar een artikel dat diegene misschien interessant vindt. Niets daarvan gaat over verkopen. Na verloop van tijd word je iemand die mensen vertrouwen en bij wie ze terugkomen, en dat vertrouwen maakt je berichten over Chorus geloofwaardig.`,
      },
      {
        title: 'Echte vragen beantwoorden',
        body: `Niet elke reactie is een klacht. Vaak willen mensen gewoon iets weten: waar de opname van een presentatie staat, of een product met hun systeem werkt, of een team mensen zoekt. Een snel en vriendelijk antwoord maakt een uitstekende indruk.

## Wat je kunt beantwoorden

Je kunt helpen met vragen waar een openbaar, feitelijk antwoord op is:

- verwijs naar de newsroom, de productpagina, de documentatie of de vacaturesite;
- deel informatie die al gepubliceerd is;
- zeg eerlijk dat je het niet weet en verwijs naar iemand die het wel weet.

Houd je antwoorden kort, vriendelijk en concreet. 'Goede vraag! De opname staat op onze evenementenpagina', met de link erbij, is perfect.

## Wat je overdraagt

Sommige vragen zijn niet aan jou om te beantwoorden, hoe graag je ook wilt helpen:

- **Supportvragen.** Een klant met een probleem met zijn account of product heeft support nodig, die de details kan inzien. Verwijs naar het officiële supportkanaal in plaats van in het openbaar problemen op te lossen.
- **Prijzen, contracten en toezeggingen.** Die gaan naar sales of het betreffende team.
- **Vragen van pers, analisten of investeerders** gaan naar de persafdeling.
- **Alles wat vijandig, negatief of gevoelig is**, meld je in Chorus met **Reactie melden**, en het socialmediateam reageert.

Vraag mensen nooit om persoonlijke gegevens openbaar te plaatsen, zoals een klantnummer of e-mailadres. Support pakt dat privé op.

## Vind de juiste toon

Wees warm en menselijk, en schrijf zoals je een klant in het echt zou aanspreken. Bedank mensen voor hun vraag. Gebruik geen jargon, kopieer geen marketingslogans en wees nooit sarcastisch, ook niet als een vraag voor de hand lijkt te liggen.`,
      },
      {
        title: 'Ga nooit in discussie en blijf kalm in een crisis',
        body: `## Ga nooit in discussie

Ruzies op social media kennen geen winnaars. Zelfs als je gelijk hebt, laat een openbaar heen-en-weer het bedrijf defensief overkomen en geeft het de criticus een groter publiek. Het kan jou persoonlijk ook nog lang achtervolgen.

Als een gesprek negatief wordt:

- reageer niet, ook niet om feiten recht te zetten;
- verwijder of verberg geen reacties onder je eigen bericht zonder overleg met het socialmediateam;
- meld de reactie in Chorus met **Reactie melden**, met een korte toelichting op de context.

Het socialmediateam beslist of en hoe er wordt gereageerd. Soms is een rustig openbaar antwoord het beste, soms een privébericht en soms helemaal geen reactie. Zij kunnen die afweging maken omdat ze het hele plaatje zien.

## In een crisis

Af en toe gebeurt er iets groters: een storing, een nieuwsbericht, een publieke controverse. Op zulke momenten:

- **Zet je berichten even stil.** Vrolijke berichten naast slecht nieuws komen ongevoelig over. Kijk in Chorus en je e-mail voor instructies.
- **Speculeer niet.** Gok niet naar oorzaken, aantallen of gevolgen, ook niet met de beste bedoelingen.
- **Deel alleen officiële updates.** Plaatst het bedrijf een update, dan kun je die link gerust delen. Je eigen theorieën toevoegen niet.
- **Meld wat je ziet.** Stellen mensen je rechtstreeks vragen, meld de reacties dan in Chorus in plaats van zelf te antwoorden.
- **Zorg goed voor jezelf.** Word je persoonlijk aangevallen, laat het dan het socialmediateam weten. Je hoeft het niet alleen op te lossen.

Als het ergste voorbij is, laat het socialmediateam de ambassadeurs weten wanneer het een goed moment is om weer te gaan delen.`,
      },
      {
        title: 'Je persoonlijke merk, authentiek',
        body: `De beste ambassadeurs klinken niet als ambassadeurs. Ze klinken als zichzelf.

## Wees jezelf

Je netwerk volgt je om je kijk op dingen, je vakkennis en je persoonlijkheid. Deel wat je echt interessant vindt, in je eigen woorden. Word je niet enthousiast van een stuk bedrijfsnieuws, dan hoef je het niet te delen. Enthousiasme dat je niet voelt, prikken mensen makkelijk door.

## Bouw voort op je expertise

Bedenk waar je om bekend wilt staan: data-engineering, het onboarden van klanten, duurzame logistiek. Deel artikelen, lessen en ervaringen rond dat thema. Bedrijfsnieuws dat bij je thema past, voelt dan vanzelfsprekend in je tijdlijn in plaats van als reclame.

## Vind de balans

Een goede mix kan bestaan uit wat eigen gedachten of lessen, een paar vakartikelen met jouw kijk erop en zo nu en dan een bedrijfsverhaal waar je trots op bent. Zijn de meeste van je berichten bedrijfsnieuws, dan gaan mensen misschien doorscrollen.

## Wees open

Authenticiteit betekent ook eerlijk zijn over je band met het bedrijf. Zeg dat je bij Chorus werkt als je onze producten aanbeveelt, en zet 'persoonlijke mening' erbij waar onduidelijk kan zijn of je namens het bedrijf spreekt. Openheid maakt je aanbevelingen geloofwaardiger, niet minder.

## Geef erkenning

Noem de collega's die het werk deden (met hun toestemming), link naar de oorspronkelijke bron van een idee en bedank de mensen die je hebben geholpen. Gulheid is een van de aantrekkelijkste eigenschappen die een professional online kan laten zien.

## Blijf leren

Netwerken veranderen, en goede gewoonten ook. Het socialmediateam deelt tips en nieuws in Chorus. Ambassadeurs die blijven leren, blijven relevant.`,
      },
    ],
    questions: [
      {
        prompt:
          'Een klant vraagt onder je bericht of de opname van het evenement beschikbaar is. Die is gisteren gepubliceerd. Wat doe je?',
        options: [
          'De reactie melden in Chorus, want je mag nooit op reacties antwoorden',
          'Kort antwoorden en linken naar de opname op de officiële evenementenpagina',
          'Het negeren; vragen beantwoorden is het werk van support',
          'Om hun e-mailadres vragen, zodat je de opname persoonlijk kunt sturen',
        ],
        explanation:
          'Echte vragen met een openbaar, feitelijk antwoord mag je zelf beantwoorden. Melden is voor vijandige, negatieve of gevoelige reacties.',
      },
      {
        prompt:
          'Een klant reageert dat die niet kan inloggen op zijn account en vraagt om hulp. Wat is de juiste reactie?',
        options: [
          'Vragen om het e-mailadres van het account te plaatsen, zodat je het kunt uitzoeken',
          'In de reacties stap voor stap het probleem proberen op te lossen',
          'Zeggen dat je niet over klanten mag praten',
          'Verwijzen naar het officiële supportkanaal, waar iemand de details privé kan bekijken',
        ],
        explanation:
          'Supportvragen vragen om iemand die de details kan inzien, privé. Vraag mensen nooit om persoonlijke gegevens openbaar te plaatsen.',
      },
      {
        prompt:
          'Een criticus schrijft onder je bericht iets wat feitelijk niet klopt over Chorus. Wat doe je?',
        options: [
          'De reactie melden in Chorus en het socialmediateam laten beslissen hoe er gereageerd wordt',
          'De feiten beleefd rechtzetten in een antwoord',
          'De reactie verwijderen, zodat niemand de verkeerde informatie ziet',
        ],
        explanation:
          'Ga nooit in discussie, ook niet om feiten recht te zetten. Het socialmediateam ziet het hele plaatje en beslist of en hoe er wordt gereageerd.',
      },
      {
        prompt: 'Er is een grote storing en mensen stellen er online vragen over. Wat doe je?',
        options: [
          'Uitleggen wat volgens jou de oorzaak is, zodat mensen het begrijpen',
          'Doorgaan met je geplande berichten, om te laten zien dat alles normaal is',
          'Je berichten even stilzetten, alleen officiële updates delen en vragen melden in Chorus',
          'Plaatsen dat je door de regels van het bedrijf geen commentaar mag geven',
        ],
        explanation:
          'In een crisis: even pauze, niet speculeren, alleen officiële updates delen en de reacties die je krijgt melden.',
      },
      {
        prompt: 'Welk bericht is het beste voorbeeld van een authentieke ambassadeur?',
        options: [
          'De voorgestelde tekst, letterlijk gekopieerd, met tien hashtags',
          'Een korte notitie over wat je van het project hebt geleerd, een link naar het verhaal in de newsroom en #WeAreChorus',
          'Een bericht dat ons product prijst zonder te zeggen dat je bij Chorus werkt, zodat het onafhankelijk lijkt',
        ],
        explanation:
          'Je eigen woorden, een link naar de officiële bron en een eerlijke vermelding maken een bericht zowel authentiek als geloofwaardig.',
      },
      {
        prompt:
          'Na het delen van een bedrijfsverhaal word je persoonlijk aangevallen in vijandige reacties. Wat doe je?',
        options: [
          'Het zelf afhandelen; het is je persoonlijke account',
          'Stevig reageren, zodat ze ophouden',
          'Je account opheffen',
          'De reacties melden in Chorus en het socialmediateam inlichten; je hoeft het niet alleen op te lossen',
        ],
        explanation:
          'Meld vijandige reacties en laat het socialmediateam het weten. Zij steunen ambassadeurs die persoonlijk worden aangevallen.',
      },
    ],
  },
];
