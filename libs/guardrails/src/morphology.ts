import type { ProfanityLanguage } from './profanity-lists';

/**
 * Light, rule-based word forms per language, so that a list holding one form of a word also
 * finds its inflected and compound forms without listing them: Swedish 'fitta' finds 'fittan'
 * and 'fittor', Dutch 'klootzak' finds 'klootzakken', German 'scheiß' starts 'Scheißhaus'.
 *
 * The matcher stays one Aho–Corasick pass: a list word found inside a longer word is accepted
 * when what follows it in that word is one of its language's endings (after a doubled final
 * consonant too: 'kut' + 't' + 'en'), or, for words marked as starting compounds, any rest of at
 * least MIN_COMPOUND_PART letters; a word marked as ending compounds may be preceded by one.
 * Everything is compared folded (see normalize.ts). The work per occurrence is bounded by the
 * longest ending and by MAX_TOKEN_UNITS.
 *
 * Greek lists its case forms instead (its endings change with the stress, and stress tells
 * apart words that fold alike: see ACCENT_SENSITIVE in profanity-lists.ts).
 */

/** Endings a word of the language may take, folded; '' is the word itself. */
export const ENDINGS: Record<ProfanityLanguage, readonly string[]> = {
  en: ['s', 'es', 'ed', 'er', 'ers', 'ing', 'in', 'ings'],
  nl: [
    'e',
    'en',
    'er',
    'ers',
    'es',
    'je',
    'jes',
    'tje',
    'tjes',
    's',
    't',
    'te',
    'ten',
    'de',
    'den',
  ],
  da: [
    'e',
    'en',
    'ens',
    'er',
    'erne',
    'ernes',
    'es',
    'et',
    'ets',
    'ede',
    'ende',
    'n',
    'ne',
    's',
    't',
  ],
  sv: [
    'a',
    'ad',
    'ade',
    'an',
    'ans',
    'ar',
    'arna',
    'as',
    'at',
    'e',
    'en',
    'ens',
    'er',
    'erna',
    'et',
    'ets',
    'iga',
    'igt',
    'n',
    'na',
    'or',
    'orna',
    's',
    't',
  ],
  nb: ['a', 'e', 'en', 'ene', 'ens', 'er', 'et', 'ete', 'ets', 'n', 's', 't'],
  de: ['e', 'em', 'en', 'er', 'ern', 'es', 'n', 's', 'st', 't', 'te', 'ten', 'ter'],
  fr: [
    'a',
    'ai',
    'ais',
    'ait',
    'aient',
    'ant',
    'e',
    'ee',
    'ees',
    'ent',
    'er',
    'es',
    'ez',
    'ons',
    's',
    'x',
  ],
  el: [],
};

/** Languages whose words double their final consonant before an ending ('kut' -> 'kutten'). */
export const DOUBLING: ReadonlySet<ProfanityLanguage> = new Set(['en', 'nl', 'da', 'sv', 'nb']);

/** The longest ending of any language, in code units: longer rests are never endings. */
export const MAX_ENDING = Math.max(
  ...Object.values(ENDINGS).flatMap((endings) => endings.map((ending) => ending.length)),
);

/**
 * Endings a word may lose before its endings (Swedish 'fitta' -> 'fittor', Danish 'kusse' ->
 * 'kussen', German 'ficken' -> 'fickt', French 'emmerder' -> 'emmerdés'): the word without it
 * is indexed as a stem, which is found only with an ending.
 */
export const DROPPED_ENDINGS: Partial<Record<ProfanityLanguage, readonly string[]>> = {
  sv: ['a', 'e'],
  nb: ['a', 'e'],
  da: ['e'],
  nl: ['en', 'e'],
  de: ['en', 'e'],
  fr: ['er', 'e'],
};

/**
 * Beginnings of ordinary words that look like a compound of a list word, folded: a word
 * starting with one is never read as such a compound (Norwegian 'skitur' is a ski trip, not
 * Swedish 'skit' + 'ur').
 */
export const ORDINARY_STARTS: Readonly<Record<string, string>> = {
  skitu: 'nb, da: ski trips ("skitur")',
  skitr: 'nb, da: ski training, ski lifts ("skitrening", "skitrekk")',
  skito: 'nb: ski clothes ("skitøy"), ski tops',
  skite: 'nb: ski technique ("skiteknikk"), ski tests',
  skitse: 'da: sketches ("skitsebog")',
  kackerl: 'sv: cockroaches ("kackerlacka")',
};

