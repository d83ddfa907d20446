/** The mark that ends a text cut short to fit a limit (a chat platform's, a mail's summary). */
export const ELLIPSIS = '…';

let segmenter: Intl.Segmenter | undefined;

const asIs = (text: string) => text;

/**
 * `text`, passed through `escape`, cut to at most `max` UTF-16 code units (what Slack and Teams
 * count) and ending with an ellipsis when cut. It is cut between graphemes only (no half
 * surrogate pair, no emoji torn from its modifier, no letter without its accent) and never
 * inside an escape.
 */
export function truncateText(
  text: string,
  max: number,
  escape: (text: string) => string = asIs,
): string {
  return cut(text, max, escape, false);
}

/**
 * `text` cut as `truncateText` cuts it, but at the last space when one is past half of what fits,
 * so that no word is left half written: for summaries in a list.
 */
export function truncateAtWord(text: string, max: number): string {
  return cut(text, max, asIs, true);
}

function cut(text: string, max: number, escape: (text: string) => string, atWord: boolean): string {
  const whole = escape(text);
  if (whole.length <= max) return whole;
  if (max < ELLIPSIS.length) return '';
  const budget = max - ELLIPSIS.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let kept = '';
  // An escape is never shorter than its text, so only the first `budget` characters can fit:
  // the work is bounded by the limit, not by the length of the input.
  for (const { segment } of segmenter.segment(text.slice(0, budget + 16))) {
    const piece = escape(segment);
    if (kept.length + piece.length > budget) break;
    kept += piece;
  }
  const space = atWord ? kept.lastIndexOf(' ') : -1;
  if (space > budget / 2) kept = kept.slice(0, space);
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Text a person wrote, safe inside Slack `mrkdwn`: `&`, `<` and `>` are Slack's control
 * characters (links, mentions such as `<!channel>`), escaped as its documentation says.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
