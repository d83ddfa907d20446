import { postWithLink, type ShareNetwork } from './post-length';

/**
 * What a network's share-intent URL fills in for the employee (DESIGN.md "Sharing without handing
 * over social accounts"): the post text, only a title, or nothing but the link.
 */
export const SHARE_NETWORK_PREFILL: Record<ShareNetwork, 'text' | 'title' | 'none'> = {
  linkedin: 'none',
  x: 'text',
  facebook: 'none',
  xing: 'none',
  reddit: 'title',
  bluesky: 'text',
  whatsapp: 'text',
  telegram: 'text',
  email: 'text',
};

export interface ShareIntentInput {
  network: ShareNetwork;
  /** The suggested (or edited) post text. */
  text: string;
  /** The employee's own tracked link, never the raw article URL. */
  url: string;
  /** The content item's title, for networks that take one (Reddit, e-mail subject). */
  title?: string | null;
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

/** The share-intent URL for a post on a network, with the employee's tracked link in it. */
export function buildShareIntent({ network, text, url, title }: ShareIntentInput): ShareIntent {
  const prefillsText = SHARE_NETWORK_PREFILL[network] === 'text';
  return {
    intentUrl: intentUrl(network, text, url, title),
    prefillsText,
    copyTextFirst: !prefillsText,
  };
}

function intentUrl(
  network: ShareNetwork,
  text: string,
  url: string,
  title: string | null | undefined,
): string {
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`;
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
