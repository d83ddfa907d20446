import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { SOURCES_QUERY_KEY } from './use-sources';

export type SourceChanges = Schemas['SourceChangesDto'];

export function useUpdateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: SourceChanges }) =>
      unwrap(api.PATCH('/api/sources/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SOURCES_QUERY_KEY }),
  });
}
