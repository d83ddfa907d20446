import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { SOURCES_QUERY_KEY } from './use-sources';

export type CreateSourceBody = Schemas['CreateSourceDto'];

export function useCreateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSourceBody) => unwrap(api.POST('/api/sources', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SOURCES_QUERY_KEY }),
  });
}
