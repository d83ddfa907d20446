import { AhoCorasick } from './aho-corasick';
import { keepOutermost, type Finding, type Span } from './findings';
import type { Hashtag } from './hashtags';
import {
  DOUBLING,
  DROPPED_ENDINGS,
  ENDINGS,
  MAX_ENDING,
  MIN_COMPOUND_PART,
  MIN_INFLECTED,
  MIN_STEM,
  ORDINARY_FORMS,
  ORDINARY_STARTS,
} from './morphology';
import { MAX_TOKEN_UNITS, disguisedTokens } from './obfuscation';
import { LETTER, WORD, foldText, foldedString, termKey, type FoldedText } from './normalize';
import {
  ACCENT_SENSITIVE,
  COMPOUNDS,
  EXCLUDED,
  ORDINARY_IN,
  PROFANITY_LANGUAGES,
  PROFANITY_LISTS,
  type ProfanityLanguage,
} from './profanity-lists';

/** One word or phrase of one list, or the stem a word of it takes endings on. */
interface ProfanityEntry {
  readonly key: string;
  readonly language: ProfanityLanguage;
  /** Languages the word by itself is an ordinary word in (see ORDINARY_IN). */
  readonly ordinaryIn: readonly string[];
  /** A stem ('fitt' of 'fitta'): found only with one of its language's endings. */
  readonly stem: boolean;
  /** The list word itself: the key, or for a stem the word it was cut from. */
  readonly word: string;
  /** Takes its language's endings ('klootzak' + 'ken'). */
  readonly inflects: boolean;
  readonly startsCompounds: boolean;
  readonly endsCompounds: boolean;
  /** Greek words told apart from an ordinary word by stress: the stressed form, folded otherwise. */
  readonly accented: string | null;
}

interface ProfanityIndex {
  /** Every key of every list, for the plain pass. */
  readonly automaton: AhoCorasick;
  /** Per automaton pattern: its entries (one per list that has it), and its word edges. */
  readonly patterns: readonly (readonly ProfanityEntry[])[];
  readonly boundedStart: Uint8Array;
  readonly boundedEnd: Uint8Array;
  /** Per pattern: 1 when an entry of it may be found inside a longer word. */
  readonly derives: Uint8Array;
  /** Single words of letters, by key: for disguised tokens and hashtag segments. */
  readonly words: ReadonlyMap<string, readonly ProfanityEntry[]>;
  /** The same words by length and first letter ('4:f'): for masked tokens. */
  readonly masks: ReadonlyMap<string, readonly ProfanityEntry[]>;
  /** Per language, its endings. */
  readonly endings: ReadonlyMap<string, ReadonlySet<string>>;
}

let built: ProfanityIndex | undefined;

/** The index of all lists, built on first use and kept for the life of the process (or page). */
function profanityIndex(): ProfanityIndex {
  built ??= buildIndex();
  return built;
}

const SINGLE_WORD = /^\p{L}+$/u;

function buildIndex(): ProfanityIndex {
  const byKey = new Map<string, ProfanityEntry[]>();
  const addEntry = (entry: ProfanityEntry) => {
    const entries = byKey.get(entry.key) ?? [];
    if (entries.some((other) => other.language === entry.language && other.stem === entry.stem))
      return;
    entries.push(entry);
    byKey.set(entry.key, entries);
  };
  for (const language of PROFANITY_LANGUAGES) {
    const excluded = keysOf(EXCLUDED[language]);
    const ordinary = new Map(
      Object.entries(ORDINARY_IN[language]).map(([word, where]) => [termKey(word), where.in]),
    );
    const starts = new Set((COMPOUNDS[language]?.starts ?? []).map(termKey));
    const ends = new Set((COMPOUNDS[language]?.ends ?? []).map(termKey));
    const dropped = DROPPED_ENDINGS[language] ?? [];
    const accented = new Map(
      language === 'el' ? ACCENT_SENSITIVE.map((word) => [termKey(word), stressed(word)]) : [],
    );
    for (const word of PROFANITY_LISTS[language]) {
      const key = termKey(word);
      if (!key || excluded.has(key)) continue;
      const single = SINGLE_WORD.test(key);
      const inflects = single && key.length >= MIN_INFLECTED && ENDINGS[language].length > 0;
      addEntry({
        key,
        language,
        ordinaryIn: ordinary.get(key) ?? [],
        stem: false,
        word: key,
        inflects,
        startsCompounds: single && starts.has(key),
        endsCompounds: single && ends.has(key),
        accented: accented.get(key) ?? null,
      });
      const ending = inflects ? dropped.find((end) => key.endsWith(end)) : undefined;
      if (ending !== undefined && key.length - ending.length >= MIN_STEM) {
        addEntry({
          key: key.slice(0, -ending.length),
          language,
          ordinaryIn: ordinary.get(key) ?? [],
          stem: true,
          word: key,
          inflects: true,
          startsCompounds: false,
          endsCompounds: false,
          accented: null,
        });
      }
    }
  }
  const keys = [...byKey.keys()];
  const boundedStart = new Uint8Array(keys.length);
  const boundedEnd = new Uint8Array(keys.length);
  const derives = new Uint8Array(keys.length);
  const words = new Map<string, ProfanityEntry[]>();
  const masks = new Map<string, ProfanityEntry[]>();
  keys.forEach((key, pattern) => {
    const folded = foldText(key);
    boundedStart[pattern] = folded.flags[0] & WORD ? 1 : 0;
    boundedEnd[pattern] = folded.flags[folded.length - 1] & WORD ? 1 : 0;
    const all = byKey.get(key)!;
    derives[pattern] = all.some((entry) => entry.inflects || entry.endsCompounds) ? 1 : 0;
    // Disguised words and hashtag segments are read as whole words, never as stems; a word
    // told apart by its stress cannot be told apart there.
    const entries = all.filter((entry) => !entry.stem && entry.accented === null);
    if (!SINGLE_WORD.test(key) || entries.length === 0) return;
    words.set(key, entries);
    const bucket = `${key.length}:${key[0]}`;
    masks.set(bucket, [...(masks.get(bucket) ?? []), ...entries]);
  });
  return {
    automaton: AhoCorasick.compile(keys),
    patterns: keys.map((key) => byKey.get(key)!),
    boundedStart,
    boundedEnd,
    derives,
    words,
    masks,
    endings: new Map(PROFANITY_LANGUAGES.map((language) => [language, new Set(ENDINGS[language])])),
  };
}

