import { isInvisible } from './invisible';

/**
 * Folding: the text as the matchers see it. Case and diacritics are gone, look-alike letters are
 * merged, invisible characters (soft hyphens, zero-width joiners, bidi controls...) are gone, and
 * every run of whitespace, hyphens, dashes and underscores is one space, so that 'Project-Falcon',
 * 'PROJECT  FALCON', 'project falcon' and 'Fal\u00ADcon' are read alike. Each folded code unit
 * remembers which part of the original text it came from, so findings point at exactly what the
 * author wrote, whatever came before (emoji, decomposed accents, soft hyphens).
 */

/** Flag bits of a folded code unit. */
export const LETTER = 1;
export const DIGIT = 2;
/** A letter or a digit: what counts as part of a word for boundaries. */
export const WORD = LETTER | DIGIT;
/** The original character was an upper-case (or title-case) letter. */
export const UPPER = 4;
/** The original character was a lower-case letter. */
export const LOWER = 8;
/** A space folded from whitespace, hyphens, dashes or underscores. */
export const SPACE = 16;
/** A space folded from underscores only (hashtags may contain those). */
export const UNDERSCORE = 32;

const SPACE_CODE = 0x20;

/** The folded text: parallel arrays, one entry per folded UTF-16 code unit. */
export interface FoldedText {
  readonly length: number;
  readonly codes: Uint16Array;
  readonly flags: Uint8Array;
  /** Offset in the original text where the character this unit came from starts. */
  readonly starts: Int32Array;
  /** Offset in the original text just after that character (and any marks folded into it). */
  readonly ends: Int32Array;
}

/** How one code point folds. */
interface CodePointFold {
  /** The folded code units; empty when the code point folds away (a mark, an invisible). */
  readonly units: readonly number[];
  /** LETTER/DIGIT per unit, with UPPER/LOWER of the original code point. */
  readonly flags: readonly number[];
  /** Whitespace, hyphen, dash or underscore: becomes (part of) one space. */
  readonly space: boolean;
  readonly underscore: boolean;
}

/** Letters that neither decomposition nor lower-casing merges with their plain look-alikes. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ς: 'σ',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
};
const SPECIAL_PATTERN = /[ßøæœłđıς\u2019\u2018\u02bc]/g;
const SEPARATOR = /^[\s\p{Pd}_]$/u;
const MARK = /^\p{M}$/u;
const MARKS = /\p{M}/gu;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const IS_LOWER = /^\p{Ll}$/u;

const EMPTY: CodePointFold = { units: [], flags: [], space: false, underscore: false };

/**
 * Folds one code point: NFKD for letters and digits (so fullwidth and 'mathematical' letters used
 * to dodge filters fold too) and NFD for the rest (so '™' does not become the letters 'tm'), then
 * combining marks dropped, lower-cased, and the special letters above replaced.
 */
function foldCodePoint(codePoint: number): CodePointFold {
  const char = String.fromCodePoint(codePoint);
  // First: the byte order mark is also whitespace to JavaScript, but invisible to a reader.
  if (MARK.test(char) || isInvisible(char)) return EMPTY;
  if (SEPARATOR.test(char)) return { ...EMPTY, space: true, underscore: char === '_' };
  const compatible = LETTER_OR_NUMBER.test(char) ? char.normalize('NFKD') : '';
  const decomposed = compatible && !/\s/u.test(compatible) ? compatible : char.normalize('NFD');
  const folded = decomposed
    .replace(MARKS, '')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
  const caseFlag = IS_UPPER.test(char) ? UPPER : IS_LOWER.test(char) ? LOWER : 0;
  const units: number[] = [];
  const flags: number[] = [];
  for (const piece of folded) {
    const kind = IS_LETTER.test(piece) ? LETTER : IS_NUMBER.test(piece) ? DIGIT : 0;
    for (let i = 0; i < piece.length; i += 1) {
      units.push(piece.charCodeAt(i));
      flags.push(kind | (kind ? caseFlag : 0));
    }
  }
  return { units, flags, space: false, underscore: false };
}

const ASCII: readonly CodePointFold[] = Array.from({ length: 128 }, (_, code) =>
  foldCodePoint(code),
);
/** The same for ASCII as flat tables, for the fast path: most text is mostly ASCII. */
const ASCII_CODES = Uint16Array.from(ASCII, (fold) => fold.units[0] ?? 0);
const ASCII_FLAGS = Uint8Array.from(ASCII, (fold) => fold.flags[0] ?? 0);
const ASCII_PLAIN = Uint8Array.from(ASCII, (fold) => (fold.units.length === 1 ? 1 : 0));
/** Folds met so far: an array for the common scripts (Latin, Greek, Cyrillic...), a map beyond. */
const TABLE_SIZE = 0x3000;
const table: (CodePointFold | undefined)[] = new Array<CodePointFold | undefined>(TABLE_SIZE);
const cache = new Map<number, CodePointFold>();

