import { X_WEIGHTING, forEachXUnit, xWeightedLength } from './x-length';
import { findLinks } from './x-links';

/** Networks employees share to (issue 6 builds the share links; variants target them now). */
export const SHARE_NETWORKS = [
  'linkedin',
  'x',
  'facebook',
  'xing',
  'reddit',
  'bluesky',
  'threads',
  'mastodon',
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
  threads: 'Threads',
  mastodon: 'Mastodon',
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
   * How the network counts: characters (code points), graphemes (what a reader sees), X's
   * weights (see `forEachXUnit`: CJK and emoji 2, links 23, Latin and the like 1), or characters
   * with each emoji counted as its UTF-8 bytes (`emojiBytes`, Threads).
   */
  unit: 'characters' | 'graphemes' | 'weighted' | 'emojiBytes';
  /**
   * Every link counts as this many characters: X shortens links to t.co; Mastodon counts each
   * 'http://' or 'https://' link as 23 whatever its length.
   */
  linkWeight?: number;
}

/**
 * The post length limits Chorus checks; networks not listed have none worth checking.
 * - Threads: 500 characters, "emojis are counted as the number of UTF-8 bytes" (Meta's Threads
 *   API documentation, "Posts": a 🎉 is 4, a ZWJ family of four 25, a flag 8).
 * - Mastodon: 500 by default (servers may allow more; 500 fits everywhere). Mastodon counts
 *   graphemes, each link with its 'http(s)://' as 23, and a mention '@name@host' as '@name'; Chorus
 *   counts mentions whole, which can only over-count.
 */
export const POST_LENGTH_RULES: Partial<Record<ShareNetwork, LengthRule>> = {
  x: { limit: X_WEIGHTING.limit, unit: 'weighted', linkWeight: X_WEIGHTING.linkWeight },
  bluesky: { limit: 300, unit: 'graphemes' },
  threads: { limit: 500, unit: 'emojiBytes' },
  mastodon: { limit: 500, unit: 'graphemes', linkWeight: 23 },
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

/** A post's length counted by each rule, each counted once and only when asked. */
class Counts {
  private codePoints?: number;
  private emojiBytesAtMost?: number;
  private readonly byRule = new Map<LengthRule, number>();

  constructor(readonly post: string) {}

  of(rule: LengthRule): number {
    let length = this.byRule.get(rule);
    if (length === undefined) {
      if (rule.unit === 'weighted') length = xWeightedLength(this.post);
      else if (rule.unit === 'characters') length = this.codePointCount();
      else length = countUnits(this.post, rule);
      this.byRule.set(rule, length);
    }
    return length;
  }

  codePointCount(): number {
    return (this.codePoints ??= countCodePoints(this.post, 0, this.post.length));
  }

  /**
   * The most a rule can count this post as, found quickly, when counting it exactly is slow
   * (graphemes): graphemes are never more than code points, a link of 23 adds at most 23 per
   * '://', and an emoji's UTF-8 bytes are never more than the post's. Null when not worth it.
   */
  atMost(rule: LengthRule): number | null {
    if (rule.unit === 'graphemes') {
      return this.codePointCount() + (rule.linkWeight ?? 0) * countOf(this.post, '://');
    }
    if (rule.unit === 'emojiBytes') {
      return (this.emojiBytesAtMost ??= EMOJI.test(this.post)
        ? utf8Length(this.post)
        : this.codePointCount());
    }
    return null;
  }
}

function measure(counts: Counts, network: ShareNetwork, rule: LengthRule): CountedPost {
  const length = counts.of(rule);
  return { length, limit: rule.limit, over: length > rule.limit, network };
}

/**
 * The count on the network with the least room left (the first one on a tie). A network whose
 * most possible count leaves it at least as much room as the tightest so far need not be counted
 * exactly (graphemes are slow to count).
 */
function tightest(counts: Counts): CountedPost | null {
  let worst: CountedPost | null = null;
  let worstRoom = Infinity;
  for (const network of SHARE_NETWORKS) {
    const rule = POST_LENGTH_RULES[network];
    if (!rule) continue;
    const most = counts.atMost(rule);
    if (most !== null && rule.limit - most >= worstRoom) continue;
    const current = measure(counts, network, rule);
    const room = rule.limit - current.length;
    if (room < worstRoom) {
      worst = current;
      worstRoom = room;
    }
  }
  return worst;
}

function countUnits(post: string, rule: LengthRule): number {
  let length = 0;
  forEachUnit(post, rule, (_start, weight) => {
    length += weight;
    return true;
  });
  return length;
}

/** Visits the units a network counts, in order, until `visit` returns false. */
function forEachUnit(post: string, rule: LengthRule, visit: Visit): void {
  if (rule.unit === 'weighted') {
    forEachXUnit(post, visit);
  } else if (rule.unit === 'graphemes') {
    if (rule.linkWeight) forEachBetweenLinks(post, rule.linkWeight, forEachGrapheme, visit);
    else forEachGrapheme(post, 0, post.length, visit);
  } else if (rule.unit === 'emojiBytes') {
    // Without a pictograph or a flag letter there is no emoji: every code point is one.
    if (EMOJI.test(post)) forEachEmojiByteUnit(post, visit);
    else forEachCodePoint(post, 0, post.length, visit);
  } else {
    forEachCodePoint(post, 0, post.length, visit);
  }
}

type Visit = (start: number, weight: number) => boolean;
/** Visits the units of `text` from `from` to `to`; false when `visit` stopped it. */
type Walk = (text: string, from: number, to: number, visit: Visit) => boolean;

/**
 * Visits each 'http://' or 'https://' link (as `findLinks` finds them) as one unit of `linkWeight`,
 * and what is between them with `walk`. Mastodon counts only links with their protocol so.
 */
function forEachBetweenLinks(post: string, linkWeight: number, walk: Walk, visit: Visit): void {
  let from = 0;
  for (const link of findLinks(post)) {
    if (!/^https?:\/\//i.test(post.slice(link.start, link.start + 8))) continue;
    if (!walk(post, from, link.start, visit) || !visit(link.start, linkWeight)) return;
    from = link.end;
  }
  walk(post, from, post.length, visit);
}

/** Threads' units: an emoji (a grapheme with a pictograph or a flag) weighs its UTF-8 bytes. */
function forEachEmojiByteUnit(post: string, visit: Visit): void {
  forEachGraphemeSpan(post, 0, post.length, (start, end) => {
    const grapheme = post.slice(start, end);
    if (EMOJI.test(grapheme)) return visit(start, utf8Length(grapheme));
    return forEachCodePoint(post, start, end, visit);
  });
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (isSurrogatePair(text, i)) {
      length += 4;
      i += 1;
    } else length += 3;
  }
  return length;
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    count += 1;
  }
  return count;
}