function keysOf(reasons: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.keys(reasons).map(termKey));
}

/** A Greek word as compared for its stress: lower-case, composed, final sigma as 'σ'. */
function stressed(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
}

/**
 * The language whose lists apply, from an ISO 639-1 code or a tag ('en-GB' -> 'en'; Norwegian
 * 'no' and 'nn' -> 'nb', bokmål); null when unknown.
 */
export function listLanguage(language: string | null | undefined): string | null {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  return primary === 'no' || primary === 'nn' ? 'nb' : primary;
}

/**
 * The organisation's languages as the checker reads them, from the codes it stores (people's
 * preferred languages, the languages of its content): each once, Norwegian as 'nb', sorted.
 */
export function organisationLanguages(codes: readonly (string | null | undefined)[]): string[] {
  const languages = new Set<string>();
  for (const code of codes) {
    const language = listLanguage(code);
    if (language) languages.add(language);
  }
  return [...languages].sort();
}

/**
 * The languages whose lists a post is checked against: the organisation's, English (the
 * language of the networks themselves) and the post's own; every list when the organisation's
 * are not known.
 */
export function checkedLanguages(
  postLanguage: string | null,
  organisationLanguages: readonly string[] | null | undefined,
): Set<string> {
  const checked = new Set<string>(organisationLanguages ? ['en'] : PROFANITY_LANGUAGES);
  for (const language of organisationLanguages ?? []) {
    const list = listLanguage(language);
    if (list) checked.add(list);
  }
  if (postLanguage) checked.add(postLanguage);
  return checked;
}

interface Candidate extends Span {
  entry: ProfanityEntry;
}

/**
 * Profanity in a post: whole words and phrases of the lists that apply, their inflected and
 * compound forms (see morphology.ts), also in hashtag segments ('#ShitHappens') and disguised
 * ('f**k', 'sh1t'). The lists that apply are those of the organisation's languages, English and
 * the post's language (all of them when the organisation's are not given); a word that is an
 * ordinary word of one of those languages is not matched by itself.
 */
