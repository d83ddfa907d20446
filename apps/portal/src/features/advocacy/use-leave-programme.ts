import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { RECOGNITION_ROOTS } from '../../lib/query-roots';
import { ADVOCACY_STATUS_QUERY_KEY } from './api/advocacy-queries';

export function useLeaveProgramme() {
  return useMutation({
    mutationFn: async () => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/me/enrollment');
    },
    // Leaving takes me out of the challenges, points and ranks that count the programme.
    meta: { invalidates: [ADVOCACY_STATUS_QUERY_KEY, ...RECOGNITION_ROOTS] },
  });
}
