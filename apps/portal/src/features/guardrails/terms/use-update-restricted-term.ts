import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { RESTRICTED_TERMS_QUERY_KEY } from '../api/restricted-term-queries';

export type UpdateRestrictedTermBody = Schemas['UpdateRestrictedTermDto'];

export function useUpdateRestrictedTerm() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateRestrictedTermBody }) =>
      unwrap(api.PATCH('/api/restricted-terms/{id}', { params: { path: { id } }, body })),
    meta: { invalidates: [RESTRICTED_TERMS_QUERY_KEY] },
  });
}
