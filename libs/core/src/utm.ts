import type { ShareNetwork } from './post-length';

export interface UtmTags {
  source: string;
  campaign: string;
  content: string;
}

/** The UTM parameters Chorus owns: any of these already on an article URL are replaced. */
const REPLACED = new Set([
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
  'utm_id',
]);

/**
 * The UTM tags of a share's redirect (DESIGN.md "Counting honestly"): the network, the campaign
 * (or, outside a campaign, the content item) and the share code. Nothing personal.
 */
export function utmTagsFor({
  network,
  campaignSlug,
  contentSlug,
  code,
}: {
  network: ShareNetwork;
  campaignSlug?: string | null;
  contentSlug: string;
  code: string;
}): UtmTags {
  // `||`, not `??`: an empty campaign slug is no campaign.
  return { source: network, campaign: campaignSlug || contentSlug, content: `advocate-${code}` };
}

/**
 * The target URL with Chorus's UTM tags (lower case) merged into its query: the URL's other
 * parameters keep their order and their exact encoding, its own UTM parameters are replaced (never
 * duplicated), and its fragment stays last. Works on the raw string, so nothing else is re-encoded
 * and the host is kept as written (an IDN host is not turned into punycode).
 */
export function withUtm(targetUrl: string, tags: UtmTags): string {
  const hashAt = targetUrl.indexOf('#');
  const beforeHash = hashAt === -1 ? targetUrl : targetUrl.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : targetUrl.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);

  const kept = query.split('&').filter((pair) => pair !== '' && !REPLACED.has(parameterName(pair)));
  const utm = [
    ['utm_source', tags.source],
    ['utm_medium', 'social'],
    ['utm_campaign', tags.campaign],
    ['utm_content', tags.content],
  ].map(([name, value]) => `${name}=${encodeURIComponent(value.toLowerCase())}`);

  return `${base}?${[...kept, ...utm].join('&')}${fragment}`;
}

/** A query pair's parameter name, decoded the way a form decodes it, in lower case. */
function parameterName(pair: string): string {
  const equalsAt = pair.indexOf('=');
  const raw = (equalsAt === -1 ? pair : pair.slice(0, equalsAt)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}
