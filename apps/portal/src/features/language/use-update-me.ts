import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type UpdateMeBody, type User } from '../../api/client';
import { ME_QUERY_KEY } from '../../lib/me-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

export function useUpdateMe() {
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/me', { body })),
    meta: {
      setsData: (user: User) => [[ME_QUERY_KEY, user]],
      // The profile page shows the same name and language.
      invalidates: [QUERY_ROOTS.profile],
    },
  });
}
