import {
  DIGEST_FREQUENCIES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '@chorus/core';
import { z } from 'zod';
import { problemsOf } from '../../api/describe-error';
import type { ApiError } from '../../api/api-error';
import type { FormMessage } from '../../lib/forms';
import type {
  NotificationPreferences,
  UpdateNotificationPreferencesBody,
} from './api/notification-queries';

/** 1 = Monday … 7 = Sunday (ISO), as the API counts weekdays. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The time-zone choice that means the organisation's (no IANA zone is named so). */
export const ORGANISATION_ZONE = 'organisation';

/** A whole hour of the day, kept as the select holds it ('0' … '23'). */
const hour = z
  .string()
  .regex(/^\d{1,2}$/, { error: 'notifications.preferences.hourInvalid' satisfies FormMessage })
  .transform(Number)
  .refine((value) => value <= 23, {
    error: 'notifications.preferences.hourInvalid' satisfies FormMessage,
  });

/**
 * The preferences form: one channel per kind, the digest, quiet hours (or none) and the time
 * zone (`ORGANISATION_ZONE` for the organisation's). Its output is what `PUT /api/me/notification-preferences`
 * takes.
 */
export const preferencesSchema = z
  .object({
    channels: z.record(z.string(), z.enum(NOTIFICATION_CHANNELS)),
    digestFrequency: z.enum(DIGEST_FREQUENCIES),
    digestWeekday: z.string().regex(/^[1-7]$/),
    digestHour: hour,
    quiet: z.boolean(),
    quietStart: hour,
    quietEnd: hour,
    timeZone: z.string(),
  })
  .refine((values) => !values.quiet || values.quietStart !== values.quietEnd, {
    path: ['quietEnd'],
    error: 'notifications.preferences.quietHours.same' satisfies FormMessage,
  })
  .transform((values): UpdateNotificationPreferencesBody => ({
    channels: values.channels,
    digest: {
      frequency: values.digestFrequency,
      weekday: Number(values.digestWeekday),
      hour: values.digestHour,
    },
    quietHours: values.quiet ? { start: values.quietStart, end: values.quietEnd } : null,
    timeZone: values.timeZone === ORGANISATION_ZONE ? null : values.timeZone,
  }));

export type PreferencesValues = z.input<typeof preferencesSchema>;

/** Quiet from 22:00 to 07:00 is offered when a person first turns quiet hours on. */
const QUIET_FROM = 22;
const QUIET_UNTIL = 7;

export function preferencesValues(preferences: NotificationPreferences): PreferencesValues {
  const quiet = preferences.quietHours;
  return {
    channels: { ...preferences.channels },
    digestFrequency: preferences.digest.frequency,
    digestWeekday: String(preferences.digest.weekday),
    digestHour: String(preferences.digest.hour),
    quiet: quiet !== null,
    quietStart: String(quiet?.start ?? QUIET_FROM),
    quietEnd: String(quiet?.end ?? QUIET_UNTIL),
    timeZone: preferences.timeZone ?? ORGANISATION_ZONE,
  };
}

/**
 * The kinds of my audience, in the catalogue's order, each with my channel: `off` for those the
 * administrators turned off for everyone (the API leaves them out of my channels).
 */
export interface KindChoice {
  kind: NotificationKind;
  channel: NotificationChannel;
  turnedOff: boolean;
}

export function kindsOf(
  channels: PreferencesValues['channels'],
  turnedOff: readonly NotificationKind[],
): KindChoice[] {
  return NOTIFICATION_KINDS.flatMap((kind): KindChoice[] => {
    if (turnedOff.includes(kind)) return [{ kind, channel: 'off', turnedOff: true }];
    const channel = NOTIFICATION_CHANNELS.find((known) => known === channels[kind]);
    return channel ? [{ kind, channel, turnedOff: false }] : [];
  });
}

/** The API's field names, as the form names them. */
const FIELDS: Record<string, keyof PreferencesValues> = {
  'digest.frequency': 'digestFrequency',
  'digest.weekday': 'digestWeekday',
  'digest.hour': 'digestHour',
  'quietHours.start': 'quietStart',
  'quietHours.end': 'quietEnd',
  quietHours: 'quietStart',
  timeZone: 'timeZone',
};

/** The field a refused save is about, when the API names one the form shows. */
export function fieldOfError(error: ApiError): keyof PreferencesValues | undefined {
  for (const problem of problemsOf(error.details)) {
    const field = typeof problem.field === 'string' ? FIELDS[problem.field] : undefined;
    if (field) return field;
  }
  return undefined;
}