function foldOf(codePoint: number): CodePointFold {
  if (codePoint < 128) return ASCII[codePoint];
  if (codePoint < TABLE_SIZE) return (table[codePoint] ??= foldCodePoint(codePoint));
  let fold = cache.get(codePoint);
  if (!fold) {
    fold = foldCodePoint(codePoint);
    cache.set(codePoint, fold);
  }
  return fold;
}

class FoldBuffers implements FoldedText {
  length = 0;
  codes: Uint16Array;
  flags: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;

  constructor(private capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  ensure(needed: number): void {
    if (needed <= this.capacity) return;
    this.capacity = Math.max(this.capacity * 2, needed);
    this.codes = copyInto(new Uint16Array(this.capacity), this.codes);
    this.flags = copyInto(new Uint8Array(this.capacity), this.flags);
    this.starts = copyInto(new Int32Array(this.capacity), this.starts);
    this.ends = copyInto(new Int32Array(this.capacity), this.ends);
  }
}

let shared: FoldBuffers | undefined;

/**
 * Folds a text, keeping for every folded unit the span of the original it came from. With
 * `reuse`, the result lives in buffers shared by all such calls, valid until the next one: the
 * checker folds one post at a time and allocates nothing per post.
 */
export function foldText(text: string, reuse = false): FoldedText {
  const out = reuse ? (shared ??= new FoldBuffers(1024)) : new FoldBuffers(text.length + 16);
  out.ensure(text.length + 16);
  // Locals, not fields, in the loop; reloaded only when the buffers grow.
  let { codes, flags, starts, ends } = out;
  let length = 0;

  for (let i = 0; i < text.length;) {
    let codePoint = text.charCodeAt(i);
    if (codePoint < 128 && ASCII_PLAIN[codePoint] === 1) {
      if (length === codes.length) {
        out.ensure(length + 1);
        ({ codes, flags, starts, ends } = out);
      }
      codes[length] = ASCII_CODES[codePoint];
      flags[length] = ASCII_FLAGS[codePoint];
      starts[length] = i;
      ends[length] = i + 1;
      length += 1;
      i += 1;
      continue;
    }
    let next = i + 1;
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && next < text.length) {
      const low = text.charCodeAt(next);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        next += 1;
      }
    }
    const fold = foldOf(codePoint);
    if (fold.space) {
      const previous = length - 1;
      if (previous >= 0 && flags[previous] & SPACE) {
        ends[previous] = next;
        if (!fold.underscore) flags[previous] &= ~UNDERSCORE;
      } else {
        if (length === codes.length) {
          out.ensure(length + 1);
          ({ codes, flags, starts, ends } = out);
        }
        codes[length] = SPACE_CODE;
        flags[length] = SPACE | (fold.underscore ? UNDERSCORE : 0);
        starts[length] = i;
        ends[length] = next;
        length += 1;
      }
    } else if (fold.units.length === 0) {
      // A mark or an invisible character belongs to the character before it.
      if (length > 0) ends[length - 1] = next;
    } else {
      const count = fold.units.length;
      if (length + count > codes.length) {
        out.ensure(length + count);
        ({ codes, flags, starts, ends } = out);
      }
      for (let k = 0; k < count; k += 1) {
        codes[length] = fold.units[k];
        flags[length] = fold.flags[k];
        starts[length] = i;
        ends[length] = next;
        length += 1;
      }
    }
    i = next;
  }
  out.length = length;
  return out;
}

function copyInto<T extends Uint16Array | Uint8Array | Int32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** The folded units [start, end) as a string. */
export function foldedString(folded: FoldedText, start = 0, end = folded.length): string {
  let result = '';
  for (let i = start; i < end; i += 512) {
    result += String.fromCharCode(...folded.codes.subarray(i, Math.min(end, i + 512)));
  }
  return result;
}

/**
 * The key a term is matched by: folded, with runs of spaces, hyphens and underscores as one space
 * and none at either end. Two terms with the same key are the same term ('Café Noir' and
 * 'cafe-noir'), which is how duplicates are told apart.
 */
export function termKey(term: string): string {
  return foldedString(foldText(term)).trim();
}

/**
 * Whether a CamelCase word part starts at folded unit `i`, judged by the case of the original
 * letters: a lower-case letter then an upper-case one ('project|Falcon'), or an upper-case letter
 * then one starting a capitalised part ('AI|Falcon'). Letters folded from one character ('ß' to
 * 'ss') are never split, and an all-caps or all-lower word has no parts.
 */
export function isCaseBoundary(folded: FoldedText, i: number): boolean {
  const { flags, starts, length } = folded;
  if (i <= 0 || i >= length || starts[i] === starts[i - 1]) return false;
  const previous = flags[i - 1];
  const current = flags[i];
  if (!(previous & LETTER) || !(current & LETTER)) return false;
  if (previous & LOWER && current & UPPER) return true;
  if (!(previous & UPPER) || !(current & UPPER) || i + 1 >= length) return false;
  return (flags[i + 1] & LOWER) !== 0 && starts[i + 1] !== starts[i];
}
