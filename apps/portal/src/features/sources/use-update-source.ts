import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { SOURCES_QUERY_KEY } from './api/source-queries';

export type SourceChanges = Schemas['SourceChangesDto'];

export function useUpdateSource() {
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: SourceChanges }) =>
      unwrap(api.PATCH('/api/sources/{id}', { params: { path: { id } }, body: changes })),
    meta: { invalidates: [SOURCES_QUERY_KEY] },
  });
}
