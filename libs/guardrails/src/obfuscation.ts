import { LETTER, WORD, type FoldedText } from './normalize';

/**
 * Disguised words: masked letters ('f**k', 'sh*t'), leetspeak ('sh1t', '$hit', 'a$$hole') and
 * stretched letters ('fuuuuck'). Plain words are the automaton's job; this only looks at tokens
 * with something unusual in them, and only at the letters-first ones, so that product codes
 * ('A55') and numbers ('4554') are never read as words.
 */

/** A token that may be a disguised word. */
export interface DisguisedToken {
  /** Folded units [first, last] of the token. */
  readonly first: number;
  readonly last: number;
  /** Readings to look up as whole words ('sh1t' -> 'shit'). */
  readonly readings: readonly string[];
  /** With masked letters: the reading with '*' for each unknown letter ('f**k'). */
  readonly mask: string | null;
}

const STAR = 0x2a;
const BANG = 0x21;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
/** Longer tokens are not words of any list (and spreading them into a string would be slow). */
export const MAX_TOKEN_UNITS = 64;
const DOLLAR = 0x24;
const AT = 0x40;

/** Characters a disguised token may contain besides letters and digits. */
function isSymbol(code: number): boolean {
  return code === STAR || code === BANG || code === DOLLAR || code === AT;
}

/** The tokens of a folded text worth a second look. */
export function disguisedTokens(folded: FoldedText): DisguisedToken[] {
  const { codes, flags, length } = folded;
  const tokens: DisguisedToken[] = [];
  let i = 0;
  while (i < length) {
    if (!(flags[i] & WORD) && !isSymbol(codes[i])) {
      i += 1;
      continue;
    }
    const start = i;
    let letters = 0;
    let stars = 0;
    let bangs = 0;
    let stretched = false;
    let repeat = 1;
    for (; i < length && (flags[i] & WORD || isSymbol(codes[i])); i += 1) {
      if (flags[i] & LETTER) {
        letters += 1;
        repeat = i > start && codes[i] === codes[i - 1] ? repeat + 1 : 1;
        if (repeat >= 3) stretched = true;
      } else if (codes[i] === STAR) stars += 1;
      else if (codes[i] === BANG) bangs += 1;
    }
    const others = i - start - letters;
    if (i - start > MAX_TOKEN_UNITS) continue;
    // Worth reading: masked, stretched, or letters with a few digits or symbols among them.
    if (stars > 0 || stretched || (others > 0 && letters >= 2 && letters >= others - bangs)) {
      const token = read(folded, start, i);
      if (token) tokens.push(token);
    }
  }
  return tokens;
}

/** Reads the token in units [start, end): trims what is punctuation, then finds its readings. */
function read(folded: FoldedText, start: number, end: number): DisguisedToken | null {
  const { codes } = folded;
  let first = start;
  let last = end - 1;
  let wrapped = false; // '**word**': stars around a word are emphasis, not masking
  while (first <= last && (codes[first] === STAR || codes[first] === BANG)) {
    if (codes[first] === STAR) wrapped = true;
    first += 1;
  }
  while (last >= first && codes[last] === BANG) last -= 1;
  let trailing = 0;
  while (last - trailing >= first && codes[last - trailing] === STAR) trailing += 1;
  let inner = false;
  for (let k = first; k <= last - trailing; k += 1) if (codes[k] === STAR) inner = true;
  // A single star after a word is a footnote ('price*'), not a masked letter.
  if (trailing > 0 && (wrapped || (trailing === 1 && !inner))) last -= trailing;
  if (last - first < 1) return null;

  const raw = String.fromCharCode(...codes.subarray(first, last + 1));
  const masked = raw.includes('*');
  let letters = 0;
  for (let k = first; k <= last; k += 1) if (folded.flags[k] & LETTER) letters += 1;
  const others = raw.length - letters;
  if (!masked && others > 0 && (letters < 2 || letters < others)) return null;

  const reading = [...raw].map((char) => LEET[char] ?? char).join('');
  if (!/^[\p{L}*]+$/u.test(reading)) return null;
  if (masked) {
    // The first letter must be a real, visible letter: '4***' is a hotel's stars.
    if (!(folded.flags[first] & LETTER)) return null;
    const visible = [...reading.slice(1)].filter((char) => char !== '*').length;
    if (visible === 0 && reading.length < 4) return null;
    return { first, last, readings: [], mask: reading };
  }
  return { first, last, readings: unstretched(reading), mask: null };
}

/** The reading, and when a letter repeats three times or more, that run as one and as two letters. */
function unstretched(reading: string): string[] {
  if (!/(\p{L})\1\1/u.test(reading)) return [reading];
  return [
    reading,
    reading.replace(/(\p{L})\1{2,}/gu, '$1'),
    reading.replace(/(\p{L})\1{2,}/gu, '$1$1'),
  ];
}
