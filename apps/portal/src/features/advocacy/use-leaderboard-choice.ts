import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { QUERY_ROOTS } from '../../lib/query-roots';
import { ADVOCACY_STATUS_QUERY_KEY } from './api/advocacy-queries';

/** Shows me on leaderboards, or hides me from all of them. */
export function useLeaderboardChoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shown: boolean) => unwrap(api.PUT('/api/me/leaderboard', { body: { shown } })),
    // The answer is the new status; the leaderboards read the choice when they are asked.
    onSuccess: (status) => queryClient.setQueryData(ADVOCACY_STATUS_QUERY_KEY, status),
    meta: { invalidates: [QUERY_ROOTS.leaderboards] },
  });
}
