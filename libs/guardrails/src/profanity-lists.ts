/**
 * The profanity lists and what Chorus leaves out of them.
 *
 * Sources: LDNOOBW (the List of Dirty, Naughty, Obscene and Otherwise Bad Words, CC-BY-4.0, via
 * the naughty-words package) for en, nl, da, sv, no, de and fr; a list compiled by Chorus for
 * Greek (./word-lists/el.ts, CC-BY-4.0 too).
 *
 * Chorus adds the common words those lists miss (./word-lists/additions.ts).
 *
 * LDNOOBW was made to filter adult content from search, so it holds words that are ordinary in a
 * company's posts ('escort', 'domination', Dutch 'beurt' = turn, Swedish 'hård' = hard). A
 * profanity finding blocks the share, so a word whose ordinary meaning is common in business text
 * is left out; insults and vulgar words stay even when mild. The lists below, each word with
 * its reason:
 * - EXCLUDED: never matched.
 * - ORDINARY_IN: words that are profane in their list's language but ordinary words of other
 *   languages (English 'slut' is Swedish for "end", French 'bite' is English), or of their own
 *   in another sense (Dutch 'tering', as in "de tering naar de nering zetten"). Posts are checked
 *   in every language the organisation uses, and a post may be marked with the wrong one, so
 *   such a word by itself is not matched when one of those languages is checked; its other
 *   forms still are ('sluts', 'bites' aside: see ORDINARY_FORMS in morphology.ts).
 * - COMPOUNDS: words that start or end compound words in their language.
 * - ACCENT_SENSITIVE: Greek words that fold to an ordinary word stressed elsewhere.
 * Everything is compared after folding (case, accents): note that 'péter' folds to 'peter'.
 */
import da from 'naughty-words/da.json';
import de from 'naughty-words/de.json';
import en from 'naughty-words/en.json';
import fr from 'naughty-words/fr.json';
import nl from 'naughty-words/nl.json';
import nb from 'naughty-words/no.json';
import sv from 'naughty-words/sv.json';
import { ADDED_PROFANITY } from './word-lists/additions';
import { GREEK_PROFANITY } from './word-lists/el';

/** The languages with a profanity list (ISO 639-1; Norwegian is bokmål, 'nb'). */
export const PROFANITY_LANGUAGES = ['en', 'nl', 'da', 'sv', 'nb', 'de', 'fr', 'el'] as const;

export type ProfanityLanguage = (typeof PROFANITY_LANGUAGES)[number];

/** The lists as their sources publish them. */
export const SOURCE_LISTS: Record<ProfanityLanguage, readonly string[]> = {
  en,
  nl,
  da,
  sv,
  nb,
  de,
  fr,
  el: GREEK_PROFANITY,
};

/** The words of each list: its source's, and the ones Chorus adds. */
export const PROFANITY_LISTS: Record<ProfanityLanguage, readonly string[]> = {
  en: [...en, ...ADDED_PROFANITY.en],
  nl: [...nl, ...ADDED_PROFANITY.nl],
  da: [...da, ...ADDED_PROFANITY.da],
  sv: [...sv, ...ADDED_PROFANITY.sv],
  nb: [...nb, ...ADDED_PROFANITY.nb],
  de: [...de, ...ADDED_PROFANITY.de],
  fr: [...fr, ...ADDED_PROFANITY.fr],
  el: [...GREEK_PROFANITY, ...ADDED_PROFANITY.el],
};

type Reasons = Readonly<Record<string, string>>;

const ANATOMY = 'an anatomical or medical term, ordinary in health-care posts';
const SERIOUS = 'names a crime or a movement, which news and awareness posts must be able to name';