/** Compound parts shorter than this are not read as words: 'kut' + 'ter' is still read. */
export const MIN_COMPOUND_PART = 3;

/** Words shorter than this take no endings: too many short words end ordinary ones. */
export const MIN_INFLECTED = 3;

/** Stems (a word less its dropped vowel) shorter than this are not indexed: 'hur' + 't'. */
export const MIN_STEM = 4;

/**
 * Ordinary words that look like a list word with an ending or in a compound, folded, each with
 * the language it is ordinary in: never matched as a derived form (a list may still hold the
 * word itself). Found with the corpora: add a word here when an ordinary sentence trips on it.
 */
export const ORDINARY_FORMS: Readonly<Record<string, string>> = {
  // English list words with an ending
  cocked: 'en: "half-cocked"',
  cocker: 'en: a cocker spaniel',
  cockers: 'en: cocker spaniels',
  cocking: 'en: "cocking a gun"',
  dicker: 'en: to haggle',
  dickered: 'en: haggled',
  dickering: 'en: haggling',
  spiced: 'en: spiced (spic + ed)',
  spicer: 'en: a surname',
  spicing: 'en: spicing (spic + ing)',
  bites: 'en: "bites" (French "bite" + s)',
  cons: 'en: "pros and cons" (French "con" + s)',
  chatta: 'sv: to chat',
  chattar: 'sv: chats',
  chattade: 'sv: chatted',
  chatter: 'fr, en: to chat, chatter',
  chattez: 'fr: chat (you)',
  chattent: 'fr: chat (they)',
  chattant: 'fr: chatting',
  chatten: 'de: to chat',
  chattet: 'de, nb, da: chats, chatted',
  chattede: 'da: chatted',
  cones: 'en, fr: cones (French "con" + es)',
  skits: 'en: comedy skits (Swedish "skit" + s)',
  skitter: 'en: to skitter',
  skittish: 'en: skittish',
  skittle: 'en: skittles',
  skittles: 'en: skittles',
  shitake: 'en: a spelling of shiitake',
  // Danish and Dutch words that start like Swedish, Dutch or Norwegian swear words
  skitse: 'da: a sketch',
  skitsen: 'da: the sketch',
  skitser: 'da: sketches, to sketch',
  skitserne: 'da: the sketches',
  skitsere: 'da: to sketch',
  skitseret: 'da: sketched',
  skitsering: 'da: sketching',
  kussen: 'nl: a pillow, to kiss',
  kussens: 'nl: pillows',
  kutter: 'de, da, sv: a cutter (boat)',
  kuttere: 'da, nb: cutters',
  kutsche: 'de: a carriage',
  kutschen: 'de: carriages',
  kutscher: 'de: a coachman',
  pike: 'en: a pike (fish); nb: a girl',
  pikes: 'en: pikes',
  piket: 'nl, da: a picket, a squad',
  pikken: 'nl: to peck, to nick',
  pokker: 'nb: a harmless minced oath ("darn")',
  kutt: 'nb: a cut',
  kutte: 'nb, da: to cut',
  kuttet: 'nb, da: cut',
  kuttes: 'nb: is cut',
  kuttene: 'nb: the cuts',
  pikt: 'nl: pecks, nicks',
  pikte: 'nl: pecked, nicked',
  pissenlit: 'fr: a dandelion',
  pissenlits: 'fr: dandelions',
  flikkeren: 'nl: to flicker',
  flikkert: 'nl: flickers',
  flikkerde: 'nl: flickered',
  moser: 'da: bogs; de: a surname',
  mosen: 'da: the bog',
  moses: 'Moses',
  slette: 'da: to delete',
  sletter: 'da: deletes',
  sletten: 'da: the plain',
  drole: 'fr: "drôle", funny',
  klotter: 'sv: graffiti',
  skidt: 'da: bad, poor ("ikke så skidt")',
  skids: 'en: skids',
  horas: 'es, pt: hours',
  dritte: 'de: third (dritte)',
  dritten: 'de: the third',
  dritter: 'de: third',
  drittes: 'de: third',
};
