import {
  notificationMessageKey,
  notificationMessageParams,
  renderMessage,
  type NotificationKind,
} from '@chorus/core';
import type { MailTemplate } from '../mail/templates/mail-template';

export interface NotificationMailParams {
  kind: NotificationKind;
  /** The catalogue message's params, as stored with the notification. */
  params: Record<string, string | number>;
  /** Absolute links: the thing itself, the person's preferences, and the kind's unsubscribe. */
  link: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** Items to share, each with a button to its share dialog. */
  items: ReadonlyArray<{ title: string; shareUrl: string }>;
}

/**
 * A notification by mail: the same sentence as in the bell (the catalogue's `notifications:<kind>`)
 * as subject and first line, a button to the thing itself, share buttons for the items it
 * brings, why the mail came and where to change that, and the unsubscribe for this kind.
 */
export const notificationMail: MailTemplate<NotificationMailParams> = (write, mail) => {
  const title = renderMessage(
    write.language,
    notificationMessageKey(mail.kind),
    notificationMessageParams(mail.kind, mail.params),
  );
  return {
    subject: subjectOf(title),
    preview: write.t('notification.preview'),
    blocks: [
      write.paragraph(title),
      write.action(write.t('notification.action'), mail.link),
      ...mail.items.map((item) =>
        write.action(write.t('notification.share', { title: item.title }), item.shareUrl),
      ),
      write.link(
        write.t('notification.why'),
        write.t('notification.preferences'),
        mail.preferencesUrl,
      ),
      write.link(
        write.t('notification.unsubscribeText'),
        write.t('notification.unsubscribe'),
        mail.unsubscribeUrl,
      ),
    ],
  };
};

/** Subjects stay short enough for every client and the mail queue: long titles are cut. */
const MAX_SUBJECT = 150;

function subjectOf(title: string): string {
  const characters = Array.from(title.replace(/\s+/g, ' ').trim());
  return characters.length <= MAX_SUBJECT
    ? characters.join('')
    : `${characters
        .slice(0, MAX_SUBJECT - 1)
        .join('')
        .trimEnd()}…`;
}
