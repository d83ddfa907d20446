import { notificationMessageKey, notificationMessageParams } from '@chorus/core';
import type { TFunction } from 'i18next';
import { sayServerMessage } from '../../api/describe-error';
import type { Notification } from './api/notification-queries';

/**
 * What a notification says, in the reader's language: the catalogue's `notifications:<kind>`
 * with its params (the plural and context they pick, as the mail has them), the same words the
 * mail uses. A kind this portal does not know yet (a newer server) is named by its key rather
 * than left blank.
 */
export function notificationText(t: TFunction, { kind, params }: Notification): string {
  const said = sayServerMessage(t, {
    key: notificationMessageKey(kind),
    params: notificationMessageParams(kind, params),
  });
  return said ?? t('notifications.unknownKind', { kind });
}