function forEachCodePoint(text: string, from: number, to: number, visit: Visit): boolean {
  for (let i = from; i < to; i += 1) {
    if (i > from && isSurrogatePair(text, i - 1)) continue;
    if (!visit(i, 1)) return false;
  }
  return true;
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

/** Visits each grapheme from `from` to `to` as one unit. */
function forEachGrapheme(text: string, from: number, to: number, visit: Visit): boolean {
  return forEachGraphemeSpan(text, from, to, (start) => visit(start, 1));
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Visits each grapheme (what a reader sees as one character) from `from` to `to`, with where it
 * starts and ends. Intl.Segmenter is exact but slow, so it only sees the stretches that need it:
 * between two characters of the 'simple' ranges below there is always a grapheme boundary (no
 * combining marks, joiners, emoji or regional indicators there), so each such character is a
 * grapheme of its own.
 */
function forEachGraphemeSpan(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number) => boolean,
): boolean {
  let i = from;
  while (i < to) {
    if (isSimple(text.charCodeAt(i)) && (i + 1 >= to || isSimple(text.charCodeAt(i + 1)))) {
      if (!visit(i, i + 1)) return false;
      i += 1;
      continue;
    }
    // A stretch that needs segmenting: up to the next boundary between two simple characters.
    let end = i + 1;
    while (end < to && !(isSimple(text.charCodeAt(end - 1)) && isSimple(text.charCodeAt(end)))) {
      end += 1;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    // Each grapheme is visited when the next one starts (or the stretch ends).
    let previous = -1;
    for (const { index } of segmenter.segment(text.slice(i, end))) {
      if (previous >= 0 && !visit(i + previous, i + index)) return false;
      previous = index;
    }
    if (previous >= 0 && !visit(i + previous, end)) return false;
    i = end;
  }
  return true;
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
