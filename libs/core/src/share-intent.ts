import { normalizeMastodonInstance } from './mastodon';
import { postWithLink, type ShareNetwork } from './post-length';

/** What a network's share page fills in for the employee: the post text, a title, or nothing. */
export type SharePrefill = 'text' | 'title' | 'none';

/** How an organisation shares to networks whose share page can be chosen. */
export interface ShareOptions {
  /**
   * LinkedIn's feed composer (`feed/?shareActive=true&text=`), which fills in the text, rather
   * than the documented share page (`sharing/share-offsite/?url=`), which takes only the link.
   * The composer is not part of LinkedIn's documented share plugin; on by default.
   */
  linkedinComposer?: boolean;
}

/**
 * What each network's share page fills in (DESIGN.md "Sharing without handing over social
 * accounts"); LinkedIn's depends on `linkedinComposer`, see `prefillOf`.
 */
const PREFILL: Record<ShareNetwork, SharePrefill> = {
  linkedin: 'text',
  x: 'text',
  facebook: 'none',
  xing: 'none',
  reddit: 'title',
  bluesky: 'text',
  threads: 'text',
  mastodon: 'text',
  whatsapp: 'text',
  telegram: 'text',
  email: 'text',
};

/** What a network's share page fills in for the employee, with the organisation's options. */
export function prefillOf(
  network: ShareNetwork,
  { linkedinComposer = true }: ShareOptions = {},
): SharePrefill {
  if (network === 'linkedin' && !linkedinComposer) return 'none';
  return PREFILL[network];
}

export interface ShareIntentInput extends ShareOptions {
  network: ShareNetwork;
  /** The suggested (or edited) post text. */
  text: string;
  /** The employee's own tracked link, never the raw article URL. */
  url: string;
  /** The content item's title, for networks that take one (Reddit, e-mail subject). */
  title?: string | null;
  /**
   * The hostname of the employee's Mastodon server (from their handle, see
   * `parseMastodonHandle`): required for Mastodon, which has no share page of its own.
   */
  mastodonInstance?: string | null;
}

export interface ShareIntent {
  /** Where to send the employee: the network's public share page, or a mailto: link. */
  intentUrl: string;
  /** Whether the network fills in the post text from the URL. */
  prefillsText: boolean;
  /** The network drops the text: copy it to the clipboard first and tell the employee so. */
  copyTextFirst: boolean;
}

const encode = encodeURIComponent;

/**
 * The share-intent URL for a post on a network, with the employee's tracked link in it. Throws
 * for Mastodon without a valid `mastodonInstance` (ask for the person's handle first).
 */
export function buildShareIntent(input: ShareIntentInput): ShareIntent {
  const prefillsText = prefillOf(input.network, input) === 'text';
  return {
    intentUrl: intentUrl(input),
    prefillsText,
    copyTextFirst: !prefillsText,
  };
}

function intentUrl({
  network,
  text,
  url,
  title,
  linkedinComposer = true,
  mastodonInstance,
}: ShareIntentInput): string {
  switch (network) {
    case 'linkedin':
      // The composer builds the link's preview from the link in the text.
      return linkedinComposer
        ? `https://www.linkedin.com/feed/?shareActive=true&text=${encode(postWithLink(text, url).post)}`
        : `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`;
    case 'x':
      // X appends the url parameter itself: the text must not carry the link a second time.
      return `https://x.com/intent/tweet?text=${encode(withoutLink(text, url))}&url=${encode(url)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`;
    case 'xing':
      return `https://www.xing.com/spi/shares/new?url=${encode(url)}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${encode(url)}&title=${encode(titleFor(text, url, title))}&type=LINK`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${encode(postWithLink(text, url).post)}`;
    case 'threads':
      // Meta's documented post intent: the url parameter is the post's link attachment, so the
      // text need not carry the link as well.
      return `https://www.threads.com/intent/post?text=${encode(withoutLink(text, url))}&url=${encode(url)}`;
    case 'mastodon': {
      const instance = mastodonInstance ? normalizeMastodonInstance(mastodonInstance) : null;
      if (!instance) throw new Error('A Mastodon share needs the hostname of the person’s server');
      return `https://${instance}/share?text=${encode(postWithLink(text, url).post)}`;
    }
    case 'whatsapp':
      return `https://wa.me/?text=${encode(postWithLink(text, url).post)}`;
    case 'telegram':
      // Telegram shows the url parameter above the text, so the text need not repeat it either.
      return `https://t.me/share/url?url=${encode(url)}&text=${encode(withoutLink(text, url))}`;
    case 'email': {
      const body = text.includes(url) ? text.trim() : `${text.trim()}\n\n${url}`.trim();
      // encodeURIComponent writes spaces as %20, which mail clients read (a + would stay a +).
      return `mailto:?subject=${encode(titleFor(text, url, title))}&body=${encode(body)}`;
    }
  }
}

/**
 * The text with every occurrence of the link taken out, and the space it leaves closed up:
 * "Read this <link> now" becomes "Read this now".
 */
function withoutLink(text: string, url: string): string {
  if (!url) return text.trim();
  const [first, ...rest] = text.split(url);
  let result = first;
  for (const part of rest) {
    result += result === '' || /\s$/.test(result) ? part.replace(/^[ \t]+/, '') : part;
  }
  return result.trim();
}

/** The item's title, or the first non-empty line of the text (without the link) when it has none. */
function titleFor(text: string, url: string, title: string | null | undefined): string {
  const given = title?.trim();
  if (given) return given;
  const firstLine = withoutLink(text, url)
    .split(/\r?\n/)
    .find((line) => line.trim() !== '');
  return firstLine?.trim() ?? '';
}
