import { uiLanguageFor, type UiLanguage } from '@chorus/core';
import type { MailMessage } from '../mail-message';
import type { MailBlock, MailLink } from './mail-document';
import { renderHtml } from './mail-layout';
import { renderText } from './mail-document';
import { mailMessage, type MailKey } from './mail-messages';

/** Who a mail is for: their preferred language decides the mail's, never the sender's. */
export interface MailRecipient {
  email: string;
  name: string;
  /** The person's preferred language (ISO 639-1); English when Chorus does not speak it. */
  language: string;
}

/** What every mail of the organisation shares. */
export interface MailSender {
  /** The organisation's name as its admins set it; null while unnamed. */
  organisation: string | null;
  /** Times in mail are in this zone (the organisation's, until people have their own). */
  timeZone: string;
}

/** Who a mail is from, as the organisation's settings say. */
export function mailSender(settings: { organisationName: string; timeZone: string }): MailSender {
  return { organisation: settings.organisationName || null, timeZone: settings.timeZone };
}

/** What a template writes with: the catalogue's sentences and dates in the recipient's language. */
export interface MailWriter {
  readonly language: UiLanguage;
  /** A sentence of the `mail` catalogue namespace, e.g. `invitation.subject`. */
  t(key: MailKey, params?: Record<string, string | number>): string;
  /** A date and time as the recipient reads it, in the sender's time zone. */
  dateTime(date: Date): string;
  paragraph(text: string): MailBlock;
  note(text: string): MailBlock;
  /** The primary button, with its link written out below it. */
  action(label: string, url: string): MailBlock;
  heading(text: string): MailBlock;
  /** A piece of content to share: title, summary, picture and a button per network. */
  item(item: {
    title: string;
    summary: string | null;
    image: { url: string; alt: string } | null;
    actions: MailLink[];
  }): MailBlock;
  /** A small line with a link: why the mail came, where to change that. */
  link(text: string, label: string, url: string): MailBlock;
}

/** A mail's subject, preview line and body; the greeting, layout and footer are shared. */
export interface MailContent {
  subject: string;
  preview: string;
  blocks: MailBlock[];
  /** Links under the footer, such as the person's mail preferences. */
  links?: MailLink[];
}

/** One kind of mail: its content from its parameters, written in the recipient's language. */
export type MailTemplate<P> = (write: MailWriter, params: P) => MailContent;

/**
 * Renders a template for one recipient: the subject, the text part and the HTML part from the
 * same sentences. The HTML layout is compiled once per shape of mail and cached, so this costs
 * a few string operations after the first mail of each shape.
 */
export async function renderMail<P>(
  template: MailTemplate<P>,
  recipient: MailRecipient,
  sender: MailSender,
  params: P,
): Promise<MailMessage> {
  const language = uiLanguageFor(recipient.language);
  const write = mailWriter(language, sender.timeZone);
  const content = template(write, params);
  const document = {
    language,
    subject: content.subject,
    preview: content.preview,
    organisation: sender.organisation,
    greeting: write.t('layout.greeting', { name: recipient.name }),
    blocks: content.blocks,
    footer: sender.organisation
      ? write.t('layout.footer', { organisation: sender.organisation })
      : write.t('layout.footerUnnamed'),
    links: content.links,
  };
  return {
    to: recipient.email,
    language,
    subject: document.subject,
    text: renderText(document),
    html: await renderHtml(document),
  };
}

function mailWriter(language: UiLanguage, timeZone: string): MailWriter {
  const t = (key: MailKey, params?: Record<string, string | number>) =>
    mailMessage(language, key, params);
  const formats = dateFormats(language, timeZone);
  return {
    language,
    t,
    dateTime: (date) => {
      const zone = formats.zone.formatToParts(date).find((part) => part.type === 'timeZoneName');
      return `${formats.dateTime.format(date)} (${zone?.value ?? timeZone})`;
    },
    paragraph: (text) => ({ kind: 'paragraph', text }),
    note: (text) => ({ kind: 'note', text }),
    action: (label, url) => ({ kind: 'action', label, url, fallback: t('layout.buttonFallback') }),
    heading: (text) => ({ kind: 'heading', text }),
    item: (item) => ({ kind: 'item', ...item }),
    link: (text, label, url) => ({ kind: 'link', text, label, url }),
  };
}

interface DateFormats {
  dateTime: Intl.DateTimeFormat;
  /** The zone as people of the language name it for a date ("CET", "GMT+1"). */
  zone: Intl.DateTimeFormat;
}

/** Intl formatters are costly to build (about a millisecond each): one pair per language and zone. */
const formatCache = new Map<string, DateFormats>();

function dateFormats(language: UiLanguage, timeZone: string): DateFormats {
  const key = `${language} ${timeZone}`;
  let formats = formatCache.get(key);
  if (!formats) {
    formats = {
      dateTime: new Intl.DateTimeFormat(language, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone,
      }),
      zone: new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }),
    };
    // Languages are few, but zones are many: the cache stays small by starting over.
    if (formatCache.size >= 256) formatCache.clear();
    formatCache.set(key, formats);
  }
  return formats;
}
