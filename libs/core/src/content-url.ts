/** Query parameters that only track where a click came from; they never change the page. */
const TRACKING_PARAMETER =
  /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|yclid)$/i;

export const MAX_URL_LENGTH = 2048;

/**
 * The form of a URL that two curators pasting the same article arrive at: http(s) only, no
 * credentials, no fragment, no tracking parameters, the rest of the query sorted. Null when it
 * is not such a URL.
 */
export function normalizeContentUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  const normalized = url.toString();
  return normalized.length <= MAX_URL_LENGTH ? normalized : null;
}

/** A curator's address as stored: the duplicate key and the fragment links keep. */
export interface ContentAddress {
  /** normalizeContentUrl's form. */
  url: string;
  /** `#section-3` as the URL standard serialises it, or null when there is none. */
  fragment: string | null;
}

/**
 * Splits a curator's URL into its normalised form (how duplicates are found) and its fragment
 * (where on the page links to the item lead). Null when it is not such a URL, or when the two
 * together are longer than MAX_URL_LENGTH.
 */
export function splitContentUrl(input: string): ContentAddress | null {
  const url = normalizeContentUrl(input);
  if (url === null) return null;
  const hash = new URL(input.trim()).hash;
  const fragment = hash === '' ? null : hash;
  if (url.length + (fragment?.length ?? 0) > MAX_URL_LENGTH) return null;
  return { url, fragment };
}

/** The address links to an item lead to: its URL with its fragment, if any, last. */
export function contentTargetUrl(url: string, fragment: string | null): string {
  return fragment ? `${url}${fragment}` : url;
}
