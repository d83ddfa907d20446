import type { DemoStageTranslation } from './demo-training-translations';

/** The demo training in Danish. */
export const DEMO_TRAINING_DA: DemoStageTranslation[] = [
  {
    stage: 1,
    title: 'Grundlaget',
    summary:
      'Hvad der er godt at dele, hvad der kan skade dig eller virksomheden, og hvad du gør, når et opslag får fjendtlige kommentarer.',
    lessons: [
      {
        title: 'Derfor betyder din stemme noget',
        body: `Folk stoler mere på mennesker end på brands. Når en virksomhed skriver om sit nye kontor, lyder det som en reklame. Når du skriver, at du er stolt over at have været med til at bygge det, lyder det som en anbefaling fra en, der ved, hvad han eller hun taler om.

Derfor findes Chorus: for at gøre det nemt at dele nyheder, du faktisk går op i, med dem, der allerede følger dig.

## Det er godt at dele

- **Offentliggjorte nyheder fra virksomheden**: lanceringer, arrangementer, priser og historier fra vores newsroom, når de er offentlige.
- **Brancheartikler**, som du har haft gavn af, med en sætning om hvorfor.
- **Ledige stillinger**, især i dit eget team. Måske findes din næste fantastiske kollega i dit netværk.
- **Dine egne erfaringer**: hvad du lærte på en konference, et problem dit team løste, hvad du godt kan lide ved dit arbejde.

## Hvad du får ud af det

Når du deler med omtanke, bygger du dit professionelle omdømme op. Med tiden ser folk dig som en, der kender sit felt og deler noget brugbart, og det hjælper både i din nuværende rolle og i din karriere.

## Det er dit valg

Det er frivilligt at være med. Du bestemmer, om du vil dele, hvad du deler, og på hvilke netværk. Ingen holder øje med, hvem der ikke deler, og det tæller aldrig imod dig at lade være.

I de næste lektioner ser vi på de få ting, der kan gå galt, så du kan dele med ro i maven.`,
      },
      {
        title: 'Fortrolige oplysninger og privatliv',
        body: `De fleste fejl, der virkelig gør ondt, handler om oplysninger, der ikke var vores at dele endnu, eller slet ikke var vores at dele.

## Fortrolige oplysninger

Del ikke:

- produkter, funktioner, projekter eller lanceringsdatoer, der ikke er offentliggjort;
- regnskabstal, priser eller aftaler, før de er officielt offentliggjort;
- navne på kunder, leverandører eller partnere, medmindre de har sagt ja til at blive nævnt;
- interne dokumenter, dashboards, roadmaps eller skærmbilleder af interne værktøjer.

Hold øje med baggrunden. Et glad teamfoto foran en whiteboard kan afsløre planerne for næste kvartal. Et skærmbillede af en funktion, der stadig er i test, er ikke en nyhed endnu; det er et læk.

Når noget er offentliggjort, så link til den officielle kilde, for eksempel vores newsroom, eller brug de godkendte opslag i Chorus. **Er du i tvivl, så lad være**, eller spørg social media-teamet først.

## Privatliv

Kolleger og kunder har ikke sagt ja til at optræde på din tidslinje.

- Spørg, før du lægger et billede op, hvor nogen kan genkendes, og accepter et "nej" uden begrundelse.
- Nævn ikke kolleger eller kunder i forbindelse med arbejdsforhold, medmindre de siger ja.
- Del aldrig personoplysninger: e-mailadresser, telefonnumre, privatadresser, helbredsoplysninger, resultater fra medarbejderudviklingssamtaler eller noget fra et HR- eller kundesystem.

Navneskilte, besøgslister og åbne bærbare i baggrunden tæller også.

## Chorus tjekker, du bestemmer

Chorus tjekker opslag for fortrolige ord, bandeord og personoplysninger, før de bliver delt, og advarer dig, når noget ser forkert ud. Det fanger de almindelige smuttere, men det kan ikke forstå enhver sammenhæng. Du har stadig ansvaret for det, du slår op.`,
      },
      {
        title: 'Tone, ærlighed og åbenhed',
        body: `Hvordan du siger noget, betyder lige så meget som hvad du siger. En god tommelfingerregel: Skriv, som om din leder, en kunde og din bedstemor alle sammen læser med.

## Hold en respektfuld tone

- Ingen bandeord, heller ikke forkortede.
- Ingen diskrimination eller bemærkninger, der nedgør nogen for den, de er.
- Vær fair over for konkurrenterne. Kritiser idéer, ikke mennesker.
- Humor er velkommen, men brug den med omtanke. Vittigheder bliver delt uden deres sammenhæng, og ironi bliver let misforstået.

## Vær ærlig

Påstå kun det, du kan stå inde for. Overdriv ikke, hvad vores produkter kan, og lov ikke noget på virksomhedens vegne.

## Sig, at du arbejder her

Når du roser eller anbefaler Chorus' produkter eller tjenester, har dit publikum ret til at vide, at du arbejder her, og i mange lande kræver reglerne for anbefalinger det. Et kort "Jeg arbejder hos Chorus" eller hashtagget #WeAreChorus er nok. De foreslåede opslag i Chorus indeholder det allerede; behold det, når du redigerer teksten.

## Du taler for dig selv

Kun presseafdelingen og udpegede talspersoner udtaler sig officielt på virksomhedens vegne. Når du slår noget op, taler du som dig selv. Hvor det kan være uklart, så skriv "egne holdninger" i din profil eller dit opslag. Hvis en journalist eller analytiker kontakter dig, så tak og send henvendelsen videre til presseafdelingen.`,
      },
      {
        title: 'Når et opslag får fjendtlige kommentarer',
        body: `Før eller siden vil nogen svare på et opslag med kritik, en klage eller ren fjendtlighed. Det kan føles personligt, og trangen til at rette op på tingene er stor. Lad være.

## Svar ikke selv på angreb

Svar ikke på fjendtlige eller negative kommentarer, gå ikke ind i en diskussion, og slet dem ikke i affekt. Et svar, uanset hvor fornuftigt det er, trækker ofte mere opmærksomhed til angrebet og kan gøre en enkelt kommentar til en offentlig strid. Du kender måske heller ikke hele baggrunden: Der kan være en åben supportsag, en juridisk sag eller en historie, som presseafdelingen allerede håndterer.

## Rapportér det i Chorus

Brug **Rapportér en kommentar** i Chorus. Indsæt linket til kommentaren, tilføj gerne en linje om sammenhængen, og send den. Social media-teamet tager den derfra. De kender baggrunden, arbejder sammen med support, jura og presseafdelingen, når det er nødvendigt, og svarer på virksomhedens vegne.

At rapportere er hverken at sladre eller at løbe fra ansvaret. Det er præcis det rigtige at gøre, og teamet ser hellere ti harmløse rapporter end at overse én, der betyder noget.

## Hvis du har begået en fejl

Hvis du opdager, at du har slået noget op, som du ikke burde, så slet eller ret det så hurtigt som muligt, og sig det til social media-teamet med det samme på social@chorus.example. Det er altid det rigtige at sige det tidligt, og ingen vil få skylden for det.`,
      },
    ],
    questions: [
      {
        prompt: 'Hvilket af disse er i orden at dele på din egen LinkedIn-profil?',
        options: [
          'Et billede af produktroadmappen fra det seneste fællesmøde',
          'En artikel fra vores newsroom om vores nye kontor i Athen, offentliggjort i morges',
          'Navnet på en bank, der snart skriver under på en stor kontrakt med os',
          'Et skærmbillede af en ny funktion, der stadig er i test',
        ],
        explanation:
          'Offentliggjorte nyheder fra vores newsroom er offentlige og lavet til at blive delt. De andre er planer, der ikke er offentliggjort, kundenavne uden samtykke eller igangværende arbejde.',
      },
      {
        prompt:
          'Du har taget et rigtig godt billede af dit team til et arrangement. En kollega kan tydeligt genkendes. Hvad gør du?',
        options: [
          'Lægger det op; det var et offentligt arrangement',
          'Lægger det op og tagger kollegaen, så vedkommende kan fjerne tagget, hvis de vil',
          'Spørger kollegaen først og respekterer svaret',
        ],
        explanation:
          'Kolleger har ikke sagt ja til at optræde på din tidslinje. Spørg, før du lægger et billede op, hvor nogen kan genkendes, og accepter et "nej" uden begrundelse.',
      },
      {
        prompt:
          'Nogen svarer på dit opslag med en vred og urimelig kommentar om Chorus. Hvad gør du?',
        options: [
          'Svarer høfligt med fakta, så andre ser den anden side af sagen',
          'Sletter dit opslag med det samme, så kommentaren forsvinder',
          'Rapporterer kommentaren med "Rapportér en kommentar" i Chorus og svarer ikke selv',
          'Beder et par kolleger om at svare til forsvar for virksomheden',
        ],
        explanation:
          'Svar ikke selv på fjendtlige kommentarer. Rapportér dem i Chorus, så social media-teamet, der kender baggrunden, kan svare.',
      },
      {
        prompt: 'Du anbefaler et af Chorus’ produkter i et opslag. Hvad skal opslaget gøre klart?',
        options: [
          'At du arbejder hos Chorus',
          'Hvad produktet koster',
          'At din leder har godkendt opslaget',
          'Ingenting; en personlig anbefaling kræver ingen oplysning',
        ],
        explanation:
          'Dit publikum har ret til at vide, at du arbejder her, og reglerne for anbefalinger kræver det ofte. "Jeg arbejder hos Chorus" eller #WeAreChorus er nok.',
      },
      {
        prompt:
          'Chorus advarede dig ikke om noget i dit opslag. Hvem har ansvaret for det, du offentliggør?',
        options: [
          'Chorus, fordi tjekkene gennemgik opslaget',
          'Kuratoren, der godkendte den oprindelige artikel',
          'Social media-teamet',
          'Dig',
        ],
        explanation:
          'Tjekkene fanger de almindelige smuttere, men de kan ikke forstå enhver sammenhæng. Du har altid ansvaret for det, du slår op.',
      },
      {
        prompt:
          'Du er ikke sikker på, om en detalje i dit opslag allerede er offentliggjort. Hvad er den bedste fremgangsmåde?',
        options: [
          'Slå det op; hvis det er forkert, skal nok nogen sige det',
          'Udelad detaljen, eller spørg social media-teamet først',
          'Slå det op med "egne holdninger" tilføjet',
        ],
        explanation:
          'Er du i tvivl, så lad være. "Egne holdninger" gør ikke fortrolige oplysninger offentlige.',
      },
    ],
  },
  {
    stage: 2,
    title: 'Sociale medier i arbejdet',
    summary:
      'Hvordan sociale medier gør hverdagen på arbejdet nemmere, og hvordan du bruger Chorus, så dine opslag lyder som dig.',
    lessons: [
      {
        title: 'Find mennesker og viden hurtigere',
        body: `Sociale medier handler ikke kun om at sende budskaber ud. Brugt rigtigt er de en af de hurtigste måder at finde den rette person eller det rette svar på, både i og uden for virksomheden.

## Find eksperterne

Med kontorer i Amsterdam, København, Stockholm, Athen, Berlin og Paris kan den kollega, der løste dit problem sidste år, sidde i en bygning, du aldrig har været i. Faglige profiler og opslag viser, hvem der arbejder med hvad. Når du følger kollegernes arbejde, finder du den rette at spørge, før du bruger en uge på at opfinde den dybe tallerken igen.

Uden for virksomheden gælder det samme: Forskere, fagfolk og partnere deler ofte deres arbejde åbent. En gennemtænkt kommentar til deres opslag er en glimrende måde at starte en samtale på.

## Del det, du ved

Når du skriver et kort opslag om noget, dit team har lært, hjælper du to grupper på én gang. Folk udefra ser, at vi kan vores fag. Kolleger indefra får det også at vide, ofte hurtigere end gennem et internt nyhedsbrev.

Husk de sædvanlige regler: Del erfaringer og indsigter, ikke interne detaljer, kundenavne eller planer, der ikke er offentliggjort.

## Følg dine kolleger

At like og kommentere en kollegas opslag er en lille gestus, der betyder meget. Det hjælper opslaget med at nå flere, det viser, at du har lagt mærke til deres arbejde, og du holder dig orienteret om, hvad andre teams laver.

## En hurtig vane

Ti minutter et par gange om ugen er nok: Skim dit feed, følg én ny person, hvis arbejde er relevant for dit, og reager på ét opslag, du havde gavn af.`,
      },
      {
        title: 'Hold dig opdateret, og hjælp med at rekruttere',
        body: `## Følg med i branchen

Mange af de mest brugbare brancheopdateringer dukker op på sociale medier, før de når nyhedsbreve eller rapporter. Følger du en håndfuld analytikere, fagmedier, kunder og eftertænksomme fagfolk, får du en jævn strøm af nyheder uden det store besvær.

Vær kræsen. Et feed, der følger alle, bliver hurtigt til støj. Vælg hellere kilder, der forklarer, end kilder, der råber, og tjek påstande, før du gentager dem. En artikel, der lyder for god, eller for alarmerende, til at være sand, er det ofte.

Feedet i Chorus hjælper her. Kuratorerne udvælger brancheartikler ved siden af virksomhedens nyheder, så du kan holde dig opdateret og finde noget, der er værd at dele, samme sted.

## Hjælp os med at rekruttere

Anbefalinger er en af de bedste måder at finde nye kolleger på. Folk, der hører om en stilling fra en, de kender, får et ærligt billede af jobbet og falder som regel godt til.

Når du deler en ledig stilling:

- skriv en sætning om teamet, eller om hvorfor du er glad for at arbejde her;
- nævn, hvem stillingen passer til, så dit netværk kan komme i tanke om nogen;
- henvis til det officielle stillingsopslag i stedet for at kopiere hele teksten.

Del ikke interne detaljer fra en rekrutteringsproces, kandidaters navne eller lønoplysninger, der ikke er offentliggjort.

## Vær med på din måde

Intet af dette er obligatorisk. Nogle kan lide at dele flere gange om ugen, andre én gang om måneden, og andre læser bare med. Det er alt sammen helt i orden. Målet er at gøre arbejdet nemmere og mere forbundet, ikke at give dig endnu en opgave.`,
      },
      {
        title: 'Brug feedet og emnerne i Chorus',
        body: `Chorus samler det indhold, som kuratorerne har godkendt til deling: nyheder fra virksomheden, brancheartikler, ledige stillinger og kampagner.

## Feedet

Dit feed viser de senest godkendte opslag med fastgjorte historier øverst. Hvert opslag har et kort resumé, så du hurtigt kan afgøre, om det interesserer dig. Nogle opslag vises kun for bestemte afdelinger, lokationer eller sprog, så dit feed kan se anderledes ud end en kollegas.

Opslag kan have en udløbsdato. Når et opslag er udløbet, forsvinder det fra feedet, som regel fordi nyheden ikke længere er aktuel, eller fordi et arrangement er overstået.

## Emner

Følg de emner, der passer til dine interesser og dit netværk, for eksempel Bæredygtighed, Produkt, Karriere eller Branche. Chorus bruger dem til at vise det mest relevante først. Hvis dine følgere mest er ingeniører, er en lind strøm af invitationer til arrangementer måske ikke det, de vil se.

## Foreslåede opslag

De fleste opslag kommer med en foreslået tekst, nogle gange skrevet til et bestemt netværk. Forslagene er et udgangspunkt, tjekket af kuratorerne og med oplysningen om dit ansættelsesforhold, hvor den er nødvendig.

## Del

Vælg netværk, rediger teksten, og del. Før opslaget bliver sendt ud, tjekker Chorus det op mod reglerne og siger til, hvis noget ser forkert ud, for eksempel et fortroligt ord eller personoplysninger. Så kan du tilpasse teksten.

## Foreslå indhold

Har du fundet en artikel, som dine kolleger ville synes om? Foreslå den i Chorus. En kurator kigger på den og føjer den til feedet for alle, hvis den passer.`,
      },
      {
        title: 'Gør det til dit eget',
        body: `Forestil dig halvtreds kolleger, der slår præcis den samme sætning op inden for den samme time. Deres følgere lægger mærke til det, og opslagene ligner en kampagne snarere end halvtreds mennesker, der går op i sagen. Netværkene lægger også mærke til det: Ens opslag bliver ofte vist for færre, og nogle kan blive behandlet som spam.

## Derfor virker dine egne ord bedre

Dit netværk følger dig på grund af dig. En sætning om, hvorfor en historie betyder noget for dig, hvad dit team gjorde, eller hvad du fik ud af en artikel, er det, der får folk til at stoppe op. Det gør også dit opslag unikt, og det hjælper det med at nå flere.

## Sådan tilpasser du et foreslået opslag

- **Tilføj én personlig sætning.** "Vores team har arbejdet på det her i seks måneder, og jeg er stolt af resultatet" slår ethvert slogan.
- **Vælg den vinkel, der passer til dit publikum.** En ingeniør fremhæver måske teknologien, en sælger hvad det betyder for kunderne.
- **Hold det kort.** En eller to sætninger og linket er som regel nok.
- **Behold oplysningen.** Hvis opslaget anbefaler vores produkter, så behold "Jeg arbejder hos Chorus" eller #WeAreChorus.
- **Brug få hashtags.** Et eller to relevante er rigeligt.

## God timing

Del, når det giver mening for dig og dit netværk, ikke nødvendigvis i det minut, nyheden kommer ud. Et opslag næste morgen med din egen kommentar kan klare sig bedre end en hurtig kopi.

## Overdriv det ikke

Hvis dit feed bliver en strøm af virksomhedsnyheder, kan følgerne miste interessen. Bland virksomhedens historier med brancheartikler og dine egne tanker. Kvalitet slår kvantitet.`,
      },
    ],
    questions: [
      {
        prompt: 'Hvorfor bør du redigere den foreslåede tekst, før du deler?',
        options: [
          'Fordi Chorus ikke tillader uredigerede opslag',
          'Fordi ens opslag fra mange ligner spam, og dine egne ord når dit netværk bedre',
          'Fordi ingen har tjekket de foreslåede opslag',
          'Fordi du så ikke behøver at oplyse, at du arbejder her',
        ],
        explanation:
          'Opslag med dine egne ord virker ægte og bliver oftere vist. Foreslåede opslag er et udgangspunkt, tjekket af kuratorerne.',
      },
      {
        prompt:
          'Du redigerer et foreslået opslag, der anbefaler et af Chorus’ produkter. Hvilken del bør du beholde?',
        options: [
          'Alle hashtags, så opslaget når flere',
          'Den præcise ordlyd, så intet går galt',
          'Oplysningen om, at du arbejder hos Chorus, for eksempel #WeAreChorus',
        ],
        explanation:
          'Gør teksten til din egen, men behold oplysningen, når du anbefaler vores produkter eller tjenester.',
      },
      {
        prompt: 'Hvad er en god måde at dele en ledig stilling i dit team på?',
        options: [
          'Skrive en sætning om teamet, sige hvem stillingen passer til og linke til det officielle opslag',
          'Kopiere hele stillingsbeskrivelsen og det lønniveau, der er drøftet internt',
          'Nævne de kandidater, der allerede er i processen, så andre kender konkurrencen',
          'Sende stillingen til alle dine kontakter i en privat besked',
        ],
        explanation:
          'En personlig sætning og et link til det officielle opslag virker bedst. Interne detaljer om rekrutteringen og kandidaters navne forbliver fortrolige.',
      },
      {
        prompt:
          'Et opslag er forsvundet fra dit feed i Chorus, selvom en kollega delte det i sidste uge. Hvad er den mest sandsynlige grund?',
        options: [
          'Din kollega delte det forkert',
          'Din konto er blevet begrænset',
          'Chorus fjerner opslag efter én deling',
          'Opslaget er udløbet, for eksempel fordi arrangementet er overstået',
        ],
        explanation:
          'Opslag kan have en udløbsdato. Når de udløber, forsvinder de fra feedet, fordi nyheden ikke længere er aktuel.',
      },
      {
        prompt:
          'Hvad er den bedste måde at bruge sociale medier på for at finde den rette kollega til et ukendt problem?',
        options: [
          'Følge kollegernes arbejde og se, hvem der skriver om emnet',
          'Slå problemets interne detaljer op offentligt og bede om hjælp',
          'Vente på det næste interne nyhedsbrev',
        ],
        explanation:
          'Når du følger kollegernes arbejde, kan du se, hvem der arbejder med hvad. Hold interne detaljer ude af offentlige opslag.',
      },
      {
        prompt: 'Hvor ofte forventes det, at du deler via Chorus?',
        options: [
          'Mindst én gang om ugen',
          'Hvert fastgjort opslag',
          'Så ofte du har lyst, også aldrig',
          'Når din leder beder om det',
        ],
        explanation: 'Det er frivilligt at være med. Du bestemmer, om, hvad og hvor ofte du deler.',
      },
    ],
  },
  {
    stage: 3,
    title: 'Ambassadør',
    summary:
      'Opbyg relationer, svar godt på ægte spørgsmål, ved hvornår du skal give videre, og forbliv dig selv.',
    lessons: [
      {
        title: 'Lyt, før du taler',
        body: `Som ambassadør er du en del af samtaler, ikke bare en kilde til opslag. Gode samtaler begynder med at lytte.

## Kend dit publikum

Se på, hvem der følger dig, og hvem der reagerer på dine opslag. Hvad spørger de om? Hvad har de gavn af? Et opslag, der svarer på et spørgsmål, dit netværk faktisk har, klarer sig altid bedre end et, der svarer på et spørgsmål, ingen har stillet.

## Læs hele samtalen

Før du går ind i en tråd, så læs den fra begyndelsen. Hvem deltager? Er det en venlig udveksling, en teknisk diskussion eller en klage, der allerede er ved at blive ophedet? Den samme sætning kan være en hjælp i én tråd og helt malplaceret i en anden.

## Læg mærke til det, der kræver opmærksomhed

Når du lytter, opdager du måske ting, virksomheden bør vide: en kunde, der har det svært, en misforståelse om et produkt, der bliver ved med at dukke op, eller kritik, der tager fart. Du behøver ikke løse det selv. Sig det til de rette:

- spørgsmål eller idéer om produkter går til det relevante team;
- fjendtlige eller negative kommentarer rapporteres i Chorus med **Rapportér en kommentar**;
- alt, der ser ud til at kunne blive stort, går straks til social media-teamet på social@chorus.example.

## Opbyg relationer over tid

Relationer vokser ud af mange små møder: en brugbar kommentar til nogens opslag, et tillykke med det nye job, et link til en artikel, de måske kan lide. Intet af det handler om at sælge. Med tiden bliver du en, folk stoler på og vender tilbage til, og den tillid er det, der gør dine opslag om Chorus troværdige.`,
      },
      {
        title: 'Svar på ægte spørgsmål',
        body: `Ikke alle kommentarer er klager. Ofte vil folk bare gerne vide noget: hvor optagelsen af et oplæg ligger, om et produkt virker med deres system, om et team ansætter. Et hurtigt og venligt svar gør et rigtig godt indtryk.

## Det kan du svare på

Du kan hjælpe med spørgsmål, der har et offentligt, sagligt svar:

- henvis til vores newsroom, produktsiden, dokumentationen eller karrieresiden;
- del oplysninger, der allerede er offentliggjort;
- sig ærligt, at du ikke ved det, og henvis til en, der gør.

Hold svarene korte, venlige og konkrete. "Godt spørgsmål! Optagelsen ligger på vores side med arrangementer", efterfulgt af linket, er perfekt.

## Det giver du videre

Nogle spørgsmål er ikke dine at svare på, uanset hvor gerne du vil hjælpe:

- **Supportsager.** En kunde med et problem med sin konto eller sit produkt har brug for support, som kan se detaljerne. Henvis til den officielle supportkanal i stedet for at fejlsøge offentligt.
- **Priser, kontrakter og tilsagn.** De går til salg eller til det relevante team.
- **Spørgsmål fra presse, analytikere eller investorer** går til presseafdelingen.
- **Alt, der er fjendtligt, negativt eller følsomt,** rapporteres i Chorus med **Rapportér en kommentar**, og social media-teamet svarer.

Bed aldrig folk om at skrive personlige oplysninger offentligt, som et kundenummer eller en e-mailadresse. Support tager det privat.

## Ram den rigtige tone

Vær varm og menneskelig, og skriv, som du ville tale med en kunde ansigt til ansigt. Sig tak for spørgsmålet. Brug ikke fagsprog, kopier ikke markedsføringsslogans, og vær aldrig sarkastisk, heller ikke når et spørgsmål virker indlysende.`,
      },
      {
        title: 'Diskutér aldrig, og bevar roen i en krise',
        body: `## Diskutér aldrig

Skænderier på sociale medier har ingen vindere. Selv hvis du har ret, får en offentlig ordveksling virksomheden til at se defensiv ud og giver kritikeren et større publikum. Det kan også følge dig personligt i lang tid.

Når en samtale bliver negativ:

- svar ikke, heller ikke for at rette fakta;
- slet eller skjul ikke kommentarer på dit eget opslag uden at tale med social media-teamet;
- rapportér kommentaren i Chorus med **Rapportér en kommentar**, med en kort note om sammenhængen.

Social media-teamet afgør, om og hvordan der skal svares. Nogle gange er det bedste et roligt offentligt svar, nogle gange en privat besked og nogle gange slet intet svar. De kan træffe den beslutning, fordi de ser hele billedet.

## I en krise

En gang imellem sker der noget større: et nedbrud, en historie i medierne, en offentlig strid. I de situationer:

- **Sæt din deling på pause.** Glade opslag ved siden af dårlige nyheder virker tonedøve. Hold øje med Chorus og din e-mail for vejledning.
- **Spekulér ikke.** Gæt ikke på årsager, tal eller konsekvenser, heller ikke i bedste mening.
- **Del kun officielle opdateringer.** Hvis virksomheden lægger en opdatering ud, er det fint at dele linket. Det er ikke fint at tilføje dine egne teorier.
- **Rapportér det, du ser.** Hvis folk spørger dig direkte, så rapportér kommentarerne i Chorus i stedet for selv at svare.
- **Pas på dig selv.** Hvis du bliver angrebet personligt, så sig det til social media-teamet. Du skal ikke klare det alene.

Når det værste er overstået, giver social media-teamet ambassadørerne besked om, hvornår det er et godt tidspunkt at begynde at dele igen.`,
      },
      {
        title: 'Dit personlige brand, helt ægte',
        body: `De bedste ambassadører lyder ikke som ambassadører. De lyder som sig selv.

## Vær dig selv

Dit netværk følger dig for dit perspektiv, din ekspertise og din personlighed. Del det, du oprigtigt finder interessant, med dine egne ord. Hvis en nyhed fra virksomheden ikke begejstrer dig, behøver du ikke at dele den. Begejstring, man ikke føler, er let at gennemskue.

## Byg videre på din ekspertise

Tænk over, hvad du gerne vil være kendt for: data engineering, onboarding af kunder, bæredygtig logistik. Del artikler, erfaringer og oplevelser omkring det tema. Nyheder fra virksomheden, der passer til dit tema, vil så føles naturlige i dit feed i stedet for som en reklame.

## Find balancen

En god blanding kan være nogle af dine egne tanker eller erfaringer, et par brancheartikler med din vinkel på dem og en gang imellem en historie fra virksomheden, som du er stolt af. Hvis de fleste af dine opslag er virksomhedsnyheder, begynder folk måske at scrolle forbi.

## Vær åben

Ægthed omfatter også ærlighed om din forbindelse til virksomheden. Sig, at du arbejder hos Chorus, når du anbefaler vores produkter, og skriv "egne holdninger", hvor det kan være uklart, om du taler på virksomhedens vegne. Åbenhed gør dine anbefalinger mere troværdige, ikke mindre.

## Giv anerkendelse

Nævn de kolleger, der gjorde arbejdet (med deres samtykke), link til den oprindelige kilde til en idé, og sig tak til dem, der har hjulpet dig. Gavmildhed er en af de mest tiltalende egenskaber, en fagperson kan vise online.

## Bliv ved med at lære

Netværkene ændrer sig, og det gør god praksis også. Social media-teamet deler tips og nyheder i Chorus. Ambassadører, der bliver ved med at lære, forbliver relevante.`,
      },
    ],
    questions: [
      {
        prompt:
          'En kunde spørger under dit opslag, om optagelsen fra arrangementet er tilgængelig. Den blev offentliggjort i går. Hvad gør du?',
        options: [
          'Rapporterer kommentaren i Chorus, fordi du aldrig må svare på kommentarer',
          'Svarer kort og linker til optagelsen på den officielle side med arrangementer',
          'Ignorerer den; det er supports opgave at svare på spørgsmål',
          'Beder om kundens e-mailadresse, så du kan sende den personligt',
        ],
        explanation:
          'Ægte spørgsmål med et offentligt, sagligt svar må du gerne svare på. Rapportering er til fjendtlige, negative eller følsomme kommentarer.',
      },
      {
        prompt:
          'En kunde skriver i en kommentar, at de ikke kan logge ind på deres konto, og beder om hjælp. Hvad er det rigtige at gøre?',
        options: [
          'Bede kunden om at skrive den e-mailadresse, kontoen er oprettet med, så du kan undersøge sagen',
          'Guide kunden gennem fejlsøgning i kommentarerne',
          'Sige, at du ikke må tale om kunder',
          'Henvise til den officielle supportkanal, hvor nogen kan se på detaljerne privat',
        ],
        explanation:
          'Supportsager kræver en, der kan se detaljerne, privat. Bed aldrig folk om at skrive personlige oplysninger offentligt.',
      },
      {
        prompt:
          'En kritiker skriver noget faktuelt forkert om Chorus under dit opslag. Hvad bør du gøre?',
        options: [
          'Rapportere kommentaren i Chorus og lade social media-teamet afgøre, hvordan der skal svares',
          'Rette fakta høfligt i et svar',
          'Slette kommentaren, så ingen ser de forkerte oplysninger',
        ],
        explanation:
          'Diskutér aldrig, heller ikke for at rette fakta. Social media-teamet ser hele billedet og afgør, om og hvordan der skal svares.',
      },
      {
        prompt: 'Der er et stort nedbrud, og folk spørger til det online. Hvad bør du gøre?',
        options: [
          'Forklare, hvad du tror, der var årsagen, så folk forstår det',
          'Fortsætte med dine planlagte opslag for at vise, at alt er normalt',
          'Sætte din deling på pause, kun dele officielle opdateringer og rapportere spørgsmål i Chorus',
          'Skrive, at du ikke må kommentere på grund af virksomhedens regler',
        ],
        explanation:
          'I en krise: hold pause, spekulér ikke, del kun officielle opdateringer, og rapportér de kommentarer, du får.',
      },
      {
        prompt: 'Hvilket opslag er det bedste eksempel på en ægte ambassadør?',
        options: [
          'Den foreslåede tekst, kopieret ordret, med ti hashtags',
          'En kort note om, hvad du lærte af projektet, et link til historien i vores newsroom og #WeAreChorus',
          'Et opslag, der roser vores produkt uden at nævne, at du arbejder hos Chorus, så det virker uafhængigt',
        ],
        explanation:
          'Dine egne ord, et link til den officielle kilde og en ærlig oplysning gør et opslag både ægte og troværdigt.',
      },
      {
        prompt:
          'Du bliver angrebet personligt i fjendtlige kommentarer efter at have delt en historie fra virksomheden. Hvad gør du?',
        options: [
          'Håndterer det selv; det er din personlige konto',
          'Svarer bestemt, så de holder op',
          'Lukker din konto',
          'Rapporterer kommentarerne i Chorus og siger det til social media-teamet; du skal ikke klare det alene',
        ],
        explanation:
          'Rapportér fjendtlige kommentarer, og giv social media-teamet besked. De støtter ambassadører, der bliver angrebet personligt.',
      },
    ],
  },
];
