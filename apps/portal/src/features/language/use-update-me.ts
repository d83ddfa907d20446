import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type UpdateMeBody } from '../../api/client';
import { QUERY_ROOTS } from '../../lib/query-roots';
import { ME_QUERY_KEY } from '../../lib/use-me';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: async (user) => {
      queryClient.setQueryData(ME_QUERY_KEY, user);
      // The profile page shows the same name and language.
      await queryClient.invalidateQueries({ queryKey: QUERY_ROOTS.profile });
    },
  });
}