/** Words never matched, per list. */
export const EXCLUDED: Record<ProfanityLanguage, Reasons> = {
  en: {
    'alaskan pipeline': 'the Trans-Alaska oil pipeline',
    anus: ANATOMY,
    'baby juice': 'juice for babies',
    'ball kicking': 'football practice',
    'barely legal': 'an ordinary phrase ("the scheme is barely legal")',
    'big black': 'two ordinary words ("a big black box")',
    butt: 'mild, and ordinary in "butt joint" and "the butt of the joke"',
    cialis: 'a medicine brand, ordinary in pharma posts',
    clitoris: ANATOMY,
    cornhole: 'a popular lawn game',
    cum: 'Latin "with", as in "cum laude" in graduation posts',
    cumming: 'a surname and a town (Cumming, Georgia)',
    'date rape': SERIOUS,
    daterape: SERIOUS,
    domination: 'ordinary ("market domination")',
    'dp action': 'ordinary in "DP action plan" (data protection)',
    ejaculation: ANATOMY,
    escort: 'ordinary (a security escort, an escort vehicle)',
    fecal: ANATOMY,
    fingering: 'ordinary in music (guitar fingering)',
    genitals: ANATOMY,
    'girl on': 'two ordinary words ("a girl on the team")',
    'girl on top': 'ordinary words ("the only girl on top of the leaderboard")',
    grope: 'an ordinary verb ("grope for an answer")',
    'hard core': 'ordinary ("the hard core of the team")',
    hardcore: 'ordinary ("hardcore fans")',
    hooker: 'a rugby position and a surname',
    'how to kill': 'an ordinary phrase ("how to kill bugs")',
    'how to murder': 'an ordinary phrase in crime-fiction posts',
    'huge fat': 'two ordinary words',
    incest: SERIOUS,
    intercourse: 'ordinary in "sexual intercourse" health texts and "social intercourse"',
    'jelly donut': 'a pastry',
    lolita: 'a novel and a name',
    'make me come': 'ordinary words ("this will make me come back")',
    mong: 'a place name (Mong Kok) and part of Hmong',
    neonazi: SERIOUS,
    nipple: ANATOMY,
    nipples: ANATOMY,
    nude: 'a colour in fashion and cosmetics',
    octopussy: 'a James Bond film title',
    paedophile: SERIOUS,
    panties: 'clothing, ordinary for lingerie retailers',
    panty: 'clothing and hygiene products ("panty liner")',
    pedophile: SERIOUS,
    pegging: 'finance ("pegging a currency to the euro")',
    penis: ANATOMY,
    playboy: 'a magazine brand and an ordinary word',
    poof: 'an interjection ("and poof, it was gone")',
    pornography: SERIOUS,
    rape: 'a crime news posts must name, and a crop ("oilseed rape")',
    raping: SERIOUS,
    rapist: SERIOUS,
    rectum: ANATOMY,
    santorum: 'the surname of a US politician',
    scat: 'scat singing in jazz',
    semen: ANATOMY,
    sex: 'HR and news posts discuss sex discrimination',
    sexo: 'Spanish and Portuguese for "sex", as above',
    sexual: 'HR posts about sexual harassment policies',
    sexually: 'as "sexual"',
    sexuality: 'diversity and inclusion posts',
    sexy: 'mild, and marketing slang ("make data sexy")',
    shrimping: 'fishing for shrimp',
    skeet: 'skeet shooting, a sport',
    snatch: 'an ordinary verb and a weightlifting lift',
    snowballing: 'ordinary ("the problem is snowballing")',
    'strap on': 'ordinary words ("strap on your helmet")',
    suck: 'mild, and ordinary ("vacuums that suck up dust")',
    sucks: 'mild, as "suck"',
    swastika: 'a religious symbol, named in history and religion posts',
    'tainted love': 'a song title',
    'taste my': 'ordinary words ("taste my cooking")',
    'tied up': 'ordinary ("tied up in meetings")',
    'tight white': 'ordinary words ("a tight white shirt")',
    tit: 'a bird (blue tit) and "tit for tat"',
    'tongue in a': 'ordinary words',
    twinkie: 'a snack brand',
    undressing: 'an ordinary verb',
    vagina: ANATOMY,
    viagra: 'a medicine brand, ordinary in pharma posts',
    vibrator: 'ordinary in engineering (vibration motors, concrete vibrators)',
    vulva: ANATOMY,
    'wrapping men': 'ordinary words ("gift-wrapping men\'s ties")',
    xx: 'a placeholder ("Q3 20XX") and the roman numeral 20',
    xxx: 'a placeholder and the roman numeral 30',
  },
  nl: {
    'aardappels afgieten': 'ordinary: drain the potatoes',
    'achter het raam zitten': 'literally "sit behind the window"',
    afzuigen: 'ordinary: to extract by suction ("lucht afzuigen")',
    aftrekken: 'ordinary: to subtract, to deduct ("aftrekken van de belasting")',
    anita: 'a first name',
    asbak: 'ashtray',
    aso: 'also an abbreviation (App Store Optimisation, ASO)',
    balen: 'ordinary: bales, and "to be fed up"',
    bekken: 'ordinary: pelvis, basin, cymbals',
    beurt: 'ordinary: turn ("aan de beurt")',
    boemelen: 'ordinary: to dawdle (a "boemeltrein" is a slow train)',
    brugpieper: 'a harmless nickname for a first-year pupil',
    buffelen: 'ordinary: to work hard',
    'de ballen': 'ordinary: the balls (football)',
    'de hond uitlaten': 'ordinary: walk the dog',
    'de pijp uitgaan': 'a harmless idiom for dying',
    del: 'also Spanish and Italian "of the", and the Delete key',
    'driehoog achter wonen': 'a description of housing, not a swear',
    'een beurt geven': 'ordinary: to service ("de auto een beurt geven")',
    'een halve man en een paardekop': 'an ordinary idiom: very few people',
    flikken: 'ordinary: to pull off ("we hebben het geflikt")',
    gat: 'ordinary: hole, gap ("een gat in de markt")',
    gedoogzone: 'a policy term',
    'gras maaien': 'ordinary: mow the grass',
    griet: 'informal but harmless: girl',
    hol: 'ordinary: cave, den ("op hol slaan")',
    huisdealer: 'a term of drug policy, not a swear',
    johny: 'a first name',
    kanen: 'informal but harmless: to eat',
    klooien: 'informal but harmless: to mess about',
    knor: 'oink',
    matje: 'ordinary: a mat ("op het matje roepen")',
    mof: 'ordinary in plumbing: a socket, a sleeve',
    muts: 'ordinary: a hat',
    naaien: 'ordinary: to sew',
    naakt: 'ordinary: naked, bare ("naakte cijfers")',
    nicht: 'ordinary: niece, cousin',
    paal: 'ordinary: pole, post',
    palen: 'ordinary: poles; to border',
    penoze: 'the underworld, not a swear',
    pijpen: 'ordinary: pipes',
    poot: 'ordinary: paw, leg',
    pot: 'ordinary: pot, jar',
    potverdorie: 'a harmless minced oath ("darn")',
    raaskallen: 'ordinary: to talk nonsense',
    remsporen: 'ordinary: brake marks',
    reutelen: 'ordinary: to rattle',
    rukken: 'ordinary: to jerk, to pull ("rukken aan")',
    schatje: 'a term of endearment',
    slempen: 'archaic: to feast',
    spuiten: 'ordinary: to spray, to inject',
    standje: 'ordinary: a position; a telling-off',
    stootje: 'ordinary: a little push',
    toeter: 'ordinary: horn',
    tongzoeng: 'a kiss',
    vergallen: 'ordinary: to spoil',
    wippen: 'ordinary: to seesaw; to oust ("een wethouder wippen")',
    zaadje: 'ordinary: a little seed',
    zuigen: 'ordinary: to suck, to vacuum',
  },
  da: {
    anus: ANATOMY,
  },
  sv: {
    brutta: 'informal but harmless: girl',
    fan: 'also Swedish and English "fan" (an enthusiast): "ett stort fan av"',
    hård: 'ordinary: hard',
    moona: 'a harmless prank verb',
    moonade: 'as "moona"',
    moonar: 'as "moona"',
    moonat: 'as "moona"',
    olla: 'a name, and Spanish "pot"',
    pippa: 'a first name',
    prutt: 'childish: fart',
    stake: 'ordinary: candle; and English "stake" ("a stake in the company")',
    sås: 'ordinary: sauce; and it folds to "sas" (the airline SAS)',
    'sätta på': 'ordinary: to put on, to switch on',
    tusan: 'a harmless minced oath ("darn")',
  },
  nb: {
    fan: 'also English "fan" (an enthusiast)',
    fanken: 'a harmless minced oath ("darn")',
    pokker: 'a harmless minced oath ("darn")',
    sinnsykt: 'an ordinary intensifier ("sinnsykt bra" = insanely good)',
  },
  de: {
    bimbo: 'a bakery brand (Grupo Bimbo)',
    bonze: 'informal but harmless: bigwig',
    fratze: 'ordinary: grimace',
    ische: 'informal but harmless: girl',
    kimme: 'ordinary: the rear sight of a gun, a notch',
    mufti: 'a Muslim scholar',
    nackt: 'ordinary: naked, bare',
    nippel: 'ordinary in engineering: a grease nipple, a fitting',
    penis: ANATOMY,
    rosette: 'ordinary: a rosette (ornament, award)',
    schiesser: 'an underwear brand',
  },
  fr: {
    bander: 'also "to bandage"; its forms ("bande", "bandes") are ordinary: a band, a tape',
    bitte: 'German "please"; the usual French spelling "bite" stays',
    bourré: 'ordinary: stuffed, full ("bourré de talent")',
    bourrée: 'as "bourré", and a dance',
    clitoris: ANATOMY,
    folle: 'ordinary: mad, crazy ("une idée folle")',
    gerbe: 'ordinary: sheaf, spray, wreath',
    gerber: 'also a brand',
    gueule: 'ordinary in idioms ("gueule de bois" = hangover)',
    jouir: 'ordinary: to enjoy ("jouir d\'un droit")',
    meuf: 'informal but harmless: woman',
    pédale: 'ordinary: pedal',
    péter: 'folds to "peter", the first name',
    pipi: 'childish but harmless',
    ramoner: 'ordinary: to sweep a chimney',
    tanche: 'ordinary: tench (a fish)',
  },
  el: {
    κερατά: 'folds to "κερατα": "κέρατα", horns',
    kerata: 'Greeklish for "κέρατα", horns',
  },
};

