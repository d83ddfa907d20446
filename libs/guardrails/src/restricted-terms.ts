import { AhoCorasick } from './aho-corasick';
import { keepOutermost, type Finding, type RestrictedTerm, type Span } from './findings';
import type { Hashtag } from './hashtags';
import { LETTER, WORD, foldText, foldedString, isCaseBoundary, type FoldedText } from './normalize';

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
  /**
   * Only for a term of several words matched written as one ('ProjectFalcon'): where in the
   * pattern its second and further words start. The text must start a word part at each.
   */
  readonly joints: Int32Array | null;
}

class CompiledTerms implements TermMatcher {
  constructor(
    readonly size: number,
    /** Keys with their spaces, and the joined keys of several words, against the folded text. */
    readonly prose: AhoCorasick,
    readonly proseEntries: readonly (readonly Entry[])[],
    /** Keys without spaces, matched anywhere in hashtag and @handle bodies. */
    readonly tagged: AhoCorasick,
    readonly taggedEntries: readonly (readonly Entry[])[],
  ) {}
}

/**
 * Compiles restricted terms into one automaton for the text (and one for hashtags and @handles).
 * Matching ignores case, diacritics, separators ('Project Falcon' matches 'project-falcon') and
 * invisible characters ('Fal\u00ADcon'). In the text a term matches whole words, or whole parts of
 * a CamelCase word: 'ProjectFalcon' and 'FalconLaunch' contain 'Falcon', and 'ProjectFalcon'
 * contains 'Project Falcon' too; 'Falconry', 'falcons', 'superfalcon' and the all-caps
 * 'PROJECTFALCON' do not (an admin who means the plural adds it). In a hashtag or an @handle,
 * where words are run together whatever their case, a term matches anywhere: '#projectfalcon',
 * '#PROJECTFALCON', '@falconteam' and '#falconry' all contain 'Falcon'.
 */
export function compileTerms(terms: readonly RestrictedTerm[]): TermMatcher {
  const prose = new Map<string, Entry[]>();
  const tagged = new Map<string, Entry[]>();
  let size = 0;
  for (const term of terms) {
    const folded = foldText(term.term);
    const key = foldedString(folded).trim();
    if (!key) continue;
    size += 1;
    const edges = {
      term,
      boundedStart: (folded.flags[firstUnit(folded)] & WORD) !== 0,
      boundedEnd: (folded.flags[lastUnit(folded)] & WORD) !== 0,
    };
    add(prose, key, { ...edges, joints: null });
    const words = key.split(' ');
    const joined = words.join('');
    if (!/^[\p{L}\p{N}]+$/u.test(joined)) continue;
    add(tagged, joined, { ...edges, joints: null });
    if (words.length > 1) add(prose, joined, { ...edges, joints: jointsOf(words) });
  }
  const proseKeys = [...prose.keys()];
  const taggedKeys = [...tagged.keys()];
  return new CompiledTerms(
    size,
    AhoCorasick.compile(proseKeys),
    proseKeys.map((key) => blockFirst(prose.get(key)!)),
    AhoCorasick.compile(taggedKeys),
    taggedKeys.map((key) => blockFirst(tagged.get(key)!)),
  );
}

/** Where the second and further words start in the words joined together. */
function jointsOf(words: readonly string[]): Int32Array {
  const joints = new Int32Array(words.length - 1);
  let offset = 0;
  for (let k = 0; k < joints.length; k += 1) {
    offset += words[k].length;
    joints[k] = offset;
  }
  return joints;
}

interface Candidate extends Span {
  entry: Entry;
}

/**
 * The restricted terms in a post, longest first where they overlap, blocking before warning.
 * `tags` are the post's hashtags and @handles.
 */
export function findRestrictedTerms(
  text: string,
  folded: FoldedText,
  tags: readonly Hashtag[],
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
  /** Whether a word, or a part of a CamelCase word, starts at unit i (or ends before it). */
  const wordEdge = (i: number): boolean =>
    i <= 0 ||
    i >= length ||
    !(flags[i - 1] & WORD) ||
    !(flags[i] & WORD) ||
    isCaseBoundary(folded, i);

  matcher.prose.scan(folded.codes, 0, length, (pattern, start, end) => {
    for (const entry of matcher.proseEntries[pattern]) {
      if (entry.boundedStart && !wordEdge(start)) continue;
      if (entry.boundedEnd && !wordEdge(end)) continue;
      if (entry.joints && !entry.joints.every((joint) => isPartStart(folded, start + joint))) {
        continue;
      }
      add(entry, start, end - 1);
    }
  });
  for (const tag of tags) {
    matcher.tagged.scan(tag.codes, 0, tag.codes.length, (pattern, start, end) => {
      for (const entry of matcher.taggedEntries[pattern]) {
        add(entry, tag.units[start], tag.units[end - 1]);
      }
    });
  }
  return keepOutermost(candidates).map(({ start, end, entry }) =>
    toFinding(text, start, end, entry),
  );
}

/** Whether a part of a joined word starts at unit i: a CamelCase part, or letters after digits. */
function isPartStart(folded: FoldedText, i: number): boolean {
  const { flags, starts } = folded;
  if (starts[i] === starts[i - 1]) return false;
  return (flags[i - 1] & LETTER) !== (flags[i] & LETTER) || isCaseBoundary(folded, i);
}

function toFinding(text: string, start: number, end: number, { term }: Entry): Finding {
  const match = text.slice(start, end);
  const note = term.note.trim();
  return {
    kind: 'restricted_term',
    severity: term.severity,
    start,
    end,
    key: note ? 'guardrails:restrictedTermWithNote' : 'guardrails:restrictedTerm',
    params: note ? { match, category: term.category, note } : { match, category: term.category },
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
