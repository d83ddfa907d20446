import type { DemoPolicyText } from './demo-policy';

/** The demo policy in Danish, translated from the English original. */
export const DEMO_POLICY_DA: DemoPolicyText = {
  language: 'da',
  title: 'Politik for sociale medier',
  body: `## Hvorfor vi har denne politik

Mange af os fortæller om vores arbejde online, og det er vi glade for. Når du deler noget om en lancering, du har arbejdet på, et team, du er stolt af, eller en artikel, du fandt nyttig, ser folk virksomheden gennem øjnene på en, der kender den indefra. Det er mere værd end nogen annonce.

Denne politik forklarer, hvordan du gør det godt. Den skal ikke forhindre dig i at sige noget. Den beskriver de få ting, der for alvor kan skade dig, dine kolleger, vores kunder eller virksomheden, og hvad du kan gøre i stedet. Det meste er sund fornuft, skrevet ned, så vi alle mener det samme.

## Hvem og hvad den gælder

Politikken gælder for alle, der arbejder for Chorus, også konsulenter og praktikanter, når du skriver om arbejdet, om Chorus eller om vores branche. Det gælder LinkedIn, X, Facebook, Instagram, blogs, fora, podcasts og alle de netværk, vi endnu ikke har hørt om. Den gælder ikke det, du skriver om din weekend, dine hobbyer eller dit fodboldhold, så længe arbejdet ikke blandes ind i det.

Det er frivilligt at dele via Chorus. Ingen skal tilmelde sig, ingen skal dele et bestemt antal opslag, og det bliver aldrig holdt imod dig, hvis du vælger ikke at være med. Du kan stoppe når som helst fra din profilside.

## Hold fortrolige oplysninger fortrolige

De fleste fejl, der virkelig betyder noget, handler om oplysninger, som vi endnu ikke måtte dele. Del ikke:

- produkter, funktioner, projekter, partnerskaber eller lanceringsdatoer, der ikke er offentliggjort;
- regnskabstal, prognoser, priser eller aftaler, før de er offentliggjort officielt;
- navne på kunder, leverandører eller partnere, medmindre de har sagt ja til at blive nævnt offentligt;
- interne dokumenter, slides, dashboards, kode, roadmaps eller skærmbilleder af interne værktøjer;
- noget om nedskæringer, omstruktureringer, opkøb eller juridiske sager, der ikke er offentliggjort.

Et par eksempler. Et billede af teamet, der fejrer noget ved whiteboardet, er hyggeligt, medmindre whiteboardet viser planen for næste kvartal. "Har lige lukket vores største aftale nogensinde med en stor hollandsk bank!" fortæller konkurrenterne mere, end du tror, og banken ønsker måske slet ikke at blive genkendt. Et skærmbillede af en ny funktion, der stadig testes, er ikke en nyhed endnu; det er en lækage.

Når noget er offentliggjort, er det sikreste at linke til den officielle kilde, for eksempel vores nyhedsside på [news.chorus.example/press](https://news.chorus.example/press), eller at bruge de godkendte opslag i Chorus.

**Er du i tvivl, så lad være.** Du kan altid spørge social media-teamet først. Et spørgsmål tager et minut; en lækage kan koste meget mere.

## Respektér kollegers og kunders privatliv

Dine kolleger og vores kunder har ikke bedt om at optræde på din tidslinje.

- Spørg, før du deler et billede, hvor nogen kan genkendes, og respektér et nej uden at kræve en grund.
- Nævn ikke kolleger, kunder eller ansøgere i forbindelse med arbejdsforhold, medmindre de siger ja.
- Del aldrig personoplysninger: mailadresser, telefonnumre, privatadresser, fødselsdatoer, helbredsoplysninger, medarbejdervurderinger eller noget fra et HR- eller kundesystem.
- Vær opmærksom på baggrunden i billeder og skærmoptagelser. Navneskilte, åbne bærbare, besøgslister og fragtetiketter afslører mere, end du tror.

## Tonen: respektfuld, ærlig og menneskelig

Skriv, som du ville tale på en konference, hvor din leder, en kunde og din bedstemor alle sidder blandt publikum.

- Vær respektfuld, også over for konkurrenter. Vær uenig i idéer, ikke i mennesker.
- Ingen bandeord eller grimt sprog, heller ikke forkortet eller med et glimt i øjet.
- Ingen diskrimination, chikane eller kommentarer, der nedgør nogen på grund af køn, oprindelse, religion, handicap, alder, seksuel orientering eller noget andet ved, hvem de er.
- Humor er velkommen, men brug den med omtanke. Vittigheder rejser uden deres sammenhæng, og ironi bliver let misforstået af folk, der ikke kender dig.
- Hold dig til fakta, du kan stå inde for, og overdriv ikke, hvad vores produkter kan.

## Tid på arbejdet

At dele virksomhedens nyheder og holde sig opdateret om branchen er en del af mange jobs, og du må gerne gøre det i arbejdstiden. Brug din sunde fornuft: Det må ikke gå ud over dit arbejde, dine møder eller dine kunder.

## Hvem der taler på Chorus' vegne

Kun presseafdelingen og udpegede talspersoner udtaler sig officielt på virksomhedens vegne. Når du skriver noget, taler du på egne vegne som en, der arbejder her.

- Hvor det kan være uklart, så tilføj en linje som "synspunkterne er mine egne" i din profil eller dit opslag.
- Giv ikke løfter, tilsagn eller udtalelser på virksomhedens vegne.
- Hvis en journalist, analytiker eller investor kontakter dig, så tak dem og send henvendelsen videre til presseafdelingen.
- **Oplys, at du arbejder for Chorus**, når du roser eller anbefaler vores produkter eller tjenester. Dem, der læser med, har ret til at vide det, og i mange lande kræver markedsføringsloven det. Et enkelt "jeg arbejder hos Chorus" eller et hashtag som #WeAreChorus er nok; de godkendte opslag i Chorus har allerede et.

## Svar ikke selv på angreb

Før eller siden svarer nogen på et opslag med kritik, en klage eller ren fjendtlighed. Hvor uretfærdigt det end føles, så **svar ikke selv på fjendtlige eller negative kommentarer**, og slet dem ikke eller diskutér med dem i affekt.

Anmeld i stedet kommentaren i Chorus med **Anmeld en kommentar**. Indsæt linket, tilføj eventuelt en linje om baggrunden, så tager social media-teamet over. De kender baggrunden, koordinerer med support, jura og presseafdelingen efter behov og svarer på virksomhedens vegne. Ved at anmelde kommentaren har du gjort præcis det rigtige.

Ægte, venlige spørgsmål er en anden sag. Hvis nogen blot spørger, hvor de kan finde flere oplysninger, må du gerne henvise dem til den officielle side.

## Chorus hjælper, men du har stadig ansvaret

Før et opslag forlader Chorus, tjekker vores sikkerhedsnet det for blandt andet fortrolige begreber, bandeord og personoplysninger og advarer dig, når noget ser forkert ud. Tjekkene fanger almindelige smuttere, men de kan ikke forstå enhver sammenhæng. De er et sikkerhedsnet, ikke en garanti. Uanset hvad du deler, via Chorus eller direkte, har du selv ansvaret for det. Læs dit opslag igennem en ekstra gang, før du trykker del.

## Fejl sker

Alle laver en fejl online på et tidspunkt. Det vigtige er, hvad der sker bagefter. Hvis du opdager, at du har delt noget, du ikke burde:

1. Slet eller ret opslaget så hurtigt, du kan.
2. Sig det straks til social media-teamet, også selvom du tror, at ingen har set det.

Det er altid det rigtige at sige det tidligt, og ingen får skylden for at gøre det. Så kan vi hjælpe, for eksempel ved at kontakte en kunde, før de hører det fra en anden.

## Når politikken ikke bliver fulgt

Brud på denne politik håndteres efter personalehåndbogen, som alle andre arbejdsforhold. Vores reaktion står i forhold til, hvad der skete og hvorfor. I de fleste tilfælde betyder det en samtale og lidt hjælp til at undgå det næste gang. Alvorlige eller gentagne brud, som at lække fortrolige oplysninger med vilje eller chikanere nogen, kan føre til ansættelsesretlige konsekvenser.

## Spørgsmål og kontakt

Social media-teamet hjælper gerne med alt fra "er det her i orden at dele?" til "nogen angriber mig online". Du kan skrive til social@chorus.example eller bruge knappen Anmeld en kommentar i Chorus. Henvendelser fra medierne går til presseafdelingen.

Vi gennemgår politikken mindst én gang om året. Når den ændres, viser Chorus dig, hvad der er nyt, og beder dig læse den igen.

Tak, fordi du er med til at fortælle historien om Chorus.`,
};
