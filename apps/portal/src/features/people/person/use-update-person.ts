import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { refreshPerson } from './refresh-person';

export type UpdatePersonBody = Schemas['UpdatePersonDto'];

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonBody) =>
      unwrap(api.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
    onSuccess: (person) => refreshPerson(queryClient, person),
  });
}
