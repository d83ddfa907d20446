import { AhoCorasick } from './aho-corasick';
import { keepOutermost, type Finding, type Span } from './findings';
import type { Hashtag } from './hashtags';
import { MAX_TOKEN_UNITS, disguisedTokens } from './obfuscation';
import { WORD, foldText, termKey, type FoldedText } from './normalize';
import {
  ENGLISH_EXCLUDED_FOR,
  EXCLUDED,
  OWN_LANGUAGE_ONLY,
  PROFANITY_LANGUAGES,
  PROFANITY_LANGUAGE_NAMES,
  SOURCE_LISTS,
  type ProfanityLanguage,
} from './profanity-lists';

/** One word or phrase of one list. */
interface ProfanityEntry {
  readonly key: string;
  readonly language: ProfanityLanguage;
  /** Matched only when the post is known to be in this entry's language. */
  readonly ownLanguageOnly: boolean;
}

interface ProfanityIndex {
  /** Every key of every list, for the plain pass. */
  readonly automaton: AhoCorasick;
  /** Per automaton pattern: its entries (one per list that has it), and its word edges. */
  readonly patterns: readonly (readonly ProfanityEntry[])[];
  readonly boundedStart: Uint8Array;
  readonly boundedEnd: Uint8Array;
  /** Single words of letters, by key: for disguised tokens and hashtag segments. */
  readonly words: ReadonlyMap<string, readonly ProfanityEntry[]>;
  /** The same words by length and first letter ('4:f'): for masked tokens. */
  readonly masks: ReadonlyMap<string, readonly ProfanityEntry[]>;
  /** English keys left out per post language. */
  readonly englishExcluded: ReadonlyMap<string, ReadonlySet<string>>;
}

let built: ProfanityIndex | undefined;

/** The index of all lists, built on first use and kept for the life of the process (or page). */
function profanityIndex(): ProfanityIndex {
  built ??= buildIndex();
  return built;
}

function buildIndex(): ProfanityIndex {
  const byKey = new Map<string, ProfanityEntry[]>();
  for (const language of PROFANITY_LANGUAGES) {
    const excluded = keysOf(EXCLUDED[language]);
    const own = keysOf(OWN_LANGUAGE_ONLY[language] ?? {});
    for (const word of SOURCE_LISTS[language]) {
      const key = termKey(word);
      if (!key || excluded.has(key)) continue;
      const entries = byKey.get(key) ?? [];
      if (entries.some((entry) => entry.language === language)) continue;
      entries.push({ key, language, ownLanguageOnly: own.has(key) });
      byKey.set(key, entries);
    }
  }
  const keys = [...byKey.keys()];
  const boundedStart = new Uint8Array(keys.length);
  const boundedEnd = new Uint8Array(keys.length);
  const words = new Map<string, ProfanityEntry[]>();
  const masks = new Map<string, ProfanityEntry[]>();
  keys.forEach((key, pattern) => {
    const folded = foldText(key);
    boundedStart[pattern] = folded.flags[0] & WORD ? 1 : 0;
    boundedEnd[pattern] = folded.flags[folded.length - 1] & WORD ? 1 : 0;
    if (!/^\p{L}+$/u.test(key)) return;
    const entries = byKey.get(key)!;
    words.set(key, entries);
    const bucket = `${key.length}:${key[0]}`;
    masks.set(bucket, [...(masks.get(bucket) ?? []), ...entries]);
  });
  const englishExcluded = new Map(
    Object.entries(ENGLISH_EXCLUDED_FOR).map(([language, reasons]) => [language, keysOf(reasons)]),
  );
  return {
    automaton: AhoCorasick.compile(keys),
    patterns: keys.map((key) => byKey.get(key)!),
    boundedStart,
    boundedEnd,
    words,
    masks,
    englishExcluded,
  };
}

function keysOf(reasons: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.keys(reasons).map(termKey));
}

