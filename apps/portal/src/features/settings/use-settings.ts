import { useQuery } from '@tanstack/react-query';
import { settingsQuery } from './api/settings-queries';

/** The organisation-wide settings. */
export function useSettings() {
  return useQuery(settingsQuery());
}
