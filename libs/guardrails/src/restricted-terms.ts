import { AhoCorasick } from './aho-corasick';
import { keepOutermost, type Finding, type RestrictedTerm, type Span } from './findings';
import type { Hashtag } from './hashtags';
import { WORD, foldText, foldedString, type FoldedText } from './normalize';

/** The company's restricted terms, compiled for matching: build it once, use it for many checks. */
export interface TermMatcher {
  /** How many terms can match (terms that fold to nothing, such as '---', cannot). */
  readonly size: number;
}

/** A term as one pattern of an automaton. */
interface Entry {
  readonly term: RestrictedTerm;
  /** The term starts or ends with a letter or digit, so the text must not continue the word there. */
  readonly boundedStart: boolean;
  readonly boundedEnd: boolean;
}

class CompiledTerms implements TermMatcher {
  constructor(
    readonly size: number,
    /** Keys with their spaces, matched against the whole folded text. */
    readonly spaced: AhoCorasick,
    readonly spacedEntries: readonly (readonly Entry[])[],
    /** Keys without spaces, matched against hashtag bodies, whole segments only. */
    readonly compact: AhoCorasick,
    readonly compactEntries: readonly (readonly Entry[])[],
  ) {}
}

/**
 * Compiles restricted terms into one automaton (and one more for hashtags). Matching is case-,
 * diacritic- and separator-insensitive ('Project Falcon' matches 'project-falcon') on whole words
 * only, so 'Falcon' does not match 'Falconry' nor the plural 'falcons': a plural is another word,
 * and an admin who means it adds it. In hashtags a term matches whole camelCase segments:
 * '#ProjectFalcon' and '#FalconLaunch' contain 'Falcon', '#falconry' does not.
 */
export function compileTerms(terms: readonly RestrictedTerm[]): TermMatcher {
  const spaced = new Map<string, Entry[]>();
  const compact = new Map<string, Entry[]>();
  let size = 0;
  for (const term of terms) {
    const folded = foldText(term.term);
    const key = foldedString(folded).trim();
    if (!key) continue;
    size += 1;
    const first = firstUnit(folded);
    const last = lastUnit(folded);
    const entry: Entry = {
      term,
      boundedStart: (folded.flags[first] & WORD) !== 0,
      boundedEnd: (folded.flags[last] & WORD) !== 0,
    };
    add(spaced, key, entry);
    const compactKey = key.replaceAll(' ', '');
    if (/^[\p{L}\p{N}]+$/u.test(compactKey)) add(compact, compactKey, entry);
  }
  const spacedKeys = [...spaced.keys()];
  const compactKeys = [...compact.keys()];
  return new CompiledTerms(
    size,
    AhoCorasick.compile(spacedKeys),
    spacedKeys.map((key) => blockFirst(spaced.get(key)!)),
    AhoCorasick.compile(compactKeys),
    compactKeys.map((key) => blockFirst(compact.get(key)!)),
  );
}

interface Candidate extends Span {
  entry: Entry;
}

/** The restricted terms in a post, longest first where they overlap, blocking before warning. */
export function findRestrictedTerms(
  text: string,
  folded: FoldedText,
  hashtags: readonly Hashtag[],
  matcher: TermMatcher,
): Finding[] {
  if (!(matcher instanceof CompiledTerms)) {
    throw new TypeError('The restricted terms must be compiled with compileTerms()');
  }
  if (matcher.size === 0) return [];
  const { flags, length, starts, ends } = folded;
  const candidates: Candidate[] = [];
  const add = (entry: Entry, first: number, last: number): void =>
    void candidates.push({
      start: starts[first],
      end: ends[last],
      severity: entry.term.severity,
      entry,
    });

  matcher.spaced.scan(folded.codes, 0, length, (pattern, start, end) => {
    for (const entry of matcher.spacedEntries[pattern]) {
      if (entry.boundedStart && start > 0 && flags[start - 1] & WORD) continue;
      if (entry.boundedEnd && end < length && flags[end] & WORD) continue;
      add(entry, start, end - 1);
    }
  });
  for (const hashtag of hashtags) {
    matcher.compact.scan(hashtag.codes, 0, hashtag.codes.length, (pattern, start, end) => {
      if (!hashtag.boundaries[start] || !hashtag.boundaries[end]) return;
      for (const entry of matcher.compactEntries[pattern]) {
        add(entry, hashtag.units[start], hashtag.units[end - 1]);
      }
    });
  }
  return keepOutermost(candidates).map(({ start, end, entry }) =>
    toFinding(text, start, end, entry),
  );
}

function toFinding(text: string, start: number, end: number, { term }: Entry): Finding {
  const match = text.slice(start, end);
  const reason = term.note.trim() ? `: ${term.note.trim()}` : '';
  return {
    kind: 'restricted_term',
    severity: term.severity,
    start,
    end,
    message: `"${match}" is a restricted term (${term.category})${reason}`,
    match,
    term: term.term,
    category: term.category,
    note: term.note,
  };
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Several terms with one key: the blocking one is reported (a stable sort keeps input order). */
function blockFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) => Number(b.term.severity === 'block') - Number(a.term.severity === 'block'),
  );
}

function firstUnit(folded: FoldedText): number {
  let i = 0;
  while (i < folded.length - 1 && folded.codes[i] === 0x20) i += 1;
  return i;
}

function lastUnit(folded: FoldedText): number {
  let i = folded.length - 1;
  while (i > 0 && folded.codes[i] === 0x20) i -= 1;
  return i;
}
