import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { personChangeMeta } from './person-change';

export function useReactivatePerson(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/people/{id}/reactivate', { params: { path: { id } } })),
    meta: personChangeMeta(id),
  });
}
