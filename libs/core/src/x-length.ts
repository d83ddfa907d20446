import { findLinks } from './x-links';

/**
 * How X counts a post: twitter-text's weighted length (config v3, which X applies). The text is
 * NFC-normalised first; then each link counts 23 (see `findLinks`, bare domains included), each
 * emoji 2 however many code points it is made of (a ZWJ family, a flag, a keycap, a skin tone),
 * and every other code point 1 in the ranges below (Latin, Greek, Cyrillic, Hebrew, Arabic,
 * Indic scripts..., general punctuation) and 2 elsewhere (CJK, most symbols). The limit is 280.
 */
export const X_WEIGHTING = {
  limit: 280,
  defaultWeight: 2,
  linkWeight: 23,
  emojiWeight: 2,
  /** Code point ranges (inclusive) that weigh 1. */
  lightRanges: [
    [0x0000, 0x10ff],
    [0x2000, 0x200d],
    [0x2010, 0x201f],
    [0x2032, 0x2037],
  ],
} as const;

/** The weight of one code point outside links and emoji. */
export function codePointWeight(codePoint: number): number {
  const ranges = X_WEIGHTING.lightRanges;
  for (let k = 0; k < ranges.length; k += 1) {
    if (codePoint >= ranges[k][0] && codePoint <= ranges[k][1]) return 1;
  }
  return X_WEIGHTING.defaultWeight;
}

/** One emoji element: a pictograph with a skin tone or a variation selector. */
const ELEMENT = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)?`;
/**
 * An emoji at the current place: a flag (two regional indicators), a keycap, a subdivision flag
 * (a black flag and tag characters), or pictographs joined by zero-width joiners. Each part is
 * a fixed shape or a repetition with one exit, so matching never backtracks far.
 */
const EMOJI = new RegExp(
  String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|${ELEMENT}(?:\u200D${ELEMENT})*`,
  'uy',
);

/**
 * Whether an emoji may start with this UTF-16 unit: a keycap's '#', '*' or digit, '©', '®', or
 * anything from General Punctuation on, except the CJK, kana and Hangul blocks, which have none.
 */
function mayStartEmoji(code: number): boolean {
  if (code < 0x2000) {
    return (
      code === 0x23 ||
      code === 0x2a ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0xa9 ||
      code === 0xae
    );
  }
  return !(
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

/** An ASCII character that weighs 1 on its own: not the start of a keycap ('1️⃣'). */
function isPlainAscii(text: string, i: number): boolean {
  if (text.charCodeAt(i) >= 0x80) return false;
  const following = text.charCodeAt(i + 1);
  return following !== 0xfe0f && following !== 0x20e3;
}

/** A post as X reads it (NFC), with where each of its units came from in the original. */
interface Normalized {
  text: string;
  /** origin[k] is the offset in the original of the character unit k came from; null if unchanged. */
  origin: Int32Array | null;
}

/**
 * The NFC form of a text, with an offset map. NFC only joins a character with the marks (and
 * Hangul vowels and finals) that follow it, so each such cluster is normalised on its own and
 * the pieces map back to the cluster's start.
 */
function normalize(text: string): Normalized {
  // Below U+0300 (where combining marks start) every text is already NFC.
  if (!/[\u0300-\uffff]/.test(text)) return { text, origin: null };
  const nfc = text.normalize('NFC');
  if (nfc === text) return { text, origin: null };
  let out = '';
  const origin: number[] = [];
  for (const cluster of text.matchAll(/[^][\u1160-\u11ff\p{M}]*/gu)) {
    const piece = cluster[0].normalize('NFC');
    for (let k = 0; k < piece.length; k += 1) origin.push(cluster.index);
    out += piece;
  }
  return { text: out, origin: Int32Array.from(origin) };
}

type Visit = (start: number, weight: number) => boolean;

/**
 * Visits what X counts in a post, in order, with the offset in the post where it starts and its
 * weight, until `visit` returns false.
 */
export function forEachXUnit(post: string, visit: Visit): void {
  walk(post, visit);
}

/** A post's length as X counts it. */
export function xWeightedLength(post: string): number {
  return walk(post, null);
}

/** Weighs a post unit by unit, telling `visit` (when given) of each; returns the total. */
function walk(post: string, visit: Visit | null): number {
  const { text, origin } = normalize(post);
  const links = findLinks(text);
  let total = 0;
  let next = 0;
  for (let i = 0; i < text.length;) {
    let weight: number;
    let length: number;
    const code = text.charCodeAt(i);
    const following = text.charCodeAt(i + 1);
    if (next < links.length && links[next].start === i) {
      weight = X_WEIGHTING.linkWeight;
      length = links[next].end - i;
      next += 1;
    } else if (code < 0x80 && following !== 0xfe0f && following !== 0x20e3) {
      // Plain ASCII, not starting a keycap: the common case, without a regular expression. When
      // only the total is wanted, a whole run of it at once.
      const stop = next < links.length ? links[next].start : text.length;
      length = 1;
      while (!visit && i + length < stop && isPlainAscii(text, i + length)) length += 1;
      weight = length;
    } else {
      EMOJI.lastIndex = i;
      const emoji = mayStartEmoji(code) ? EMOJI.exec(text) : null;
      const codePoint = text.codePointAt(i)!;
      length = codePoint > 0xffff ? 2 : 1;
      weight = codePointWeight(codePoint);
      // A lone text-style pictograph in a light range ('©', '®') is a character, not an emoji.
      if (emoji && !(emoji[0].length === length && weight === 1)) {
        weight = X_WEIGHTING.emojiWeight;
        length = emoji[0].length;
      }
    }
    total += weight;
    if (visit && !visit(origin ? origin[i] : i, weight)) return total;
    i += length;
  }
  return total;
}
