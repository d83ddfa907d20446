import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshPerson } from './refresh-person';

/** Sign-in is refused from now on, and every session of the person ends at once. */
export function useDeactivatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/people/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: (person) => refreshPerson(queryClient, person),
  });
}
