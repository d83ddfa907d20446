import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { SETTINGS_QUERY_KEY } from './api/settings-queries';

/**
 * The settings to change; those left out stay as they are, so a section sends only what it
 * changed and cannot undo another section's, or another admin's, change to a different setting.
 */
export type UpdateSettingsBody = Schemas['UpdateSettingsDto'];

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSettingsBody) => unwrap(api.PATCH('/api/settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(SETTINGS_QUERY_KEY, settings),
  });
}
