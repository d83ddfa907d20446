import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

/**
 * The settings as the API answers them. `reminderInactiveDays` arrives with the reminders (issue
 * 16, part E): until then an older API leaves it out, and the control for it is not shown.
 */
export type Settings = Schemas['SettingsDto'] & { reminderInactiveDays?: number };

export const SETTINGS_QUERY_KEY = ['settings'] as const;

/** The organisation-wide settings. */
export const settingsQuery = () =>
  queryOptions({
    queryKey: SETTINGS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/settings')),
  });
