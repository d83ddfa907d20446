import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type UpdateMeBody } from '../../api/client';
import { ME_QUERY_KEY } from './use-me';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: (user) => {
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}
