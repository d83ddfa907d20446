import { renderMessage } from '@chorus/core';
import { check } from './index';
import { listLanguage } from './profanity';

function profanity(text: string, language: string | null, languages?: readonly string[]) {
  return check(text, { network: 'any', language, languages })
    .filter((finding) => finding.kind === 'profanity')
    .map((finding) => {
      expect(text.slice(finding.start, finding.end)).toBe(finding.match);
      expect(finding.severity).toBe('block');
      return [finding.match, finding.language];
    });
}

describe('profanity', () => {
  it.each([
    // [text, post language, what is flagged, the list that matched]
    ['What the fuck', 'en', 'fuck', 'en'],
    ['SHIT happens', 'en', 'SHIT', 'en'],
    ['This is bullshit.', null, 'bullshit', 'en'],
    ['You piece of shit', 'en', 'piece of shit', 'en'],
    ['Fuck!', 'nl', 'Fuck', 'en'],
    ['Wat een klootzak', 'nl', 'klootzak', 'nl'],
    ['Godverdomme, weer file', 'nl', 'Godverdomme', 'nl'],
    ['Wat een lul-de-behanger', 'nl', 'lul-de-behanger', 'nl'],
    ['Klootzak', null, 'Klootzak', 'nl'],
    ['Sikke noget lort', 'da', 'lort', 'da'],
    ['Dit RØVHUL', 'da', 'RØVHUL', 'da'],
    ['Jävlar, vad kallt', 'sv', 'Jävlar', 'sv'],
    ['Dra åt helvete!', 'sv', 'Dra åt helvete', 'sv'],
    ['Faen i helvete', 'no', 'Faen i helvete', 'nb'],
    ['Faen i helvete', 'nb', 'Faen i helvete', 'nb'],
    ['So ein Arschloch', 'de', 'Arschloch', 'de'],
    ['So eine Scheiße', 'de', 'Scheiße', 'de'],
    ['SCHEISSE', 'de-AT', 'SCHEISSE', 'de'],
    ['Quel connard', 'fr', 'connard', 'fr'],
    ['Putain, encore', 'fr', 'Putain', 'fr'],
    ['Oh merde', 'fr', 'merde', 'fr'],
    ['Ce fils de pute', 'fr', 'fils de pute', 'fr'],
    ['Un vrai enculé', 'fr', 'enculé', 'fr'],
    ['Un vrai encule', 'fr', 'encule', 'fr'],
    ['Quel connard', 'fr', 'connard', 'fr'],
    ['Τι μαλάκας', 'el', 'μαλάκας', 'el'],
    ['Τι μαλακας', 'el', 'μαλακας', 'el'],
    ['ΤΙ ΜΑΛΑΚΑΣ', 'el', 'ΜΑΛΑΚΑΣ', 'el'],
    ['Μαλάκα!', null, 'Μαλάκα', 'el'],
    ['Γαμώτο, πάλι', 'el', 'Γαμώτο', 'el'],
    ['γαμωτο', 'el', 'γαμωτο', 'el'],
    ['Άντε γαμήσου', 'el', 'Άντε γαμήσου', 'el'],
    ['ρε malakas', 'el', 'malakas', 'el'],
    ['Σκατά', 'el', 'Σκατά', 'el'],
  ])('flags %j (language %s)', (text, language, match, list) => {
    expect(profanity(text, language)).toEqual([[match, list]]);
  });

  it.each([
    ['What the f**k', 'f**k'],
    ['What the f*ck', 'f*ck'],
    ['Oh sh*t', 'sh*t'],
    ['Oh sh1t', 'sh1t'],
    ['Oh $hit', '$hit'],
    ['Oh sh!t!', 'sh!t'],
    ['What an a$$hole', 'a$$hole'],
    ['a**hole', 'a**hole'],
    ['Such a b1tch', 'b1tch'],
    ['Fuuuuuck', 'Fuuuuuck'],
    ['F*** this', 'F***'],
    ['**fuck** that', 'fuck'],
    ['Shiiit', 'Shiiit'],
    ['#ShitHappens', 'ShitHappens'],
    ['#ThisIsShit', 'Shit'],
    ['#fuck', 'fuck'],
  ])('flags the disguised %j', (text, match) => {
    expect(profanity(text, 'en')).toEqual([[match, 'en']]);
  });

  it.each([
    'Scunthorpe United won',
    'We assess the class of assets',
    'A classic by Dickens',
    'Our analysis',
    'Penistone is a town',
    'In the cockpit',
    'A cocktail party',
    'Peter and Sussex',
    'Big fan of the team',
    'Flying SAS to Oslo',
    'She graduated summa cum laude',
    'Tit for tat',
    'Market domination',
    'Tied up in meetings',
    'Product A55 and order 4554',
    'Q4 and B2B and H2O',
    'A 4*** hotel',
    'Price*',
    'Some **bold** text',
    'h3ll0 w0rld',
    'It was e@sy',
    'Bitte schön',
    'Our PIs',
    'The ROV inspected the pipeline',
    'Mose and the DP action plan',
    'Gift-wrapping men’s ties',
    'Brad Pitt',
    'A cul-de-sac',
    'A con artist',
    'Grab a bite',
    'Jag fick ett pris',
    'The www.example.com site',
    'Γάμος και γάμου',
    'f**',
    'a**',
  ])('does not flag %j with no language', (text) => {
    expect(profanity(text, null)).toEqual([]);
  });

  it.each([
    ['Slut på veckan', 'sv'],
    ['Slutrapport, slut', 'da'],
    ['Dick Schoof bezocht ons', 'nl'],
    ['Das ist ein dick Brett', 'de'],
    ['Een nieuwe fietsbel', 'nl'],
    ['Wij hebben het geflikt, aan de beurt', 'nl'],
    ['Het is hård', 'sv'],
    ['Sätta på lampan', 'sv'],
    ['Une idée folle', 'fr'],
    ['Peter et Péter', 'fr'],
    ['Ein dicker Fisch', 'de'],
    ['Bitte schön', 'de'],
    ['Jag fick ett pris', 'sv'],
    ['El Mar Negro', 'es'],
    ['Um menino pede ajuda', 'pt'],
    ['Aardappels afgieten', 'nl'],
  ])('does not flag %j in language %s', (text, language) => {
    expect(profanity(text, language)).toEqual([]);
  });

  it.each(['sh\u00adit', 'sh\u200bit', 'sh\ufeffit', 'sh\u3164it', '#Sh\u2060itHappens'])(
    'is not fooled by invisible characters in %j',
    (text) => {
      expect(profanity(`Oh ${text}!`, 'en')).toHaveLength(1);
    },
  );

  it('does not match a word by itself while a language it is ordinary in is checked', () => {
    // French 'bite' and 'con' are English words, and English is always checked.
    expect(profanity('Grab a bite', 'fr')).toEqual([]);
    expect(profanity('Quel con', 'fr')).toEqual([]);
    // German 'fick' is Swedish "got": only when the organisation does not use Swedish.
    expect(profanity('Ich fick', 'de', ['de', 'en'])).toEqual([['fick', 'de']]);
    expect(profanity('Ich fick', 'de', ['de', 'sv'])).toEqual([]);
    expect(profanity('Slut', 'en', ['en', 'nl'])).toEqual([['Slut', 'en']]);
    expect(profanity('Slut på veckan', 'en', ['en', 'sv'])).toEqual([]);
    expect(profanity('Dick', 'en', ['en', 'fr'])).toEqual([['Dick', 'en']]);
    expect(profanity('Negro', 'en', ['en'])).toEqual([['Negro', 'en']]);
    // Its other forms are not ordinary words there, and still are matched.
    expect(profanity('Dit røvhul, din røv, røven', 'da')).toEqual([
      ['røvhul', 'da'],
      ['røven', 'da'],
    ]);
    expect(profanity('Sluts', 'sv')).toEqual([['Sluts', 'en']]);
  });

  it("checks every language the organisation uses, whatever the post's language", () => {
    expect(profanity('Klootzak', 'de', ['de', 'nl'])).toEqual([['Klootzak', 'nl']]);
    expect(profanity('Arschloch', 'fr', ['fr', 'de'])).toEqual([['Arschloch', 'de']]);
    expect(profanity('μαλάκας', 'en', ['en', 'el'])).toEqual([['μαλάκας', 'el']]);
    expect(profanity('Fuck', 'es', ['es'])).toEqual([['Fuck', 'en']]);
    // Lists of languages the organisation does not use apply only to posts in them.
    expect(profanity('Klootzak', 'de', ['de', 'fr'])).toEqual([]);
    expect(profanity('Klootzak', 'nl', ['de', 'fr'])).toEqual([['Klootzak', 'nl']]);
    // Without the organisation's languages, every list applies.
    expect(profanity('Klootzak', 'de')).toEqual([['Klootzak', 'nl']]);
  });

  it.each([
    ['Wat een klootzakken', 'nl', 'klootzakken', 'nl'],
    ['Wat een kutzooi', 'nl', 'kutzooi', 'nl'],
    ['Die kutten', 'nl', 'kutten', 'nl'],
    ['Vilket skitsnack', 'sv', 'skitsnack', 'sv'],
    ['Det var skitbra', 'sv', 'skitbra', 'sv'],
    ['Fittan', 'sv', 'Fittan', 'sv'],
    ['Jävlarna', 'sv', 'Jävlarna', 'sv'],
    ['Det lortejob', 'da', 'lortejob', 'da'],
    ['Pissedårligt vejr', 'da', 'Pissedårligt', 'da'],
    ['Drittsekken', 'nb', 'Drittsekken', 'nb'],
    ['So ein Scheißhaus', 'de', 'Scheißhaus', 'de'],
    ['So ein Riesenarschloch', 'de', 'Riesenarschloch', 'de'],
    ['Diese Fotzen', 'de', 'Fotzen', 'de'],
    ['Ces connards', 'fr', 'connards', 'fr'],
    ['Fucking hell', 'en', 'Fucking', 'en'],
    ['Bunch of fuckwits', 'en', 'fuckwits', 'en'],
    ['Των μαλάκων', 'el', 'μαλάκων', 'el'],
  ])('flags the derived form %j (%s)', (text, language, match, list) => {
    expect(profanity(text, language)).toEqual([[match, list]]);
  });

  it.each([
    'Great class, we assess assets in Assen',
    'Half-cocked plans and a cocker spaniel',
    'Spiced cake and spicing things up',
    'Pros and cons of the new bites',
    'Vi har lavet en skitse til det nye kontor',
    'Die Kutsche und der Kutter im Hafen',
    'De kussens en het piket van de kantine',
    'Der dritte Drittanbieter im dritten Quartal',
    'Ein Marsch durch die Stadt',
    'Μαλακές δεξιότητες και μαλακό μέταλλο',
    'ΜΑΛΑΚΕΣ ΔΕΞΙΟΤΗΤΕΣ',
    'Τα κέρατα του ταύρου',
  ])('does not read the ordinary %j as a derived form', (text) => {
    expect(profanity(text, null)).toEqual([]);
  });

  it("says what is wrong by catalogue key, in the reader's language", () => {
    const [finding] = check('Oh jävlar', { network: 'any', language: 'en', languages: ['sv'] });
    expect(finding).toEqual({
      kind: 'profanity',
      severity: 'block',
      start: 3,
      end: 9,
      match: 'jävlar',
      key: 'guardrails:profanity',
      params: { match: 'jävlar', language: 'sv' },
      language: 'sv',
    });
    expect(renderMessage('en', finding.key, finding.params)).toBe(
      '“jävlar” is a swear word in Swedish: keep posts clean.',
    );
    expect(renderMessage('nl', finding.key, finding.params)).toBe(
      '‘jävlar’ is een scheldwoord in het Zweeds: houd je berichten netjes.',
    );
  });

  it.each([
    ['en-GB', 'en'],
    [' NL ', 'nl'],
    ['nn', 'nb'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('reads the language %j as %j', (tag, language) => {
    expect(listLanguage(tag)).toBe(language);
  });
});
