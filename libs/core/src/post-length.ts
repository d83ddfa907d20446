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

/** A suggested post is for one network, or for any. */
export const VARIANT_NETWORKS = ['any', ...SHARE_NETWORKS] as const;
export type VariantNetwork = (typeof VARIANT_NETWORKS)[number];

export function isVariantNetwork(value: unknown): value is VariantNetwork {
  return typeof value === 'string' && (VARIANT_NETWORKS as readonly string[]).includes(value);
}

interface LengthRule {
  limit: number;
  /** How the network counts: characters (code points) or graphemes (what a reader sees). */
  unit: 'characters' | 'graphemes';
  /** Every link counts as this many characters (X shortens links to t.co). */
  linkWeight?: number;
}

/** The post length limits Chorus checks; networks not listed have none worth checking. */
export const POST_LENGTH_RULES: Partial<Record<ShareNetwork, LengthRule>> = {
  x: { limit: 280, unit: 'characters', linkWeight: 23 },
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

const LINK = /https?:\/\/\S+/g;

/**
 * How long a post is on a network, counted the network's way, with the shared link as it will be
 * appended. For `any`, the strictest limit applies, so the text fits everywhere.
 */
export function measurePost(text: string, network: VariantNetwork, link: string): PostLength {
  if (network === 'any') {
    const all = SHARE_NETWORKS.filter((name) => POST_LENGTH_RULES[name]).map((name) =>
      measurePost(text, name, link),
    );
    const tightest = all.reduce((worst, current) =>
      current.limit! - current.length < worst.limit! - worst.length ? current : worst,
    );
    return tightest;
  }
  const rule = POST_LENGTH_RULES[network];
  const post = text.includes(link) ? text : `${text} ${link}`.trim();
  const length = rule ? count(post, rule) : countCharacters(post);
  const limit = rule?.limit ?? null;
  return { length, limit, over: limit !== null && length > limit };
}

function count(post: string, rule: LengthRule): number {
  if (rule.linkWeight !== undefined) {
    const links = post.match(LINK) ?? [];
    const withoutLinks = post.replace(LINK, '');
    return countCharacters(withoutLinks) + links.length * rule.linkWeight;
  }
  return rule.unit === 'graphemes' ? countGraphemes(post) : countCharacters(post);
}

function countCharacters(text: string): number {
  return [...text].length;
}

function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
  return count;
}