/**
 * The language whose lists apply, from an ISO 639-1 code or a tag ('en-GB' -> 'en', Norwegian
 * 'nb' and 'nn' -> 'no'); null when unknown.
 */
export function listLanguage(language: string | null | undefined): string | null {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  return primary === 'nb' || primary === 'nn' ? 'no' : primary;
}

interface Candidate extends Span {
  entry: ProfanityEntry;
}

/**
 * Profanity in a post: whole words and phrases of the lists that apply, also in hashtag segments
 * ('#ShitHappens') and disguised ('f**k', 'sh1t'). The lists that apply are the post's language
 * and English (minus English words ordinary in that language); with no language, all of them.
 */
export function findProfanity(
  text: string,
  folded: FoldedText,
  hashtags: readonly Hashtag[],
  postLanguage: string | null,
): Finding[] {
  const index = profanityIndex();
  const language = listLanguage(postLanguage);
  const englishExcluded = language ? index.englishExcluded.get(language) : undefined;
  const pick = (entries: readonly ProfanityEntry[]): ProfanityEntry | undefined => {
    let chosen: ProfanityEntry | undefined;
    for (const entry of entries) {
      if (!applies(entry, language, englishExcluded)) continue;
      if (entry.language === language) return entry;
      chosen ??= entry;
    }
    return chosen;
  };
  const { flags, length, starts, ends } = folded;
  const candidates: Candidate[] = [];
  /** Adds a candidate when one of the entries applies; says whether one did. */
  const add = (entries: readonly ProfanityEntry[] | undefined, first: number, last: number) => {
    const entry = entries && pick(entries);
    if (entry) candidates.push({ start: starts[first], end: ends[last], severity: 'block', entry });
    return entry !== undefined;
  };

  index.automaton.scan(folded.codes, 0, length, (pattern, start, end) => {
    if (index.boundedStart[pattern] && start > 0 && flags[start - 1] & WORD) return;
    if (index.boundedEnd[pattern] && end < length && flags[end] & WORD) return;
    add(index.patterns[pattern], start, end - 1);
  });
  for (const hashtag of hashtags) {
    for (let from = 0; from < hashtag.codes.length;) {
      let to = from + 1;
      while (!hashtag.boundaries[to]) to += 1;
      if ((from > 0 || to < hashtag.codes.length) && to - from <= MAX_TOKEN_UNITS) {
        const segment = String.fromCharCode(...hashtag.codes.subarray(from, to));
        add(index.words.get(segment), hashtag.units[from], hashtag.units[to - 1]);
      }
      from = to;
    }
  }
  for (const { first, last, readings, mask } of disguisedTokens(folded)) {
    if (readings.some((reading) => add(index.words.get(reading), first, last)) || !mask) continue;
    const bucket = index.masks.get(`${mask.length}:${mask[0]}`) ?? [];
    add(
      bucket.filter((entry) => fitsMask(entry.key, mask)),
      first,
      last,
    );
  }
  return keepOutermost(candidates).map(({ start, end, entry }) => {
    const match = text.slice(start, end);
    return {
      kind: 'profanity',
      severity: 'block',
      start,
      end,
      message: `"${match}" is profanity in ${PROFANITY_LANGUAGE_NAMES[entry.language]}: keep posts clean`,
      match,
      language: entry.language,
    };
  });
}

function applies(
  entry: ProfanityEntry,
  language: string | null,
  englishExcluded: ReadonlySet<string> | undefined,
): boolean {
  if (language === null) return !entry.ownLanguageOnly;
  if (entry.language === language) return true;
  return entry.language === 'en' && !englishExcluded?.has(entry.key);
}

function fitsMask(key: string, mask: string): boolean {
  if (key.length !== mask.length) return false;
  for (let i = 0; i < key.length; i += 1) if (mask[i] !== '*' && mask[i] !== key[i]) return false;
  return true;
}
