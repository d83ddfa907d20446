import type { UiLanguage } from '@chorus/core';

/** A rendered mail: the same content as plain text and as HTML, in the recipient's language. */
export interface MailMessage {
  to: string;
  /** The language the mail is written in; sent as `Content-Language`. */
  language: UiLanguage;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, such as `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  headers?: Record<string, string>;
}

/** How a mail is queued. */
export interface QueueOptions {
  /**
   * Names the event the mail is about, e.g. `invitation:<token id>`: a second mail with the same
   * key is ignored, so an event retried or run on two replicas mails once.
   */
  key: string;
  /** Not before this time (e.g. the end of the recipient's quiet hours). */
  startAfter?: Date;
  /** Extra headers, added to the message's own. */
  headers?: Record<string, string>;
  /**
   * `personal` for mail someone is waiting for (a password reset, an invitation an admin just
   * sent): it has a lane of its own, so it never waits behind a digest to everyone. `bulk` (the
   * default) for the rest.
   */
  lane?: MailLane;
}

/** Each lane is paced at the configured rate on its own. */
export type MailLane = 'bulk' | 'personal';

/** Headers Chorus writes itself: a caller may not set them. */
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'sender',
  'subject',
  'date',
  'message-id',
  'content-type',
  'content-transfer-encoding',
  'content-language',
  'mime-version',
]);

/**
 * The extra headers of a mail, checked: a name of letters, digits and hyphens that Chorus does
 * not write itself, and a single-line value (a line break would start a header of its own).
 */
export function checkedHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z0-9-]{1,76}$/.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new Error(`A mail may not set the header "${name}"`);
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value) || value.length > 2000) {
      throw new Error(`The mail header ${name} must be one line of at most 2000 characters`);
    }
  }
  return headers;
}
