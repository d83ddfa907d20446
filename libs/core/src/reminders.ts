/**
 * When Chorus reminds people: of sharing after a quiet spell, of a policy signature still
 * pending, of items waiting for review. The scheduled reminder job applies these figures; the
 * admin page offers the bounds of the setting.
 */

/** Days without sharing before a reminder (the organisation setting `reminderInactiveDays`). */
export const REMINDER_INACTIVE_DAYS = { min: 3, max: 90, default: 14 } as const;

/** How many items a share reminder offers. */
export const SHARE_REMINDER_ITEMS = 2;

/**
 * Days after a person became required to sign a policy version (its publication, or their
 * joining the programme when later): one reminder at each step. Someone first found pending
 * past the last step gets that step's reminder only, not every step at once.
 */
export const POLICY_REMINDER_DAYS = [3, 10] as const;

/** How long an item waits in review before its reviewers are reminded, and how often. */
export const REVIEW_REMINDER_HOURS = 24;
