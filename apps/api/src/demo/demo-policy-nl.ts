import type { DemoPolicyText } from './demo-policy';

/** The demo policy in Dutch, translated from the English original. */
export const DEMO_POLICY_NL: DemoPolicyText = {
  language: 'nl',
  title: 'Socialemediabeleid',
  body: `## Waarom we dit beleid hebben

Veel van ons praten online over hun werk, en daar zijn we blij mee. Als je iets deelt over een lancering waaraan je hebt gewerkt, een team waar je trots op bent of een artikel dat je nuttig vond, zien mensen het bedrijf door de ogen van iemand die het van binnenuit kent. Dat is meer waard dan welke advertentie ook.

Dit beleid legt uit hoe je dat goed doet. Het is niet bedoeld om je de mond te snoeren. Het beschrijft de paar dingen die jou, je collega's, onze klanten of het bedrijf echt kunnen schaden, en wat je in plaats daarvan doet. Het meeste is gezond verstand, opgeschreven zodat we er allemaal hetzelfde onder verstaan.

## Voor wie en waarvoor het geldt

Het beleid geldt voor iedereen die voor Chorus werkt, ook voor freelancers en stagiairs, zodra je iets plaatst over je werk, over Chorus of over onze branche. Dat geldt voor LinkedIn, X, Facebook, Instagram, blogs, fora, podcasts en elk netwerk waar we nog nooit van hebben gehoord. Het gaat niet over wat je plaatst over je weekend, je hobby's of je voetbalclub, zolang je werk er niet in meespeelt.

Delen via Chorus is vrijwillig. Niemand hoeft mee te doen, niemand hoeft een minimum aantal berichten te delen, en niet meedoen wordt je nooit aangerekend. Je kunt op elk moment stoppen via je profielpagina.

## Houd vertrouwelijke informatie vertrouwelijk

De meeste fouten die er echt toe doen, gaan over informatie die nog niet gedeeld mocht worden. Plaats dus niets over:

- onaangekondigde producten, functies, projecten, samenwerkingen of releasedata;
- financiële resultaten, prognoses, prijzen of deals voordat ze officieel bekend zijn gemaakt;
- namen van klanten, leveranciers of partners, tenzij zij ermee hebben ingestemd publiekelijk genoemd te worden;
- interne documenten, slides, dashboards, code, roadmaps of schermafbeeldingen van interne tools;
- ontslagen, reorganisaties, overnames of juridische zaken die nog niet zijn aangekondigd.

Een paar voorbeelden. Een foto van het team dat iets viert bij het whiteboard is leuk, behalve als op dat whiteboard het plan voor het volgende kwartaal staat. "Net onze grootste deal ooit gesloten met een grote Nederlandse bank!" vertelt concurrenten meer dan je denkt, en misschien wil die bank helemaal niet herkend worden. Een schermafbeelding van een nieuwe functie die nog getest wordt, is geen nieuws maar een lek.

Is iets aangekondigd? Deel het dan het veiligst met een link naar de officiële bron, zoals onze nieuwspagina op [news.chorus.example/press](https://news.chorus.example/press), of gebruik de goedgekeurde berichten in Chorus.

**Twijfel je? Dan niet.** Je kunt het socialemediateam altijd eerst iets vragen. Vragen kost een minuut; een lek kan veel meer kosten.

## Respecteer de privacy van collega's en klanten

Je collega's en onze klanten hebben er niet voor gekozen om op jouw tijdlijn te verschijnen.

- Vraag het eerst voordat je een foto plaatst waarop iemand herkenbaar is, en respecteer een "nee" zonder uitleg te verlangen.
- Noem collega's, klanten of sollicitanten niet in verband met werkzaken, tenzij ze daarmee instemmen.
- Deel nooit persoonsgegevens: e-mailadressen, telefoonnummers, huisadressen, geboortedata, gezondheidsinformatie, beoordelingen of wat dan ook uit een HR- of klantsysteem.
- Let op de achtergrond van foto's en schermopnames. Naambadges, opengeklapte laptops, bezoekerslijsten en verzendlabels verraden meer dan je verwacht.

## Toon: respectvol, eerlijk en menselijk

Schrijf zoals je zou praten op een congres waar je leidinggevende, een klant en je oma allemaal in de zaal zitten.

- Wees respectvol, ook tegenover concurrenten. Wees het oneens met ideeën, niet met mensen.
- Niet vloeken of schelden, ook niet afgekort of met een knipoog.
- Geen discriminatie, intimidatie of opmerkingen die iemand kleineren vanwege gender, afkomst, religie, beperking, leeftijd, seksuele geaardheid of wie diegene verder is.
- Humor is welkom, maar ga er zorgvuldig mee om. Grappen reizen zonder hun context, en ironie wordt makkelijk verkeerd begrepen door mensen die je niet kennen.
- Houd je aan feiten waar je achter kunt staan, en overdrijf niet wat onze producten kunnen.

## Tijd op het werk

Bedrijfsnieuws delen en bijblijven in de branche hoort bij veel functies, en je mag dat gerust onder werktijd doen. Gebruik je gezonde verstand: het mag je werk, je overleggen of je klanten niet in de weg zitten.

## Wie er namens Chorus spreekt

Alleen de persvoorlichting en aangewezen woordvoerders spreken officieel namens het bedrijf. Als jij iets plaatst, spreek je voor jezelf, als iemand die hier werkt.

- Waar het onduidelijk kan zijn, zet je een regel als "mijn mening is persoonlijk" in je profiel of bericht.
- Doe geen beloftes, toezeggingen of uitspraken namens het bedrijf.
- Neemt een journalist, analist of belegger contact met je op, bedank diegene dan en stuur het verzoek door naar de persvoorlichting.
- **Vermeld dat je bij Chorus werkt** als je onze producten of diensten aanprijst of aanbeveelt. Je publiek heeft er recht op dat te weten, en in veel landen schrijft de wet op aanbevelingen het voor. Een simpel "ik werk bij Chorus" of een hashtag als #WeAreChorus is genoeg; de goedgekeurde berichten in Chorus bevatten er al een.

## Reageer niet zelf op aanvallen

Vroeg of laat reageert iemand op een bericht met kritiek, een klacht of gewoon vijandigheid. Hoe oneerlijk het ook voelt: **reageer niet zelf op vijandige of negatieve reacties**, en verwijder ze niet of ga er niet in de hitte van het moment tegenin.

Meld de reactie in plaats daarvan in Chorus met **Reactie melden**. Plak de link, voeg eventueel een regel context toe, en het socialemediateam neemt het over. Zij kennen de achtergrond, stemmen waar nodig af met support, juridische zaken en de persvoorlichting, en reageren namens het bedrijf. Door het te melden heb je precies het goede gedaan.

Echte, vriendelijke vragen zijn een ander verhaal. Vraagt iemand gewoon waar meer informatie te vinden is, dan mag je diegene gerust naar de officiële pagina verwijzen.

## Chorus helpt, maar jij blijft verantwoordelijk

Voordat een bericht Chorus verlaat, controleren onze vangrails het op onder meer vertrouwelijke termen, grof taalgebruik en persoonsgegevens, en waarschuwen ze je als iets niet lijkt te kloppen. Die controles vangen veelgemaakte vergissingen op, maar begrijpen niet elke context. Ze zijn een vangnet, geen garantie. Wat je ook plaatst, via Chorus of rechtstreeks, je blijft er zelf verantwoordelijk voor. Lees je bericht nog één keer voordat je op delen drukt.

## Fouten maken mag

Iedereen maakt online weleens een fout. Wat telt, is wat je daarna doet. Merk je dat je iets hebt geplaatst wat niet had gemogen:

1. Verwijder of corrigeer het bericht zo snel mogelijk.
2. Laat het socialemediateam het meteen weten, ook als je denkt dat niemand het heeft gezien.

Het ons vroeg vertellen is altijd de goede keuze, en niemand krijgt daar de schuld van. Zo kunnen we helpen, bijvoorbeeld door contact op te nemen met een klant voordat die het van iemand anders hoort.

## Als het beleid niet wordt nageleefd

Overtredingen van dit beleid worden behandeld volgens het personeelshandboek, net als elke andere werkkwestie. Onze reactie staat in verhouding tot wat er gebeurde en waarom. Meestal betekent dat een gesprek en wat hulp om het de volgende keer te voorkomen. Ernstige of herhaalde overtredingen, zoals het bewust lekken van vertrouwelijke informatie of het intimideren van iemand, kunnen tot disciplinaire maatregelen leiden.

## Vragen en contact

Het socialemediateam helpt je graag met alles, van "mag ik dit plaatsen?" tot "iemand valt me online aan". Je bereikt ons via social@chorus.example of via de knop Reactie melden in Chorus. Vragen van de media gaan naar de persvoorlichting.

We bekijken dit beleid minstens één keer per jaar opnieuw. Als het verandert, laat Chorus je zien wat er nieuw is en vraagt het je om het opnieuw te lezen.

Bedankt dat je helpt het verhaal van Chorus te vertellen.`,
};
