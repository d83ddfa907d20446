import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { RECOGNITION_ROOTS } from '../../lib/query-roots';
import { ADVOCACY_STATUS_QUERY_KEY } from './api/advocacy-queries';

export function useJoinProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/enrollment')),
    // The answer is the new status.
    onSuccess: (status) => queryClient.setQueryData(ADVOCACY_STATUS_QUERY_KEY, status),
    // Joining makes me one of the people challenges, points and ranks count.
    meta: { invalidates: RECOGNITION_ROOTS },
  });
}
