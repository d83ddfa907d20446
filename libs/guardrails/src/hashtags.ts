import { LETTER, SPACE, UNDERSCORE, WORD, isCaseBoundary, type FoldedText } from './normalize';

const HASH = 0x23;
const AT = 0x40;

/**
 * A hashtag's or @handle's body ('#ProjectFalcon' -> 'projectfalcon'), folded with its underscores
 * removed, and where its segments start: at CamelCase transitions of the original
 * ('Project|Falcon', 'AI|Falcon'), letter-digit transitions ('Falcon|2026') and underscores
 * ('Project_|Falcon').
 */
export interface Hashtag {
  /** The body's folded units, underscores left out. */
  readonly codes: Uint16Array;
  /** For each of those units, its index in the folded text. */
  readonly units: Int32Array;
  /** boundaries[k] is 1 when a segment starts at body unit k; boundaries[length] is 1 too. */
  readonly boundaries: Uint8Array;
}

/** The hashtags of a folded text: '#' not preceded by a letter or digit, then a word. */
export function findHashtags(folded: FoldedText): Hashtag[] {
  return findTagged(folded, HASH);
}

/**
 * The @handles of a folded text: '@' not preceded by a letter or digit (so not an e-mail
 * address's), then a word.
 */
export function findHandles(folded: FoldedText): Hashtag[] {
  return findTagged(folded, AT);
}

function findTagged(folded: FoldedText, sign: number): Hashtag[] {
  const { codes, flags, length } = folded;
  const tags: Hashtag[] = [];
  for (let i = 0; i < length; i += 1) {
    if (codes[i] !== sign || (i > 0 && flags[i - 1] & WORD)) continue;
    let end = i + 1;
    while (end < length && (flags[end] & WORD || flags[end] & UNDERSCORE)) end += 1;
    const body: number[] = [];
    for (let unit = i + 1; unit < end; unit += 1) if (!(flags[unit] & SPACE)) body.push(unit);
    if (body.length > 0) tags.push(segment(folded, body));
    i = end - 1;
  }
  return tags;
}

function segment(folded: FoldedText, body: readonly number[]): Hashtag {
  const { codes, flags, starts } = folded;
  const count = body.length;
  const boundaries = new Uint8Array(count + 1);
  boundaries[0] = 1;
  boundaries[count] = 1;
  for (let k = 1; k < count; k += 1) {
    const previous = body[k - 1];
    const current = body[k];
    if (current - previous > 1)
      boundaries[k] = 1; // underscores in between
    else if (starts[current] === starts[previous])
      continue; // one character folded into two
    else if ((flags[previous] & LETTER) !== (flags[current] & LETTER)) boundaries[k] = 1;
    else if (isCaseBoundary(folded, current)) boundaries[k] = 1;
  }
  const bodyCodes = new Uint16Array(count);
  for (let k = 0; k < count; k += 1) bodyCodes[k] = codes[body[k]];
  return { codes: bodyCodes, units: Int32Array.from(body), boundaries };
}
