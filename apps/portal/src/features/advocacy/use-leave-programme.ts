import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from './api/advocacy-queries';

export function useLeaveProgramme() {
  return useMutation({
    mutationFn: async () => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/me/enrollment');
    },
    meta: { invalidates: [ADVOCACY_STATUS_QUERY_KEY] },
  });
}
