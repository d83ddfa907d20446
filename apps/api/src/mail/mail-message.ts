import type { UiLanguage } from '@chorus/core';

/** A rendered mail: the same content as plain text and as HTML, in the recipient's language. */
export interface MailMessage {
  to: string;
  /** The language the mail is written in; sent as `Content-Language`. */
  language: UiLanguage;
  subject: string;
  text: string;
  html: string;
}
