import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { SOURCE_ENTRIES_QUERY_KEY, SOURCES_QUERY_KEY } from './api/source-queries';

export function useDeleteSource() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/sources/{id}', { params: { path: { id } } });
    },
    // The feed's suggestions go with it.
    meta: { invalidates: [SOURCES_QUERY_KEY, SOURCE_ENTRIES_QUERY_KEY] },
  });
}
