import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { personChangeMeta } from './person-change';

export type UpdatePersonBody = Schemas['UpdatePersonDto'];

export function useUpdatePerson(id: string) {
  return useMutation({
    mutationFn: (body: UpdatePersonBody) =>
      unwrap(api.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
    meta: personChangeMeta(id),
  });
}
