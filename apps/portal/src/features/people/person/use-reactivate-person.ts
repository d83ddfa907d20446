import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshPerson } from './refresh-person';

export function useReactivatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/people/{id}/reactivate', { params: { path: { id } } })),
    onSuccess: (person) => refreshPerson(queryClient, person),
  });
}
