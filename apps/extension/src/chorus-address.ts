// The rules of the extension, free of browser APIs: which Chorus address may be stored, and what
// the toolbar button opens for a tab.

/** Why an address typed on the options page cannot be used (a message name in `_locales`). */
export type AddressProblem =
  'errorEmpty' | 'errorInvalid' | 'errorNotHttp' | 'errorCredentials' | 'errorInsecure';

export type AddressCheck = { ok: true; origin: string } | { ok: false; problem: AddressProblem };

/** A title longer than this is cut: the portal caps it anyway, and the address stays short. */
export const MAX_TITLE_LENGTH = 300;

/** `source` of the share the portal records (Analytics tells the extension's shares apart). */
const SOURCE = 'extension';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The origin of the person's Chorus from what they typed or pasted: `advocacy.example.com`,
 * `https://advocacy.example.com/feed` (copied from the address bar) → `https://advocacy.example.com`.
 * Only http(s); https unless the host is this computer (loopback), so the tab's address never
 * travels in clear text over a network; no user name or password in it.
 */
export function checkChorusAddress(input: string): AddressCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'errorEmpty' };
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'errorInvalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'errorNotHttp' };
  }
  if (url.username || url.password) return { ok: false, problem: 'errorCredentials' };
  if (!url.hostname) return { ok: false, problem: 'errorInvalid' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return { ok: false, problem: 'errorInsecure' };
  }
  return { ok: true, origin: url.origin };
}

/** `localhost`, `*.localhost`, 127.0.0.0/8 and ::1 (as the URL parser writes them). */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '[::1]'
  );
}

/** The tab the button was pressed on, as the browser describes it. */
export interface PageInTab {
  url?: string;
  title?: string;
}

/** Why the toolbar button opened the options page (a message name in `_locales`). */
export const NOTICES = ['noticeSetUp', 'noticeNotAWebPage'] as const;
export type Notice = (typeof NOTICES)[number];

/** What the toolbar button opens. */
export type ButtonTarget = { kind: 'chorus'; url: string } | { kind: 'options'; notice: Notice };

/**
 * The portal's `/share-page` for the tab, which shares the page when it is in the person's feed
 * and otherwise offers to suggest it; the options page when no address is set yet or the tab is
 * not a web page (a browser page, a local file, a PDF viewer's internal address).
 */
export function buttonTarget(storedAddress: unknown, tab: PageInTab): ButtonTarget {
  const address = typeof storedAddress === 'string' ? checkChorusAddress(storedAddress) : null;
  if (!address?.ok) return { kind: 'options', notice: 'noticeSetUp' };
  if (!isWebPage(tab.url)) return { kind: 'options', notice: 'noticeNotAWebPage' };
  return { kind: 'chorus', url: sharePageUrl(address.origin, { url: tab.url, title: tab.title }) };
}

function isWebPage(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** `{origin}/share-page?url=…&title=…&source=extension`, the title trimmed and capped. */
export function sharePageUrl(origin: string, page: { url: string; title?: string }): string {
  const query = new URLSearchParams({ url: page.url });
  const title = capped(page.title?.replace(/\s+/g, ' ').trim() ?? '');
  if (title) query.set('title', title);
  query.set('source', SOURCE);
  return `${origin}/share-page?${query.toString()}`;
}

/** At most MAX_TITLE_LENGTH characters, never cutting a character (emoji, CJK) in half. */
function capped(title: string): string {
  const characters = Array.from(title);
  if (characters.length <= MAX_TITLE_LENGTH) return title;
  return `${characters.slice(0, MAX_TITLE_LENGTH - 1).join('')}…`;
}
