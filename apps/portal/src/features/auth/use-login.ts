import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type LoginBody } from '../../api/client';
import { ME_QUERY_KEY } from './use-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => unwrap(api.POST('/api/auth/login', { body })),
    // A 401 here means wrong credentials, not an expired session.
    meta: { expectsUnauthorized: true },
    onSuccess: (user) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}
