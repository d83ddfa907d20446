import { COUNTRY_TLDS, GENERIC_TLDS } from './top-level-domains';

/**
 * A Mastodon account: its username and the server (instance) it lives on. Mastodon has no
 * universal share page: a share goes to `https://{instance}/share?text=`, so the instance is
 * taken from the handle a person declares, and must be a plain public hostname (it becomes the
 * start of an address Chorus sends them to).
 */
export interface MastodonHandle {
  username: string;
  /** A lower-case hostname, internationalised names in punycode ('xn--…'). */
  instance: string;
}

/** The longest handle Chorus keeps (the social profile handle's limit). */
const MAX_INPUT_LENGTH = 200;
/** Mastodon's own username rule: letters, digits and '_', with '.' or '-' only inside. */
const USERNAME = /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?$/i;
/** What a hostname as typed may never hold: a path, query, fragment, port, credentials, spaces. */
const NOT_IN_HOST = /[/?#\\:@[\]\s%]/u;
/** A hostname label in ASCII (punycode), as DNS allows it. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The username and instance of a Mastodon handle as people write it: `@name@host`, `name@host`
 * or their profile's address `https://host/@name`. The host must be a public hostname with a
 * known top-level domain: no path, credentials, port or IP address (`@a@evil.example/path`,
 * `@a@user:pass@host`, `@a@127.0.0.1`, `@a@[::1]` are all refused). Null when it is not a handle.
 */
export function parseMastodonHandle(input: string): MastodonHandle | null {
  const value = input.trim();
  if (value === '' || value.length > MAX_INPUT_LENGTH) return null;
  if (/^https?:\/\//i.test(value)) return parseProfileUrl(value);
  const parts = value.replace(/^@/, '').split('@');
  if (parts.length !== 2) return null;
  const [username, host] = parts;
  const instance = normalizeMastodonInstance(host);
  return USERNAME.test(username) && instance ? { username, instance } : null;
}

/** A handle as Chorus stores and shows it: `@name@host`. */
export function formatMastodonHandle({ username, instance }: MastodonHandle): string {
  return `@${username}@${instance}`;
}

/**
 * The hostname of a Mastodon server, lower-cased and in punycode, when `host` is nothing but a
 * public hostname with a known top-level domain; otherwise null.
 */
export function normalizeMastodonInstance(host: string): string | null {
  if (host === '' || host.length > 253 || NOT_IN_HOST.test(host)) return null;
  let hostname: string;
  try {
    // The URL parser lower-cases the name and turns an internationalised one into punycode.
    hostname = new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
  return isPublicHostname(hostname) ? hostname : null;
}

/** `https://host/@name` (a trailing '/' allowed), as Mastodon addresses a profile. */
function parseProfileUrl(value: string): MastodonHandle | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password || url.port || url.search || url.hash) return null;
  const match = /^\/@([^/@]+)\/?$/.exec(url.pathname);
  // The authority as written: the URL parser would quietly drop a default port ':443'.
  const authority = /^https?:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '';
  const instance = normalizeMastodonInstance(authority);
  if (!match || !instance || !USERNAME.test(match[1])) return null;
  return { username: match[1], instance };
}

/** At least two DNS labels, ending in a known top-level domain (so never an IP address). */
function isPublicHostname(hostname: string): boolean {
  if (hostname.length > 253) return false;
  const labels = hostname.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return knownTopLevelDomains().has(labels[labels.length - 1]);
}

let topLevelDomains: ReadonlySet<string> | undefined;

/** The known top-level domains as a hostname has them: lower-case ASCII, punycode for the rest. */
function knownTopLevelDomains(): ReadonlySet<string> {
  topLevelDomains ??= new Set(
    [...GENERIC_TLDS, ...COUNTRY_TLDS].map((tld) => new URL(`https://a.${tld}/`).hostname.slice(2)),
  );
  return topLevelDomains;
}
