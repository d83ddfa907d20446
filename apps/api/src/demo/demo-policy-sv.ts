import type { DemoPolicyText } from './demo-policy';

/** The demo policy in Swedish, translated from the English original. */
export const DEMO_POLICY_SV: DemoPolicyText = {
  language: 'sv',
  title: 'Policy för sociala medier',
  body: `## Därför har vi den här policyn

Många av oss berättar om jobbet på nätet, och det gläder oss. När du delar något om en lansering du har jobbat med, ett team du är stolt över eller en artikel du tyckte var läsvärd, ser folk företaget genom ögonen på någon som känner det inifrån. Det är värt mer än någon annons.

Den här policyn förklarar hur du gör det på ett bra sätt. Den är inte till för att hindra dig från att säga något. Den beskriver de få saker som verkligen kan skada dig, dina kollegor, våra kunder eller företaget, och vad du kan göra i stället. Det mesta är sunt förnuft, nedskrivet så att vi alla menar samma sak.

## Vem och vad den gäller

Policyn gäller alla som arbetar för Chorus, även konsulter och praktikanter, när du skriver om jobbet, om Chorus eller om vår bransch. Det gäller LinkedIn, X, Facebook, Instagram, bloggar, forum, poddar och alla nätverk vi ännu inte har hört talas om. Den gäller inte det du skriver om din helg, dina fritidsintressen eller ditt fotbollslag, så länge jobbet inte kommer in i bilden.

Det är frivilligt att dela via Chorus. Ingen måste gå med, ingen måste dela ett visst antal inlägg, och att avstå räknas aldrig emot dig. Du kan sluta när du vill via din profilsida.

## Håll konfidentiell information konfidentiell

De flesta misstag som verkligen spelar roll handlar om information som vi ännu inte fick dela. Publicera inte:

- produkter, funktioner, projekt, samarbeten eller lanseringsdatum som inte har offentliggjorts;
- finansiella resultat, prognoser, priser eller affärer innan de har offentliggjorts officiellt;
- namn på kunder, leverantörer eller partner om de inte har gått med på att nämnas offentligt;
- interna dokument, presentationer, dashboards, kod, roadmaps eller skärmbilder av interna verktyg;
- något om nedskärningar, omorganisationer, förvärv eller rättsliga frågor som inte har offentliggjorts.

Några exempel. En bild på teamet som firar vid whiteboardtavlan är trevlig, om inte tavlan visar planen för nästa kvartal. "Har just skrivit vårt största avtal någonsin med en stor holländsk bank!" säger mer till konkurrenterna än du tror, och banken kanske inte alls vill bli igenkänd. En skärmbild av en ny funktion som fortfarande testas är inte en nyhet än; det är en läcka.

När något har offentliggjorts är det säkraste att länka till den officiella källan, till exempel vår nyhetssida på [news.chorus.example/press](https://news.chorus.example/press), eller att använda de godkända inläggen i Chorus.

**Är du osäker, låt bli.** Du kan alltid fråga teamet för sociala medier först. En fråga tar en minut; en läcka kan kosta mycket mer.

## Respektera kollegors och kunders integritet

Dina kollegor och våra kunder har inte bett om att synas i ditt flöde.

- Fråga innan du publicerar en bild där någon går att känna igen, och respektera ett nej utan att kräva ett skäl.
- Nämn inte kollegor, kunder eller kandidater i samband med jobbfrågor om de inte har gått med på det.
- Dela aldrig personuppgifter: e-postadresser, telefonnummer, hemadresser, födelsedatum, hälsouppgifter, medarbetarbedömningar eller något från ett HR- eller kundsystem.
- Var uppmärksam på bakgrunden i bilder och skärminspelningar. Namnbrickor, uppfällda laptops, besökslistor och fraktsedlar avslöjar mer än man tror.

## Tonen: respektfull, ärlig och mänsklig

Skriv som du skulle prata på en konferens där din chef, en kund och din mormor alla sitter i publiken.

- Var respektfull, även mot konkurrenter. Var oenig med idéer, inte med människor.
- Inga svordomar eller grovt språk, inte ens förkortat eller med glimten i ögat.
- Ingen diskriminering, inga trakasserier och inga kommentarer som förminskar någon på grund av kön, ursprung, religion, funktionsnedsättning, ålder, sexuell läggning eller något annat som är en del av vem de är.
- Humor är välkommet, men använd det med omdöme. Skämt färdas utan sitt sammanhang, och ironi missförstås lätt av den som inte känner dig.
- Håll dig till fakta du kan stå för, och överdriv inte vad våra produkter kan.

## Tid på jobbet

Att dela företagets nyheter och hålla sig uppdaterad om branschen ingår i många roller, och du får gärna göra det på arbetstid. Använd sunt förnuft: det ska inte gå ut över ditt arbete, dina möten eller dina kunder.

## Vem som talar för Chorus

Bara pressavdelningen och utsedda talespersoner uttalar sig officiellt för företaget. När du publicerar något talar du för dig själv, som någon som jobbar här.

- Där det kan vara otydligt kan du lägga till en rad som "åsikterna är mina egna" i din profil eller ditt inlägg.
- Ge inga löften, åtaganden eller uttalanden för företagets räkning.
- Om en journalist, analytiker eller investerare kontaktar dig, tacka och skicka förfrågan vidare till pressavdelningen.
- **Berätta att du jobbar på Chorus** när du berömmer eller rekommenderar våra produkter eller tjänster. Dina läsare har rätt att veta det, och i många länder kräver lagen om marknadsföring det. Ett enkelt "jag jobbar på Chorus" eller en hashtagg som #WeAreChorus räcker; de godkända inläggen i Chorus har redan en.

## Svara inte själv på angrepp

Förr eller senare svarar någon på ett inlägg med kritik, ett klagomål eller ren fientlighet. Hur orättvist det än känns: **svara inte själv på fientliga eller negativa kommentarer**, och radera dem inte eller bråka med dem i stundens hetta.

Anmäl i stället kommentaren i Chorus med **Anmäl en kommentar**. Klistra in länken, lägg gärna till en rad om sammanhanget, så tar teamet för sociala medier över. De känner till bakgrunden, samordnar med support, juridik och pressavdelningen vid behov och svarar för företagets räkning. Genom att anmäla har du gjort precis rätt.

Ärliga, vänliga frågor är en annan sak. Om någon bara undrar var det finns mer information får du gärna hänvisa till den officiella sidan.

## Chorus hjälper till, men du har fortfarande ansvaret

Innan ett inlägg lämnar Chorus kontrollerar våra skyddsräcken det bland annat för konfidentiella begrepp, svordomar och personuppgifter, och varnar dig när något verkar fel. Kontrollerna fångar vanliga misstag, men de kan inte förstå varje sammanhang. De är ett skyddsnät, ingen garanti. Vad du än publicerar, via Chorus eller direkt, är det du som ansvarar för det. Läs igenom ditt inlägg en gång till innan du trycker på dela.

## Misstag händer

Alla gör fel på nätet någon gång. Det viktiga är vad som händer sedan. Om du märker att du har publicerat något du inte borde:

1. Radera eller rätta inlägget så snart du kan.
2. Säg till teamet för sociala medier direkt, även om du tror att ingen har sett det.

Det är alltid rätt att säga till tidigt, och ingen får skulden för att göra det. Då kan vi hjälpa till, till exempel genom att kontakta en kund innan de får höra det från någon annan.

## När policyn inte följs

Brott mot den här policyn hanteras enligt personalhandboken, precis som andra arbetsfrågor. Vår reaktion står i proportion till vad som hände och varför. Oftast innebär det ett samtal och lite hjälp att undvika det nästa gång. Allvarliga eller upprepade brott, som att medvetet läcka konfidentiell information eller trakassera någon, kan leda till disciplinära åtgärder.

## Frågor och kontakt

Teamet för sociala medier hjälper gärna till med allt från "är det här okej att publicera?" till "någon angriper mig på nätet". Du når oss på social@chorus.example eller via knappen Anmäl en kommentar i Chorus. Frågor från media går till pressavdelningen.

Vi går igenom policyn minst en gång om året. När den ändras visar Chorus vad som är nytt och ber dig läsa den igen.

Tack för att du hjälper till att berätta historien om Chorus.`,
};
