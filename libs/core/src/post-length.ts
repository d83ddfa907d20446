import { X_WEIGHTING, forEachXUnit, xWeightedLength } from './x-length';

/** Networks employees share to (issue 6 builds the share links; variants target them now). */
export const SHARE_NETWORKS = [
  'linkedin',
  'x',
  'facebook',
  'xing',
  'reddit',
  'bluesky',
  'whatsapp',
  'telegram',
  'email',
] as const;

export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** How a network is named to a person. */
export const SHARE_NETWORK_NAMES: Record<ShareNetwork, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  xing: 'Xing',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  email: 'E-mail',
};

/** A suggested post is for one network, or for any. */
export const VARIANT_NETWORKS = ['any', ...SHARE_NETWORKS] as const;
export type VariantNetwork = (typeof VARIANT_NETWORKS)[number];

export function isVariantNetwork(value: unknown): value is VariantNetwork {
  return typeof value === 'string' && (VARIANT_NETWORKS as readonly string[]).includes(value);
}

interface LengthRule {
  limit: number;
  /**
   * How the network counts: characters (code points), graphemes (what a reader sees), or X's
   * weights (see `forEachXUnit`: CJK and emoji 2, links 23, Latin and the like 1).
   */
  unit: 'characters' | 'graphemes' | 'weighted';
  /** Every link counts as this many characters (X shortens links to t.co). */
  linkWeight?: number;
}

/** The post length limits Chorus checks; networks not listed have none worth checking. */
export const POST_LENGTH_RULES: Partial<Record<ShareNetwork, LengthRule>> = {
  x: { limit: X_WEIGHTING.limit, unit: 'weighted', linkWeight: X_WEIGHTING.linkWeight },
  bluesky: { limit: 300, unit: 'graphemes' },
  linkedin: { limit: 3000, unit: 'characters' },
  xing: { limit: 3000, unit: 'characters' },
  reddit: { limit: 300, unit: 'characters' },
  telegram: { limit: 4096, unit: 'characters' },
};

export interface PostLength {
  /** The post as it will count, with the shared link appended when the text lacks it. */
  length: number;
  limit: number | null;
  over: boolean;
}

/** A post's length, with the network whose rule it was counted by. */
export interface CountedPost extends PostLength {
  /** The network whose limit applies (for `any`, the one with the least room left); null if none. */
  network: ShareNetwork | null;
}

/**
 * The post as it will be shared and counted: the text, or when it lacks the link, the text and the
 * link joined by a space and trimmed. `offset` is where the text starts in `post` (negative when
 * leading whitespace was trimmed): offset `i` in `post` is offset `i - offset` in the text.
 */
export function postWithLink(text: string, link: string): { post: string; offset: number } {
  if (text.includes(link)) return { post: text, offset: 0 };
  const joined = `${text} ${link}`;
  const post = joined.trim();
  return { post, offset: -(joined.length - joined.trimStart().length) };
}

/**
 * How long a post is on a network, counted the network's way, with the shared link as it will be
 * appended. For `any`, the strictest limit applies, so the text fits everywhere.
 */
export function measurePost(text: string, network: VariantNetwork, link: string): PostLength {
  const { length, limit, over } = countPost(postWithLink(text, link).post, network);
  return { length, limit, over };
}

/**
 * How long a post (its link already in it, see `postWithLink`) is on a network, counted the
 * network's way, and which network's rule decided it: for `any`, the one with the least room left
 * (the first one in `SHARE_NETWORKS` on a tie). Networks without a rule count characters.
 */
export function countPost(post: string, network: VariantNetwork): CountedPost {
  const counts = new Counts(post);
  const rule = network === 'any' ? undefined : POST_LENGTH_RULES[network];
  const counted =
    network === 'any' ? tightest(counts) : rule ? measure(counts, network, rule) : null;
  return counted ?? { length: counts.codePointCount(), limit: null, over: false, network: null };
}

/**
 * The UTF-16 offset in `post` of the first thing a network counts (character, grapheme or link)
 * that is past its limit; null when the post fits or the network has no limit.
 */
export function overflowOffset(post: string, network: ShareNetwork): number | null {
  const rule = POST_LENGTH_RULES[network];
  if (!rule) return null;
  let length = 0;
  let offset: number | null = null;
  forEachUnit(post, rule, (start, weight) => {
    length += weight;
    if (length <= rule.limit) return true;
    offset = start;
    return false;
  });
  return offset;
}

/** A post's length counted each way a network counts, each counted once and only when asked. */
class Counts {
  private codePoints?: number;
  private graphemes?: number;
  private weighted?: number;

