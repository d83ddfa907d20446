import type { UiLanguage } from '@chorus/core';

/**
 * A mail's content, independent of its format: the text part and the HTML part are both
 * rendered from it, so they always say the same sentences in the same order.
 */
export interface MailDocument {
  language: UiLanguage;
  subject: string;
  /** The line mail clients show beside the subject (hidden in the HTML body). */
  preview: string;
  /** Shown above the content; null when the organisation has not named itself. */
  organisation: string | null;
  greeting: string;
  blocks: readonly MailBlock[];
  footer: string;
  /** Links under the footer (e.g. preferences and unsubscribe), each with its label. */
  links?: readonly MailLink[];
}

/** A labelled web address. */
export interface MailLink {
  label: string;
  url: string;
}

/**
 * One piece of a mail's body. `action` is the primary button, with its raw link underneath for
 * clients that strip buttons and for the text part.
 */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'action'; label: string; url: string; fallback: string }
  | { kind: 'note'; text: string }
  | { kind: 'heading'; text: string }
  | {
      /**
       * A piece of content offered to share: its title, summary and picture (an absolute
       * address on Chorus itself: a mail loads nothing from elsewhere), and a button per network.
       */
      kind: 'item';
      title: string;
      summary: string | null;
      image: { url: string; alt: string } | null;
      actions: readonly MailLink[];
    }
  /** A small line with a link after it: why the mail came, and where to change that. */
  | { kind: 'link'; text: string; label: string; url: string };

export type MailBlockKind = MailBlock['kind'];

/** Links in mail are web addresses only: never `javascript:` or `data:`, whatever builds them. */
export function assertWebLink(url: string): string {
  const { protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`A mail link must be http(s), not ${protocol}`);
  }
  return url;
}

/**
 * The text part: the same sentences as the HTML part, with each button as its label and
 * the link on the line below it (mail clients make it clickable), and a signature separator before the
 * footer (RFC 3676 §4.3).
 */
export function renderText(mail: MailDocument): string {
  const parts = [mail.greeting];
  for (const block of mail.blocks) parts.push(blockText(block));
  const links = (mail.links ?? []).map(linkText);
  return `${parts.join('\n\n')}\n\n-- \n${[mail.footer, ...links].join('\n\n')}\n`;
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'action':
      return linkText(block);
    case 'link':
      return `${block.text}\n${block.label}: ${assertWebLink(block.url)}`;
    case 'item':
      return [block.title, block.summary, ...block.actions.map(linkText)]
        .filter((line) => line !== null)
        .join('\n');
    default:
      return block.text;
  }
}

function linkText(link: MailLink): string {
  return `${link.label}\n${assertWebLink(link.url)}`;
}
