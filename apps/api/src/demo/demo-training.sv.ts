import type { DemoStageTranslation } from './demo-training-translations';

/** The demo training in Swedish. */
export const DEMO_TRAINING_SV: DemoStageTranslation[] = [
  {
    stage: 1,
    title: 'Grunderna',
    summary:
      'Vad som är bra att dela, vad som kan skada dig eller företaget, och vad du gör när ett inlägg får fientliga kommentarer.',
    lessons: [
      {
        title: 'Därför spelar din röst roll',
        body: `Människor litar mer på människor än på varumärken. När ett företag skriver om sitt nya kontor låter det som reklam. När du skriver att du är stolt över att ha varit med och byggt det, låter det som en rekommendation från någon som vet.

Det är därför Chorus finns: för att göra det enkelt att dela nyheter du faktiskt bryr dig om med dem som redan följer dig.

## Det här är bra att dela

- **Publicerade företagsnyheter**: lanseringar, evenemang, utmärkelser och berättelser från vårt nyhetsrum när de väl är offentliga.
- **Branschartiklar** som du haft nytta av, med en mening om varför.
- **Lediga jobb**, särskilt i ditt eget team. Kanske finns nästa fantastiska kollega i ditt nätverk.
- **Dina egna erfarenheter**: vad du lärde dig på en konferens, ett problem ditt team löste, vad du gillar med ditt jobb.

## Vad det ger dig

Genom att dela med eftertanke bygger du ditt professionella rykte. Med tiden ser folk dig som någon som kan sitt område och delar användbara saker, och det hjälper både i din nuvarande roll och i din karriär.

## Du väljer själv

Att vara med är frivilligt. Du bestämmer om du vill dela, vad du delar och i vilka nätverk. Ingen håller koll på vem som inte delar, och att avstå räknas aldrig emot dig.

I nästa lektioner tittar vi på de få saker som kan gå fel, så att du kan dela med gott självförtroende.`,
      },
      {
        title: 'Konfidentiell information och integritet',
        body: `De flesta misstag som verkligen gör ont handlar om information som inte var vår att dela än, eller inte alls.

## Konfidentiell information

Publicera inte:

- produkter, funktioner, projekt eller lanseringsdatum som inte har tillkännagetts;
- ekonomiska resultat, priser eller affärer innan de har offentliggjorts officiellt;
- namn på kunder, leverantörer eller partner, om de inte har gått med på att nämnas;
- interna dokument, dashboards, färdplaner eller skärmbilder av interna verktyg.

Tänk på bakgrunden. En glad teambild framför en whiteboard kan avslöja nästa kvartals planer. En skärmbild av en funktion som fortfarande testas är ingen nyhet än; det är en läcka.

När något väl har tillkännagetts kan du länka till den officiella källan, till exempel nyhetsrummet, eller använda de godkända inläggen i Chorus. **Är du osäker, låt bli**, eller fråga teamet för sociala medier först.

## Integritet

Kollegor och kunder har inte gått med på att synas i ditt flöde.

- Fråga innan du lägger upp en bild där någon går att känna igen, och acceptera ett ”nej” utan förklaring.
- Nämn inte kollegor eller kunder i samband med jobbfrågor om de inte har sagt ja.
- Dela aldrig personuppgifter: e-postadresser, telefonnummer, hemadresser, hälsouppgifter, prestationsbedömningar eller något från ett HR- eller kundsystem.

Namnbrickor, besökslistor och öppna bärbara datorer i bakgrunden räknas också.

## Chorus kontrollerar, du bestämmer

Chorus kontrollerar inlägg efter konfidentiella termer, svordomar och personuppgifter innan de delas, och varnar dig när något verkar fel. Verktyget fångar vanliga misstag, men det kan inte förstå alla sammanhang. Du är fortfarande ansvarig för det du publicerar.`,
      },
      {
        title: 'Ton, ärlighet och öppenhet',
        body: `Hur du säger något är lika viktigt som vad du säger. En bra tumregel: skriv som om din chef, en kund och din mormor alla läste.

## Håll en respektfull ton

- Inga svordomar, inte ens förkortade.
- Ingen diskriminering och inga kommentarer som förminskar någon för den de är.
- Var schysst mot konkurrenter. Kritisera idéer, inte människor.
- Humor är välkommet, men använd det med omdöme. Skämt sprids utan sitt sammanhang, och ironi missförstås lätt.

## Var ärlig

Påstå bara det du kan stå för. Överdriv inte vad våra produkter kan och lova inget å företagets vägnar.

## Berätta att du jobbar här

När du berömmer eller rekommenderar Chorus produkter eller tjänster har din publik rätt att veta att du jobbar här, och i många länder kräver reglerna för rekommendationer det. Ett kort ”Jag jobbar på Chorus” eller hashtaggen #WeAreChorus räcker. De föreslagna inläggen i Chorus innehåller redan en sådan; behåll den när du redigerar texten.

## Du talar för dig själv

Bara pressavdelningen och utsedda talespersoner uttalar sig officiellt för företaget. När du publicerar något talar du som dig själv. Där det kan vara oklart, skriv ”egna åsikter” i din profil eller ditt inlägg. Om en journalist eller analytiker hör av sig, tacka och skicka vidare förfrågan till pressavdelningen.`,
      },
      {
        title: 'När ett inlägg får fientliga kommentarer',
        body: `Förr eller senare svarar någon på ett inlägg med kritik, ett klagomål eller ren fientlighet. Det kan kännas personligt, och lusten att rätta till bilden är stark. Stå emot den.

## Svara inte själv på angrepp

Svara inte på fientliga eller negativa kommentarer, börja inte diskutera och ta inte bort dem i stundens hetta. Ett svar, hur sansat det än är, drar ofta mer uppmärksamhet till angreppet och kan göra en enda kommentar till ett offentligt gräl. Du känner kanske inte heller till hela bakgrunden: det kan finnas ett pågående supportärende, en juridisk fråga eller en historia som pressavdelningen redan hanterar.

## Rapportera i Chorus

Använd **Rapportera en kommentar** i Chorus. Klistra in länken till kommentaren, lägg gärna till en rad om sammanhanget och skicka. Teamet för sociala medier tar det därifrån. De känner till bakgrunden, samarbetar vid behov med support, juridik och pressavdelningen och svarar å företagets vägnar.

Att rapportera är inte att skvallra eller att smita från ansvar. Det är precis rätt sak att göra, och teamet ser hellre tio ofarliga rapporter än missar en som spelar roll.

## Om du har gjort ett misstag

Om du inser att du har publicerat något du inte borde, ta bort eller rätta det så snart du kan och säg till teamet för sociala medier direkt, på social@chorus.example. Att säga till tidigt är alltid rätt, och ingen kommer att få skulden för det.`,
      },
    ],
    questions: [
      {
        prompt: 'Vilket av följande är okej att dela på din egen LinkedIn-profil?',
        options: [
          'En bild av produktplanen från det senaste personalmötet',
          'En artikel från nyhetsrummet om vårt nya kontor i Aten, publicerad i morse',
          'Namnet på en bank som snart skriver ett stort avtal med oss',
          'En skärmbild av en ny funktion som fortfarande testas',
        ],
        explanation:
          'Publicerade nyheter från nyhetsrummet är offentliga och gjorda för att delas. De andra är planer som inte har tillkännagetts, kundnamn utan samtycke eller pågående arbete.',
      },
      {
        prompt:
          'Du har tagit en riktigt bra bild av ditt team på ett evenemang. En kollega går tydligt att känna igen. Vad gör du?',
        options: [
          'Lägger upp den; det var ett offentligt evenemang',
          'Lägger upp den och taggar kollegan så att hen kan ta bort taggen om hen vill',
          'Frågar kollegan först och respekterar svaret',
        ],
        explanation:
          'Kollegor har inte gått med på att synas i ditt flöde. Fråga innan du lägger upp en bild där någon går att känna igen, och acceptera ett ”nej” utan förklaring.',
      },
      {
        prompt:
          'Någon svarar på ditt inlägg med en arg och orättvis kommentar om Chorus. Vad gör du?',
        options: [
          'Svarar artigt med fakta så att andra ser den andra sidan',
          'Tar bort ditt inlägg direkt så att kommentaren försvinner',
          'Rapporterar kommentaren med ”Rapportera en kommentar” i Chorus och svarar inte själv',
          'Ber några kollegor att svara till företagets försvar',
        ],
        explanation:
          'Svara inte själv på fientliga kommentarer. Rapportera dem i Chorus så att teamet för sociala medier, som känner till bakgrunden, kan svara.',
      },
      {
        prompt:
          'Du rekommenderar en produkt från Chorus i ett inlägg. Vad måste framgå av inlägget?',
        options: [
          'Att du jobbar på Chorus',
          'Vad produkten kostar',
          'Att din chef har godkänt inlägget',
          'Ingenting; en personlig rekommendation behöver ingen upplysning',
        ],
        explanation:
          'Din publik har rätt att veta att du jobbar här, och reglerna för rekommendationer kräver det ofta. ”Jag jobbar på Chorus” eller #WeAreChorus räcker.',
      },
      {
        prompt:
          'Chorus varnade inte för något i ditt inlägg. Vem är ansvarig för det du publicerar?',
        options: [
          'Chorus, eftersom kontrollerna granskade inlägget',
          'Kuratorn som godkände originalartikeln',
          'Teamet för sociala medier',
          'Du',
        ],
        explanation:
          'Kontrollerna fångar vanliga misstag, men de kan inte förstå alla sammanhang. Du är alltid ansvarig för det du publicerar.',
      },
      {
        prompt:
          'Du är inte säker på om en detalj i ditt inlägg redan har tillkännagetts. Vad är bäst att göra?',
        options: [
          'Publicera; om det är fel säger någon till',
          'Stryka den, eller fråga teamet för sociala medier först',
          'Publicera med ”egna åsikter” tillagt',
        ],
        explanation:
          'Är du osäker, låt bli. ”Egna åsikter” gör inte konfidentiell information offentlig.',
      },
    ],
  },
  {
    stage: 2,
    title: 'Sociala medier i jobbet',
    summary:
      'Hur sociala medier gör vardagen på jobbet enklare, och hur du använder Chorus så att dina inlägg låter som du.',
    lessons: [
      {
        title: 'Hitta rätt personer och kunskap snabbare',
        body: `Sociala medier handlar inte bara om att sända ut. Rätt använda är de ett av de snabbaste sätten att hitta rätt person eller rätt svar, både inom och utanför företaget.

## Hitta experter

Med kontor i Amsterdam, Köpenhamn, Stockholm, Aten, Berlin och Paris kan kollegan som löste ditt problem förra året sitta i en byggnad du aldrig har besökt. Yrkesprofiler och inlägg visar vem som jobbar med vad. Genom att följa kollegors arbete hittar du rätt person att fråga innan du lägger en vecka på att uppfinna hjulet på nytt.

Utanför företaget gäller samma sak: forskare, praktiker och partner delar ofta sitt arbete öppet. En genomtänkt kommentar på deras inlägg är ett utmärkt sätt att inleda ett samtal.

## Dela med dig av det du kan

När du skriver ett kort inlägg om något ditt team har lärt sig hjälper du två grupper på en gång. Människor utanför ser att vi kan vårt område. Kollegor inifrån får veta det också, ofta snabbare än genom ett internt nyhetsbrev.

Tänk på de vanliga reglerna: dela lärdomar och insikter, inte interna detaljer, kundnamn eller planer som inte har tillkännagetts.

## Följ dina kollegor

Att gilla och kommentera en kollegas inlägg är en liten gest som betyder mycket. Det hjälper inlägget att nå fler, det visar att du har sett deras arbete och du håller dig uppdaterad om vad andra team gör.

## En snabb vana

Tio minuter några gånger i veckan räcker: skumma igenom ditt flöde, följ en ny person vars arbete är relevant för ditt och reagera på ett inlägg du hade nytta av.`,
      },
      {
        title: 'Håll dig uppdaterad och hjälp till att rekrytera',
        body: `## Håll koll på branschen

Många av de mest användbara branschnyheterna dyker upp i sociala medier innan de hamnar i nyhetsbrev eller rapporter. Om du följer en handfull analytiker, branschtidningar, kunder och eftertänksamma praktiker får du ett jämnt flöde av nyheter utan större ansträngning.

Var selektiv. Ett flöde som följer alla blir snabbt brus. Välj hellre källor som förklarar än källor som skriker, och kontrollera påståenden innan du upprepar dem. En artikel som låter för bra, eller för alarmerande, för att vara sann är det ofta.

Flödet i Chorus hjälper till. Kuratorer väljer branschartiklar vid sidan av företagsnyheterna, så att du kan hålla dig uppdaterad och hitta något värt att dela på samma ställe.

## Hjälp oss att rekrytera

Rekommendationer är ett av de bästa sätten att hitta nya kollegor. Den som hör om en tjänst från någon de känner får en ärlig bild av hur jobbet är och brukar trivas bra.

När du delar en ledig tjänst:

- skriv en mening om teamet eller om varför du trivs här;
- nämn vem rollen skulle passa, så att ditt nätverk kan komma på någon;
- länka till den officiella annonsen i stället för att kopiera hela texten.

Dela inte interna detaljer om en rekrytering, kandidaters namn eller löneuppgifter som inte har publicerats.

## Var med på ditt sätt

Inget av detta är obligatoriskt. Vissa gillar att dela flera gånger i veckan, andra en gång i månaden och andra bara läser. Allt det är helt okej. Målet är att göra jobbet enklare och mer sammanlänkat, inte att lägga till ännu en uppgift.`,
      },
      {
        title: 'Använd flödet och ämnena i Chorus',
        body: `Chorus samlar innehållet som kuratorerna har godkänt för delning: företagsnyheter, branschartiklar, lediga jobb och kampanjer.

## Flödet

Ditt flöde visar de senast godkända inläggen, med fästa nyheter överst. Varje inlägg har en kort sammanfattning så att du snabbt kan avgöra om det intresserar dig. Vissa inlägg visas bara för vissa avdelningar, orter eller språk, så ditt flöde kan se annorlunda ut än en kollegas.

Inlägg kan ha ett slutdatum. När ett inlägg har gått ut försvinner det ur flödet, oftast för att nyheten inte längre är aktuell eller för att ett evenemang redan har ägt rum.

## Ämnen

Följ de ämnen som passar dina intressen och ditt nätverk, till exempel Hållbarhet, Produkt, Karriär eller Bransch. Chorus använder dem för att visa det mest relevanta först. Om dina följare mest är ingenjörer är ett ständigt flöde av evenemangsinbjudningar kanske inte vad de vill se.

## Föreslagna inlägg

De flesta inlägg har en föreslagen text, ibland skriven för ett visst nätverk. Förslagen är en utgångspunkt, granskade av kuratorerna och med upplysningen om din anställning där den behövs.

## Dela

Välj nätverk, redigera texten och dela. Innan inlägget publiceras kontrollerar Chorus det mot reglerna och säger till om något verkar fel, till exempel en konfidentiell term eller personuppgifter. Då kan du justera texten.

## Föreslå innehåll

Har du hittat en artikel som dina kollegor skulle gilla? Föreslå den i Chorus. En kurator tittar på den och lägger till den i flödet för alla om den passar.`,
      },
      {
        title: 'Gör det till ditt eget',
        body: `Tänk dig femtio kollegor som publicerar exakt samma mening inom samma timme. Deras följare märker det, och inläggen ser ut som en kampanj snarare än femtio personer som bryr sig. Nätverken märker det också: identiska inlägg visas ofta för färre, och vissa kan behandlas som skräppost.

## Därför fungerar dina egna ord bättre

Ditt nätverk följer dig för att det är du. En mening om varför en nyhet betyder något för dig, vad ditt team gjorde eller vad du tog med dig från en artikel är det som får folk att sluta scrolla. Det gör också ditt inlägg unikt, vilket hjälper det att nå fler.

## Så anpassar du ett föreslaget inlägg

- **Lägg till en personlig mening.** ”Vårt team har jobbat med det här i sex månader, och jag är stolt över resultatet” slår vilken slogan som helst.
- **Välj den vinkel som passar din publik.** En ingenjör kanske lyfter fram tekniken, en säljare vad det betyder för kunderna.
- **Håll det kort.** En eller två meningar och länken räcker oftast.
- **Behåll upplysningen.** Om inlägget rekommenderar våra produkter, behåll ”Jag jobbar på Chorus” eller #WeAreChorus.
- **Använd få hashtaggar.** En eller två relevanta räcker gott.

## Rätt tidpunkt

Dela när det passar dig och ditt nätverk, inte nödvändigtvis samma minut som nyheten släpps. Ett inlägg nästa morgon med din egen kommentar kan göra mer nytta än en direkt kopia.

## Ta det inte för långt

Om ditt flöde bara blir en ström av företagsnyheter kan följarna tappa intresset. Blanda företagsnyheter med branschartiklar och dina egna tankar. Kvalitet slår kvantitet.`,
      },
    ],
    questions: [
      {
        prompt: 'Varför bör du redigera den föreslagna texten innan du delar?',
        options: [
          'För att Chorus inte tillåter oredigerade inlägg',
          'För att identiska inlägg från många ser ut som skräppost, och dina egna ord når ditt nätverk bättre',
          'För att ingen har granskat de föreslagna inläggen',
          'För att du då slipper upplysa om att du jobbar här',
        ],
        explanation:
          'Inlägg med dina egna ord känns äkta och visas oftare. Föreslagna inlägg är en utgångspunkt, granskade av kuratorer.',
      },
      {
        prompt:
          'Du redigerar ett föreslaget inlägg som rekommenderar en produkt från Chorus. Vilken del bör du behålla?',
        options: [
          'Alla hashtaggar, så att inlägget når fler',
          'Den exakta formuleringen, så att inget går fel',
          'Upplysningen om att du jobbar på Chorus, till exempel #WeAreChorus',
        ],
        explanation:
          'Gör texten till din egen, men behåll upplysningen när du rekommenderar våra produkter eller tjänster.',
      },
      {
        prompt: 'Vad är ett bra sätt att dela en ledig tjänst i ditt team?',
        options: [
          'Skriva en mening om teamet, säga vem rollen passar och länka till den officiella annonsen',
          'Kopiera hela annonstexten och lönespannet som diskuterats internt',
          'Nämna kandidaterna som redan är med i processen så att andra vet vilka de konkurrerar med',
          'Skicka tjänsten till alla dina kontakter i ett privat meddelande',
        ],
        explanation:
          'En personlig mening och en länk till den officiella annonsen fungerar bäst. Interna detaljer om rekryteringen och kandidaters namn stannar internt.',
      },
      {
        prompt:
          'Ett inlägg har försvunnit ur ditt flöde i Chorus, trots att en kollega delade det förra veckan. Vad är den troligaste orsaken?',
        options: [
          'Din kollega delade det på fel sätt',
          'Ditt konto har begränsats',
          'Chorus tar bort inlägg efter en delning',
          'Inlägget har gått ut, till exempel för att evenemanget redan har ägt rum',
        ],
        explanation:
          'Inlägg kan ha ett slutdatum. När de går ut försvinner de ur flödet, eftersom nyheten inte längre är aktuell.',
      },
      {
        prompt:
          'Vad är det bästa sättet att använda sociala medier för att hitta rätt kollega till ett obekant problem?',
        options: [
          'Följa kollegors arbete och se vem som skriver om ämnet',
          'Publicera problemets interna detaljer offentligt och be om hjälp',
          'Vänta på nästa interna nyhetsbrev',
        ],
        explanation:
          'Genom att följa kollegors arbete ser du vem som jobbar med vad. Håll interna detaljer borta från offentliga inlägg.',
      },
      {
        prompt: 'Hur ofta förväntas du dela via Chorus?',
        options: [
          'Minst en gång i veckan',
          'Varje fäst inlägg',
          'Så ofta du vill, även aldrig',
          'När din chef ber om det',
        ],
        explanation: 'Att vara med är frivilligt. Du bestämmer om, vad och hur ofta du delar.',
      },
    ],
  },
  {
    stage: 3,
    title: 'Ambassadör',
    summary:
      'Bygga relationer, svara bra på äkta frågor, veta när du ska lämna över och förbli dig själv.',
    lessons: [
      {
        title: 'Lyssna innan du talar',
        body: `Som ambassadör är du en del av samtal, inte bara en källa till inlägg. Bra samtal börjar med att lyssna.

## Känn din publik

Titta på vem som följer dig och vem som reagerar på dina inlägg. Vad frågar de om? Vad har de nytta av? Ett inlägg som svarar på en fråga ditt nätverk faktiskt har går alltid bättre än ett som svarar på en fråga ingen ställt.

## Läs hela samtalet

Innan du går in i en tråd, läs den från början. Vilka deltar? Är det ett vänligt utbyte, en teknisk diskussion eller ett klagomål som redan håller på att hetta till? Samma mening kan vara till hjälp i en tråd och helt malplacerad i en annan.

## Lägg märke till det som kräver uppmärksamhet

När du lyssnar kanske du märker saker som företaget borde känna till: en kund som har problem, ett återkommande missförstånd om en produkt eller kritik som tar fart. Du behöver inte lösa det själv. Säg till rätt personer:

- produktfrågor eller idéer går till rätt team;
- fientliga eller negativa kommentarer rapporteras i Chorus med **Rapportera en kommentar**;
- allt som ser ut att kunna bli stort går direkt till teamet för sociala medier, på social@chorus.example.

## Bygg relationer över tid

Relationer växer ur många små möten: en användbar kommentar på någons inlägg, ett grattis till ett nytt jobb, en länk till en artikel de kanske gillar. Inget av det handlar om att sälja. Med tiden blir du någon som folk litar på och återkommer till, och det förtroendet är det som gör dina inlägg om Chorus trovärdiga.`,
      },
      {
        title: 'Svara på äkta frågor',
        body: `Alla kommentarer är inte klagomål. Ofta vill folk bara veta något: var inspelningen av ett föredrag finns, om en produkt fungerar med deras system, om ett team rekryterar. Ett snabbt och vänligt svar gör ett mycket gott intryck.

## Det här kan du svara på

Du kan hjälpa till med frågor som har ett offentligt, sakligt svar:

- hänvisa till nyhetsrummet, produktsidan, dokumentationen eller karriärsidan;
- dela information som redan har publicerats;
- säga ärligt att du inte vet, och hänvisa till någon som vet.

Håll svaren korta, vänliga och konkreta. ”Bra fråga! Inspelningen finns på vår evenemangssida”, följt av länken, är perfekt.

## Det här lämnar du över

Vissa frågor är inte dina att svara på, hur gärna du än vill hjälpa till:

- **Supportärenden.** En kund med problem med sitt konto eller sin produkt behöver support, som kan se detaljerna. Hänvisa till den officiella supportkanalen i stället för att felsöka offentligt.
- **Priser, avtal och åtaganden.** De går till sälj eller till rätt team.
- **Frågor från press, analytiker eller investerare** går till pressavdelningen.
- **Allt som är fientligt, negativt eller känsligt** rapporteras i Chorus med **Rapportera en kommentar**, och teamet för sociala medier svarar.

Be aldrig folk att publicera personliga uppgifter offentligt, som ett kundnummer eller en e-postadress. Support tar det privat.

## Hitta rätt ton

Var varm och mänsklig, och skriv som du skulle prata med en kund ansikte mot ansikte. Tacka för frågan. Använd inte jargong, kopiera inte marknadsföringsslogans och var aldrig sarkastisk, inte ens när en fråga verkar självklar.`,
      },
      {
        title: 'Bråka aldrig, och håll huvudet kallt i en kris',
        body: `## Bråka aldrig

Gräl i sociala medier har inga vinnare. Även om du har rätt får ett offentligt fram och tillbaka företaget att se defensivt ut och ger kritikern en större publik. Det kan också följa dig personligen länge.

När ett samtal blir negativt:

- svara inte, inte ens för att rätta fakta;
- ta inte bort eller dölj kommentarer på ditt eget inlägg utan att prata med teamet för sociala medier;
- rapportera kommentaren i Chorus med **Rapportera en kommentar**, med en kort notering om sammanhanget.

Teamet för sociala medier avgör om och hur det ska svaras. Ibland är det bästa ett lugnt offentligt svar, ibland ett privat meddelande och ibland inget svar alls. De kan fatta det beslutet eftersom de ser helheten.

## I en kris

Då och då händer något större: ett driftavbrott, en nyhet i media, en offentlig kontrovers. I sådana lägen:

- **Pausa ditt delande.** Glada inlägg bredvid dåliga nyheter ser okänsliga ut. Håll koll på Chorus och din e-post för vägledning.
- **Spekulera inte.** Gissa inte om orsaker, siffror eller konsekvenser, inte ens i all välmening.
- **Dela bara officiella uppdateringar.** Om företaget publicerar en uppdatering går det bra att dela länken. Att lägga till egna teorier gör det inte.
- **Rapportera det du ser.** Om folk frågar dig direkt, rapportera kommentarerna i Chorus i stället för att svara själv.
- **Ta hand om dig själv.** Om du blir personligt angripen, säg till teamet för sociala medier. Du behöver inte hantera det ensam.

När det värsta har lagt sig meddelar teamet för sociala medier ambassadörerna när det är dags att börja dela igen.`,
      },
      {
        title: 'Ditt personliga varumärke, på riktigt',
        body: `De bästa ambassadörerna låter inte som ambassadörer. De låter som sig själva.

## Var dig själv

Ditt nätverk följer dig för ditt perspektiv, din expertis och din personlighet. Dela det du verkligen tycker är intressant, med dina egna ord. Om en företagsnyhet inte engagerar dig behöver du inte dela den. Entusiasm som inte är äkta är lätt att genomskåda.

## Bygg på din expertis

Fundera på vad du vill vara känd för: datateknik, kundintroduktion, hållbar logistik. Dela artiklar, lärdomar och erfarenheter kring det temat. Företagsnyheter som passar ditt tema känns då naturliga i ditt flöde i stället för som reklam.

## Hitta balansen

En bra blandning kan vara några egna tankar eller lärdomar, några branschartiklar med din kommentar och då och då en företagsnyhet du är stolt över. Om de flesta av dina inlägg är företagsnyheter kan folk börja scrolla förbi.

## Var öppen

Äkthet innebär också ärlighet om din koppling till företaget. Berätta att du jobbar på Chorus när du rekommenderar våra produkter, och skriv ”egna åsikter” där det kan vara oklart om du talar för företaget. Öppenhet gör dina rekommendationer mer trovärdiga, inte mindre.

## Ge erkännande

Nämn kollegor som gjorde jobbet (med deras samtycke), länka till den ursprungliga källan till en idé och tacka dem som hjälpt dig. Generositet är en av de mest attraktiva egenskaper en yrkesperson kan visa på nätet.

## Fortsätt lära dig

Nätverken förändras, och det gör god praxis också. Teamet för sociala medier delar tips och nyheter i Chorus. Ambassadörer som fortsätter att lära sig förblir relevanta.`,
      },
    ],
    questions: [
      {
        prompt:
          'En kund frågar under ditt inlägg om inspelningen från evenemanget finns tillgänglig. Den publicerades i går. Vad gör du?',
        options: [
          'Rapporterar kommentaren i Chorus, eftersom du aldrig får svara på kommentarer',
          'Svarar kort och länkar till inspelningen på den officiella evenemangssidan',
          'Ignorerar den; att svara på frågor är supportens jobb',
          'Ber om kundens e-postadress så att du kan skicka den personligen',
        ],
        explanation:
          'Äkta frågor med ett offentligt, sakligt svar får du gärna svara på. Rapporteringen är till för fientliga, negativa eller känsliga kommentarer.',
      },
      {
        prompt:
          'En kund kommenterar att hen inte kan logga in på sitt konto och ber om hjälp. Vad är rätt att göra?',
        options: [
          'Be kunden publicera sin kontoadress så att du kan titta på saken',
          'Guida kunden genom felsökning i kommentarerna',
          'Säga att du inte får prata om kunder',
          'Hänvisa till den officiella supportkanalen, där någon kan titta på detaljerna privat',
        ],
        explanation:
          'Supportärenden kräver någon som kan se detaljerna, privat. Be aldrig folk att publicera personliga uppgifter offentligt.',
      },
      {
        prompt:
          'En kritiker skriver något som är sakligt fel om Chorus under ditt inlägg. Vad bör du göra?',
        options: [
          'Rapportera kommentaren i Chorus och låta teamet för sociala medier avgöra hur det ska svaras',
          'Rätta fakta artigt i ett svar',
          'Ta bort kommentaren så att ingen ser den felaktiga informationen',
        ],
        explanation:
          'Bråka aldrig, inte ens för att rätta fakta. Teamet för sociala medier ser helheten och avgör om och hur det ska svaras.',
      },
      {
        prompt: 'Det är ett stort driftavbrott och folk frågar om det på nätet. Vad bör du göra?',
        options: [
          'Förklara vad du tror orsakade det, så att folk förstår',
          'Fortsätta med dina planerade inlägg för att visa att allt är som vanligt',
          'Pausa ditt delande, bara dela officiella uppdateringar och rapportera frågor i Chorus',
          'Skriva att du inte får kommentera på grund av företagets regler',
        ],
        explanation:
          'I en kris: pausa, spekulera inte, dela bara officiella uppdateringar och rapportera kommentarerna du får.',
      },
      {
        prompt: 'Vilket inlägg är det bästa exemplet på en äkta ambassadör?',
        options: [
          'Den föreslagna texten, exakt kopierad, med tio hashtaggar',
          'En kort notering om vad du lärde dig av projektet, en länk till nyheten i nyhetsrummet och #WeAreChorus',
          'Ett inlägg som berömmer vår produkt utan att nämna att du jobbar på Chorus, så att det verkar oberoende',
        ],
        explanation:
          'Egna ord, en länk till den officiella källan och en ärlig upplysning gör ett inlägg både äkta och trovärdigt.',
      },
      {
        prompt:
          'Du blir personligt angripen i fientliga kommentarer efter att ha delat en företagsnyhet. Vad gör du?',
        options: [
          'Hanterar det själv; det är ditt personliga konto',
          'Svarar bestämt så att de slutar',
          'Avslutar ditt konto',
          'Rapporterar kommentarerna i Chorus och säger till teamet för sociala medier; du behöver inte hantera det ensam',
        ],
        explanation:
          'Rapportera fientliga kommentarer och säg till teamet för sociala medier. De stöttar ambassadörer som blir personligt angripna.',
      },
    ],
  },
];
