/**
 * Invisible characters: format characters (Unicode category Cf) and the default-ignorable code
 * points, which a reader never sees: soft hyphen, zero-width space and joiners, word joiner, byte
 * order mark, bidi controls, variation selectors, Hangul fillers, tag characters. Put inside a
 * word, they would split it for a matcher while the reader still sees the word whole, so every
 * check reads the text as if they were not there.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE_RUNS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]+/gu;

/** Whether a character (one code point, as a string) is invisible. */
export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/** A text with its invisible characters removed, and where each remaining unit came from. */
export interface VisibleText {
  readonly text: string;
  /** origin[k] is the offset in the original text of unit k; null when nothing was removed. */
  readonly origin: Int32Array | null;
}

/** The text as the reader sees it (see `isInvisible`), with an offset map back to the original. */
export function visibleText(text: string): VisibleText {
  if (!INVISIBLE.test(text)) return { text, origin: null };
  const origin = new Int32Array(text.length);
  let visible = '';
  let from = 0;
  for (const run of text.matchAll(INVISIBLE_RUNS)) {
    for (let i = from; i < run.index; i += 1) origin[visible.length + i - from] = i;
    visible += text.slice(from, run.index);
    from = run.index + run[0].length;
  }
  for (let i = from; i < text.length; i += 1) origin[visible.length + i - from] = i;
  visible += text.slice(from);
  return { text: visible, origin: origin.subarray(0, visible.length) };
}

/**
 * The span in the original text of the visible units [start, end) (not empty): from the first
 * unit's origin to just after the last one's, so invisible characters inside it are part of it.
 */
export function originalSpan(
  visible: VisibleText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { origin } = visible;
  if (!origin) return { start, end };
  return { start: origin[start], end: origin[end - 1] + 1 };
}
