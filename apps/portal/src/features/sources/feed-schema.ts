import { INPUT_LIMITS, MAX_URL_LENGTH } from '@chorus/core';
import { z } from 'zod';
import { requiredText, type FormMessage } from '../../lib/forms';

export const MIN_INTERVAL_MINUTES = INPUT_LIMITS.pollIntervalMinutesMin;
export const MAX_INTERVAL_MINUTES = INPUT_LIMITS.pollIntervalMinutesMax;
export const DEFAULT_INTERVAL_MINUTES = 30;

const intervalInvalid: FormMessage = 'sources.form.intervalInvalid';

/**
 * How often a feed is read: a whole number of minutes the API accepts. The field holds a number,
 * or text while it is empty or being typed.
 */
const pollIntervalMinutes = z
  .union([z.number(), z.string()])
  .transform((value) => (typeof value === 'number' ? value : Number(value.trim() || Number.NaN)))
  .pipe(
    z
      .number({ error: intervalInvalid })
      .int({ error: intervalInvalid })
      .min(MIN_INTERVAL_MINUTES, { error: intervalInvalid })
      .max(MAX_INTERVAL_MINUTES, { error: intervalInvalid }),
  );

/** A feed to follow: its address, the topics its items get, and how often it is read. */
export const feedSchema = z.object({
  url: requiredText(MAX_URL_LENGTH, 'sources.form.urlRequired'),
  topicIds: z.array(z.string()),
  pollIntervalMinutes,
});

/** What can change of a feed once it is followed. */
export const feedSettingsSchema = feedSchema.omit({ url: true });
