import { check } from './index';
import { listLanguage } from './profanity';

function profanity(text: string, language: string | null) {
  return check(text, { network: 'any', language })
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
    ['Faen i helvete', 'no', 'Faen i helvete', 'no'],
    ['Faen i helvete', 'nb', 'Faen i helvete', 'no'],
    ['So ein Arschloch', 'de', 'Arschloch', 'de'],
    ['So eine Scheiße', 'de', 'Scheiße', 'de'],
    ['SCHEISSE', 'de-AT', 'SCHEISSE', 'de'],
    ['Quel connard', 'fr', 'connard', 'fr'],
    ['Putain, encore', 'fr', 'Putain', 'fr'],
    ['Oh merde', 'fr', 'merde', 'fr'],
    ['Ce fils de pute', 'fr', 'fils de pute', 'fr'],
    ['Un vrai enculé', 'fr', 'enculé', 'fr'],
    ['Un vrai encule', 'fr', 'encule', 'fr'],
    ['Quel con', 'fr', 'con', 'fr'],
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
    ['#ShitHappens', 'Shit'],
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
    'Um menino pede ajuda',
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

  it('applies words ordinary elsewhere only in their own language', () => {
    expect(profanity('Grab a bite', 'fr')).toEqual([['bite', 'fr']]);
    expect(profanity('Ich fick', 'de-CH')).toEqual([['fick', 'de']]);
    expect(profanity('Dit røvhul, din røv', 'da')).toEqual([
      ['røvhul', 'da'],
      ['røv', 'da'],
    ]);
    expect(profanity('Negro', 'en')).toEqual([['Negro', 'en']]);
    expect(profanity('Dick', 'en')).toEqual([['Dick', 'en']]);
    expect(profanity('Slut', 'en')).toEqual([['Slut', 'en']]);
  });

  it("applies only English and the post's own list when the language is known", () => {
    expect(profanity('Klootzak', 'de')).toEqual([]);
    expect(profanity('Arschloch', 'fr')).toEqual([]);
    expect(profanity('μαλάκας', 'en')).toEqual([]);
    expect(profanity('Fuck', 'es')).toEqual([['Fuck', 'en']]);
  });

  it('says what is wrong in plain English', () => {
    const [finding] = check('Oh f**k', { network: 'any', language: 'en' });
    expect(finding).toEqual({
      kind: 'profanity',
      severity: 'block',
      start: 3,
      end: 7,
      match: 'f**k',
      message: '"f**k" is profanity in English: keep posts clean',
      language: 'en',
    });
  });

  it.each([
    ['en-GB', 'en'],
    [' NL ', 'nl'],
    ['nn', 'no'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('reads the language %j as %j', (tag, language) => {
    expect(listLanguage(tag)).toBe(language);
  });
});
