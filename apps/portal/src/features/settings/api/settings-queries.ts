import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Settings = Schemas['SettingsDto'];

export const SETTINGS_QUERY_KEY = ['settings'] as const;

/** The organisation-wide settings. */
export const settingsQuery = () =>
  queryOptions({
    queryKey: SETTINGS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/settings')),
  });