  constructor(readonly post: string) {}

  of(rule: LengthRule): number {
    if (rule.unit === 'weighted') return (this.weighted ??= xWeightedLength(this.post));
    if (rule.unit === 'graphemes') return (this.graphemes ??= countGraphemes(this.post));
    return this.codePointCount();
  }

  codePointCount(): number {
    return (this.codePoints ??= countCodePoints(this.post, 0, this.post.length));
  }
}

function measure(counts: Counts, network: ShareNetwork, rule: LengthRule): CountedPost {
  const length = counts.of(rule);
  return { length, limit: rule.limit, over: length > rule.limit, network };
}

/**
 * The count on the network with the least room left (the first one on a tie). Graphemes are never
 * more than code points, so when counting code points leaves Bluesky at least as much room as the
 * tightest so far, its graphemes need not be counted (that is slow).
 */
function tightest(counts: Counts): CountedPost | null {
  let worst: CountedPost | null = null;
  let worstRoom = Infinity;
  for (const network of SHARE_NETWORKS) {
    const rule = POST_LENGTH_RULES[network];
    if (!rule) continue;
    if (rule.unit === 'graphemes' && rule.limit - counts.codePointCount() >= worstRoom) continue;
    const current = measure(counts, network, rule);
    const room = rule.limit - current.length;
    if (room < worstRoom) {
      worst = current;
      worstRoom = room;
    }
  }
  return worst;
}

function countGraphemes(post: string): number {
  let length = 0;
  forEachGrapheme(post, () => {
    length += 1;
    return true;
  });
  return length;
}

/** Visits the units a network counts, in order, until `visit` returns false. */
function forEachUnit(
  post: string,
  rule: LengthRule,
  visit: (start: number, weight: number) => boolean,
): void {
  if (rule.unit === 'weighted') {
    forEachXUnit(post, visit);
  } else if (rule.unit === 'graphemes') {
    forEachGrapheme(post, visit);
  } else {
    forEachCodePoint(post, 0, post.length, visit);
  }
}

function forEachCodePoint(
  text: string,
  from: number,
  to: number,
  visit: (start: number, weight: number) => boolean,
): void {
  for (let i = from; i < to; i += 1) {
    if (i > from && isSurrogatePair(text, i - 1)) continue;
    if (!visit(i, 1)) return;
  }
}

function countCodePoints(text: string, from: number, to: number): number {
  let length = to - from;
  for (let i = from + 1; i < to; i += 1) if (isSurrogatePair(text, i - 1)) length -= 1;
  return length;
}

/** Whether the UTF-16 units at `i` and `i + 1` are a high and a low surrogate: one code point. */
function isSurrogatePair(text: string, i: number): boolean {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Visits each grapheme (what a reader sees as one character). Intl.Segmenter is exact but slow,
 * so it only sees the stretches that need it: between two characters of the 'simple' ranges
 * below there is always a grapheme boundary (no combining marks, joiners, emoji or regional
 * indicators there), so each such character is a grapheme of its own.
 */
function forEachGrapheme(text: string, visit: (start: number, weight: number) => boolean): void {
  let i = 0;
  while (i < text.length) {
    if (
      isSimple(text.charCodeAt(i)) &&
      (i + 1 >= text.length || isSimple(text.charCodeAt(i + 1)))
    ) {
      if (!visit(i, 1)) return;
      i += 1;
      continue;
    }
    // A stretch that needs segmenting: up to the next boundary between two simple characters.
    let end = i + 1;
    while (
      end < text.length &&
      !(isSimple(text.charCodeAt(end - 1)) && isSimple(text.charCodeAt(end)))
    ) {
      end += 1;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { index } of segmenter.segment(text.slice(i, end))) {
      if (!visit(i + index, 1)) return;
    }
    i = end;
  }
}

/**
 * Characters that are a grapheme of their own whatever surrounds them: printable Latin, Greek and
 * Cyrillic letters and punctuation, tab and line feed (not carriage return, which joins a line
 * feed, and not '©' and '®', which can be emoji).
 */
function isSimple(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a;
  if (code < 0x300) return code !== 0xa9 && code !== 0xae;
  return code >= 0x370 && code <= 0x482;
}

/** Tracked link codes are this many base62 characters: /r/{code}. */
export const TRACKED_CODE_LENGTH = 10;

/** The base62 characters of tracked link codes. */
export const TRACKED_CODE_ALPHABET =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A link as long as the tracked link a share will carry, for counting a post's length before
 * the share (and so its code) exists.
 */
export function sampleTrackedLink(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/r/${'x'.repeat(TRACKED_CODE_LENGTH)}`;
}