/** Where a word of a list is an ordinary word: the languages (ISO 639-1), and what it means there. */
export interface OrdinaryElsewhere {
  readonly in: readonly string[];
  readonly reason: string;
}

const elsewhere = (languages: readonly string[], reason: string): OrdinaryElsewhere => ({
  in: languages,
  reason,
});

/**
 * Words of a list that are ordinary words of other languages: by themselves, matched only while
 * none of those languages is checked (see the module's comment).
 */
export const ORDINARY_IN: Record<ProfanityLanguage, Readonly<Record<string, OrdinaryElsewhere>>> = {
  en: {
    slut: elsewhere(['sv', 'da'], 'Swedish and Danish "end", "final" ("Slut på veckan")'),
    dick: elsewhere(['nl', 'de'], 'a Dutch first name (Dick Schoof); German "thick"'),
    negro: elsewhere(['es', 'pt', 'it'], 'Spanish, Portuguese and Italian "black"'),
    fag: elsewhere(['da', 'nb'], 'Danish and Norwegian "subject", "trade" ("faglig")'),
  },
  nl: {
    pik: elsewhere(
      ['nl'],
      'also the Dutch verb "pikken" ("ik pik het niet": I will not stand for it)',
    ),
    tering: elsewhere(
      ['nl'],
      'old Dutch for tuberculosis, as in "de tering naar de nering zetten"',
    ),
    slet: elsewhere(['da'], 'Danish "at all" ("slet ikke") and "to delete"'),
  },
  da: {
    pik: elsewhere(['nl'], 'Dutch "pik", as in "ik pik het niet"'),
    kusse: elsewhere(['de'], 'folds like German "Küsse", kisses'),
    pis: elsewhere(['en'], '"PIs" (principal investigators) folds to "pis"'),
    røv: elsewhere(['en'], 'folds to "rov": ROV, a remotely operated vehicle'),
  },
  sv: {
    hora: elsewhere(['es', 'pt', 'it'], 'Spanish, Portuguese and Italian "hour"'),
    pitt: elsewhere(['en'], 'the surname Pitt'),
    röv: elsewhere(['en'], 'folds to "rov": ROV, a remotely operated vehicle'),
    skit: elsewhere(['en'], 'English "skit", a comic sketch'),
  },
  nb: {},
  de: {
    fick: elsewhere(['sv'], 'Swedish "fick" (got)'),
    möse: elsewhere(['da', 'nb'], 'folds to "mose": Danish and Norwegian "bog", and Moses'),
    penner: elsewhere(['nb', 'da'], 'Norwegian and Danish "pens"'),
    poppen: elsewhere(['nl'], 'Dutch "poppen" (dolls)'),
  },
  fr: {
    bite: elsewhere(['en'], 'English "bite"'),
    con: elsewhere(['en', 'es', 'it'], 'English "con", Spanish and Italian "con" (with)'),
    chatte: elsewhere(['da', 'nb'], 'Danish and Norwegian "to chat"'),
    cul: elsewhere(['en'], 'the "cul-de-sac" of English'),
    negro: elsewhere(['es', 'pt', 'it'], 'Spanish, Portuguese and Italian "black"'),
    pédé: elsewhere(['pt'], 'folds to "pede", Portuguese "asks"'),
  },
  el: {},
};

