import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { personChangeMeta } from './person-change';

/** Sign-in is refused from now on, and every session of the person ends at once. */
export function useDeactivatePerson(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/people/{id}/deactivate', { params: { path: { id } } })),
    meta: personChangeMeta(id),
  });
}