export function findProfanity(
  text: string,
  folded: FoldedText,
  hashtags: readonly Hashtag[],
  postLanguage: string | null,
  organisationLanguages?: readonly string[] | null,
): Finding[] {
  const index = profanityIndex();
  const language = listLanguage(postLanguage);
  const checked = checkedLanguages(language, organisationLanguages);
  const inScope = (entry: ProfanityEntry) => checked.has(entry.language);
  const ordinaryHere = (entry: ProfanityEntry) =>
    entry.ordinaryIn.some((other) => checked.has(other));
  const asWord = (entry: ProfanityEntry) => inScope(entry) && !entry.stem && !ordinaryHere(entry);
  const { codes, flags, length, starts, ends } = folded;
  const candidates: Candidate[] = [];
  /** Adds a candidate for the entry that fits, the post's own list first; says whether one did. */
  const add = (
    entries: readonly ProfanityEntry[] | undefined,
    first: number,
    last: number,
    fits: (entry: ProfanityEntry) => boolean,
  ) => {
    let chosen: ProfanityEntry | undefined;
    for (const entry of entries ?? []) {
      if (!fits(entry)) continue;
      chosen = entry.language === language ? entry : (chosen ?? entry);
      if (entry.language === language) break;
    }
    if (chosen)
      candidates.push({ start: starts[first], end: ends[last], severity: 'block', entry: chosen });
    return chosen !== undefined;
  };
  const stressFits = (entry: ProfanityEntry, first: number, last: number) =>
    entry.accented === null || stressed(text.slice(starts[first], ends[last])) === entry.accented;

  index.automaton.scan(codes, 0, length, (pattern, start, end) => {
    const wordStart = !index.boundedStart[pattern] || start === 0 || !(flags[start - 1] & WORD);
    const wordEnd = !index.boundedEnd[pattern] || end === length || !(flags[end] & WORD);
    if (wordStart && wordEnd) {
      add(
        index.patterns[pattern],
        start,
        end - 1,
        (entry) => asWord(entry) && stressFits(entry, start, end - 1),
      );
      return;
    }
    if (!index.derives[pattern]) return;
    // Inside a longer word: an inflected form or a compound, when the rest of the word fits.
    let first = start;
    while (first > 0 && flags[first - 1] & WORD && start - first <= MAX_TOKEN_UNITS) first -= 1;
    let last = end;
    while (last < length && flags[last] & WORD && last - end <= MAX_TOKEN_UNITS) last += 1;
    const before = start - first;
    const after = last - end;
    if (before > MAX_TOKEN_UNITS || after > MAX_TOKEN_UNITS) return;
    const rest = after > 0 && after <= MAX_ENDING + 1 ? foldedString(folded, end, last) : '';
    const restFits = (entry: ProfanityEntry) =>
      (before === 0 &&
        entry.startsCompounds &&
        after >= MIN_COMPOUND_PART &&
        !startsOrdinaryWord(folded, first, last)) ||
      (entry.inflects && takesEnding(entry, index.endings.get(entry.language)!, rest));
    let token: string | undefined;
    const fits = (entry: ProfanityEntry) => {
      if (!inScope(entry)) return false;
      if (before > 0 && !(entry.endsCompounds && before >= MIN_COMPOUND_PART)) return false;
      if (after > 0 ? !restFits(entry) : entry.stem) return false;
      token ??= foldedString(folded, first, last);
      if (ORDINARY_FORMS[token] !== undefined) return false;
      // A stem and an ending may spell the word itself again ('chatt' + 'e').
      return token !== entry.word || !ordinaryHere(entry);
    };
    if (flags[first] & LETTER) add(index.patterns[pattern], first, last - 1, fits);
  });
  for (const hashtag of hashtags) {
    for (let from = 0; from < hashtag.codes.length;) {
      let to = from + 1;
      while (!hashtag.boundaries[to]) to += 1;
      if ((from > 0 || to < hashtag.codes.length) && to - from <= MAX_TOKEN_UNITS) {
        const segment = String.fromCharCode(...hashtag.codes.subarray(from, to));
        add(index.words.get(segment), hashtag.units[from], hashtag.units[to - 1], asWord);
      }
      from = to;
    }
  }
  for (const { first, last, readings, mask } of disguisedTokens(folded)) {
    if (readings.some((reading) => add(index.words.get(reading), first, last, asWord)) || !mask)
      continue;
    const bucket = index.masks.get(`${mask.length}:${mask[0]}`) ?? [];
    add(
      bucket.filter((entry) => fitsMask(entry.key, mask)),
      first,
      last,
      asWord,
    );
  }
  return keepOutermost(candidates).map(({ start, end, entry }) => {
    const match = text.slice(start, end);
    return {
      kind: 'profanity',
      severity: 'block',
      start,
      end,
      key: 'guardrails:profanity',
      params: { match, language: entry.language },
      match,
      language: entry.language,
    };
  });
}

const ORDINARY_START_LENGTHS = [
  ...new Set(Object.keys(ORDINARY_STARTS).map((start) => start.length)),
];

/** Whether the word in units [first, last) starts like an ordinary word (see ORDINARY_STARTS). */
function startsOrdinaryWord(folded: FoldedText, first: number, last: number): boolean {
  return ORDINARY_START_LENGTHS.some(
    (length) =>
      length <= last - first &&
      ORDINARY_STARTS[foldedString(folded, first, first + length)] !== undefined,
  );
}

/**
 * Whether `rest` is one of the entry's endings, directly or, in languages that do so, after its
 * last consonant doubled.
 */
function takesEnding(entry: ProfanityEntry, endings: ReadonlySet<string>, rest: string): boolean {
  if (rest === '') return false;
  if (endings.has(rest)) return true;
  const lastLetter = entry.key[entry.key.length - 1];
  return (
    DOUBLING.has(entry.language) &&
    rest[0] === lastLetter &&
    !VOWELS.includes(lastLetter) &&
    endings.has(rest.slice(1))
  );
}

/** Vowels as folded: a doubled vowel is not a doubled final consonant. */
const VOWELS = 'aeiouy';

function fitsMask(key: string, mask: string): boolean {
  if (key.length !== mask.length) return false;
  for (let i = 0; i < key.length; i += 1) if (mask[i] !== '*' && mask[i] !== key[i]) return false;
  return true;
}