/**
 * Words that start compounds in their language ('kutzooi', 'Scheißhaus', 'skitsnack') or end
 * them ('Riesenarschloch'): in such a compound the word keeps its meaning, so the compound is
 * profane too. Words whose compounds are ordinary ('ass' ends 'class') are not listed.
 */
export const COMPOUNDS: Partial<
  Record<
    ProfanityLanguage,
    { readonly starts?: readonly string[]; readonly ends?: readonly string[] }
  >
> = {
  en: { starts: ['fuck', 'shit', 'bullshit'] },
  nl: {
    starts: ['kut', 'klote', 'tering', 'hoeren'],
    ends: ['lul', 'hoer', 'wijf', 'klootzak', 'kut'],
  },
  da: { starts: ['lort', 'pisse', 'skide'], ends: ['lort', 'luder', 'kælling'] },
  sv: { starts: ['skit', 'jävla', 'helvetes', 'kuk'], ends: ['fitta', 'kuk', 'hora'] },
  nb: { starts: ['jævla', 'kuk', 'pikk'], ends: ['hore', 'kuk', 'pikk'] },
  de: { starts: ['scheiß', 'arsch', 'kack'], ends: ['arschloch', 'wichser', 'schlampe', 'fotze'] },
};

/**
 * Greek words that fold (accents dropped) to an ordinary word stressed elsewhere: matched only
 * when written with this stress ('μαλάκες' = wankers, 'μαλακές' = soft, as in "soft skills").
 * Written without accents, they are read as the ordinary word.
 */
export const ACCENT_SENSITIVE: readonly string[] = ['μαλάκες', 'μαλάκα', 'μαλάκω'];
