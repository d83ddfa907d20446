import {
  NOTIFICATION_KIND_RULES,
  type NotificationChannel,
  type NotificationKind,
} from './notifications';
import type { Role } from './roles';
import { addDays, localDateHour } from './time-zone';

/** Channels by kind: a person's own choices, or an organisation's defaults. */
export type NotificationChannels = Partial<Record<NotificationKind, NotificationChannel>>;

/** What decides how a person hears of a kind, from the most to the least specific. */
export interface ChannelChoices {
  /** The person's own choices. */
  personal: NotificationChannels;
  /** The administrators' defaults. */
  defaults: NotificationChannels;
  /** Kinds the administrators turned off for everyone. */
  off: readonly NotificationKind[];
}

/**
 * How a person hears of a kind: off when the administrators turned it off for everyone;
 * otherwise the person's choice, else the administrators' default, else the kind's own.
 */
export function effectiveChannel(
  kind: NotificationKind,
  { personal, defaults, off }: ChannelChoices,
): NotificationChannel {
  if (off.includes(kind)) return 'off';
  return personal[kind] ?? defaults[kind] ?? NOTIFICATION_KIND_RULES[kind].defaultChannel;
}

/** Whether a person holding `roles` is among the kind's audience. */
export function isInAudience(kind: NotificationKind, roles: readonly Role[]): boolean {
  return NOTIFICATION_KIND_RULES[kind].audience.some((role) => roles.includes(role));
}

/** Quiet hours: local hours from `start` (included) to `end` (excluded), wrapping midnight when start > end. */
export interface QuietHours {
  start: number;
  end: number;
}

/** Whether a local hour (0–23) falls in quiet hours. Equal start and end mean no quiet hours. */
export function isQuietHour(hour: number, { start, end }: QuietHours): boolean {
  if (start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/**
 * The first instant at or after `now` outside the quiet hours, in the person's time zone: `now`
 * itself when it is not quiet. Clock changes are the zone's own: when the end hour does not exist
 * that day (spring forward), quiet ends when the clocks jump past it; when an hour repeats (fall
 * back), it ends the first time the clocks reach the end hour.
 */
export function quietHoursEnd(now: Date, timeZone: string, quiet: QuietHours | null): Date {
  if (!quiet) return now;
  const local = localDateHour(now.getTime(), timeZone);
  if (!isQuietHour(local.hour, quiet)) return now;
  // Quiet before midnight ends on the next local day; after midnight, on this one.
  const endDate = local.hour >= quiet.end ? addDays(local.date, 1) : local.date;
  const target = stamp({ date: endDate, hour: quiet.end });
  // Local time only moves forward past a whole hour, so the first instant whose local date and
  // hour reach the target is found by bisection, to the millisecond, within the next 27 hours.
  let low = now.getTime();
  let high = low + 27 * HOUR_MS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (stamp(localDateHour(middle, timeZone)) >= target) high = middle;
    else low = middle;
  }
  return new Date(high);
}

const HOUR_MS = 3_600_000;

/** A local date and hour as text that sorts as they do: `2026-03-29T07`. */
function stamp({ date, hour }: { date: string; hour: number }): string {
  return `${date}T${String(hour).padStart(2, '0')}`;
}
