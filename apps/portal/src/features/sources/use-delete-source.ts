import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { SOURCE_ENTRIES_QUERY_KEY } from './use-source-entries';
import { SOURCES_QUERY_KEY } from './use-sources';

export function useDeleteSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/sources/{id}', { params: { path: { id } } });
    },
    // The feed's suggestions go with it.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: SOURCES_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: SOURCE_ENTRIES_QUERY_KEY }),
      ]),
  });
}
