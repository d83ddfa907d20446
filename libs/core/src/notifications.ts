import type { Role } from './roles';

/**
 * Everything Chorus tells a person about, by kind. Each kind has one catalogue message
 * (`notifications:<kind>`) in every language, the same words in the bell, on the
 * notifications page and in the mail.
 */
export const NOTIFICATION_KINDS = [
  /** New content for me to share (batched: at most one an hour). A nudge. */
  'content.new',
  /** An item waits for my review. */
  'content.review',
  /** An item I wrote was approved or rejected (with the reason). */
  'content.decided',
  /** A policy version I must sign before sharing. */
  'policy.sign',
  /** A training stage is now required before sharing. */
  'training.required',
  /** A report of a hostile comment I made changed status. */
  'report.status',
  /** A report was assigned to me. */
  'report.assigned',
  /** Someone accepted an invitation (administrators). */
  'invitation.accepted',
  /** A content source keeps failing (curators). */
  'source.failing',
  /** A people import I started finished. */
  'import.finished',
  /** A Slack or Teams channel keeps failing (administrators). */
  'channel.failing',
  /** Mail could not be delivered (administrators). */
  'mail.failed',
  /** I have not shared for a while: two items for me. A nudge. */
  'reminder.share',
  /** My signature of the policy is still pending. */
  'reminder.policy',
  /** Items have waited over a day for my review. */
  'reminder.review',
  /** I earned a badge (only badges earned in the last 7 days are announced). */
  'badge.earned',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * How a person hears of a kind: in the portal only, in the portal and by e-mail, or not at all.
 */
export const NOTIFICATION_CHANNELS = ['app', 'email', 'off'] as const;

export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export function isNotificationChannel(value: unknown): value is NotificationChannel {
  return typeof value === 'string' && (NOTIFICATION_CHANNELS as readonly string[]).includes(value);
}

export interface NotificationKindRule {
  /** Who can receive it: a person holding any of these roles (preferences list only these). */
  audience: readonly Role[];
  /** A nudge about sharing: only enrolled employees receive it, and leaving stops it at once. */
  nudge: boolean;
  /** The channel until an administrator or the person chooses another. */
  defaultChannel: NotificationChannel;
}

const EVERYONE: readonly Role[] = ['employee', 'curator', 'analyst', 'admin'];

export const NOTIFICATION_KIND_RULES: Record<NotificationKind, NotificationKindRule> = {
  'content.new': { audience: EVERYONE, nudge: true, defaultChannel: 'app' },
  'content.review': { audience: ['curator', 'admin'], nudge: false, defaultChannel: 'email' },
  'content.decided': { audience: ['curator', 'admin'], nudge: false, defaultChannel: 'email' },
  'policy.sign': { audience: EVERYONE, nudge: false, defaultChannel: 'email' },
  'training.required': { audience: EVERYONE, nudge: false, defaultChannel: 'app' },
  'report.status': { audience: EVERYONE, nudge: false, defaultChannel: 'app' },
  'report.assigned': { audience: ['curator', 'admin'], nudge: false, defaultChannel: 'email' },
  'invitation.accepted': { audience: ['admin'], nudge: false, defaultChannel: 'app' },
  'source.failing': { audience: ['curator', 'admin'], nudge: false, defaultChannel: 'email' },
  'import.finished': { audience: ['admin'], nudge: false, defaultChannel: 'app' },
  'channel.failing': { audience: ['admin'], nudge: false, defaultChannel: 'email' },
  'mail.failed': { audience: ['admin'], nudge: false, defaultChannel: 'app' },
  'reminder.share': { audience: EVERYONE, nudge: true, defaultChannel: 'email' },
  'reminder.policy': { audience: EVERYONE, nudge: false, defaultChannel: 'email' },
  'reminder.review': { audience: ['curator', 'admin'], nudge: false, defaultChannel: 'email' },
  'badge.earned': { audience: EVERYONE, nudge: false, defaultChannel: 'app' },
};

/** How often a person receives the digest of what is new for them. */
export const DIGEST_FREQUENCIES = ['weekly', 'daily', 'never'] as const;

export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export function isDigestFrequency(value: unknown): value is DigestFrequency {
  return typeof value === 'string' && (DIGEST_FREQUENCIES as readonly string[]).includes(value);
}
