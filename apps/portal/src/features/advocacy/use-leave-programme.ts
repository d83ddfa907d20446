import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from './use-advocacy-status';

export function useLeaveProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/me/enrollment');
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADVOCACY_STATUS_QUERY_KEY }),
  });
}
