import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { SOURCES_QUERY_KEY } from './api/source-queries';

export type CreateSourceBody = Schemas['CreateSourceDto'];

export function useCreateSource() {
  return useMutation({
    mutationFn: (body: CreateSourceBody) => unwrap(api.POST('/api/sources', { body })),
    meta: { invalidates: [SOURCES_QUERY_KEY] },
  });
}
