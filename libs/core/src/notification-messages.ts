import { escalationNetworkName } from './advocacy';
import type { MessageKey, MessageParams } from './messages/catalogue-types';
import type { NotificationKind } from './notifications';

/** The catalogue key of a kind's message: `notifications:<kind>`. */
export function notificationMessageKey(kind: NotificationKind): MessageKey {
  return `notifications:${kind}` as MessageKey;
}

/**
 * The values a kind's catalogue message is rendered with, from the notification's stored
 * params: the count that picks a plural form (`days` of a reminder, `failures` of a source),
 * and the i18next `context` that picks a sentence (an approval or a rejection, with its reason
 * or without; a report's new status; a network or none). The API's mails and the portal's bell
 * both render through this, so they say the same words.
 */
export function notificationMessageParams(
  kind: NotificationKind,
  params: Readonly<Record<string, string | number>>,
): MessageParams {
  switch (kind) {
    case 'content.decided': {
      const rejected = params.decision === 'rejected';
      const reason = String(params.reason ?? '').trim();
      const context = rejected ? (reason ? 'rejectedWithReason' : 'rejected') : 'approved';
      return { ...params, reason, context };
    }
    case 'report.status':
      return { ...params, context: String(params.status ?? '') };
    case 'report.assigned': {
      const network = escalationNetworkName(String(params.network));
      return network ? { ...params, network } : { ...params, context: 'elsewhere' };
    }
    case 'source.failing':
      return { ...params, count: Number(params.failures ?? 0) };
    case 'reminder.share':
    case 'reminder.policy':
      return { ...params, count: Number(params.days ?? 0) };
    case 'badge.earned':
      return { ...params, context: String(params.badge ?? '') };
    default:
      return params;
  }
}
