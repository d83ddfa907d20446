import { renderHook } from '@testing-library/react';
import { QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../app/query-client';
import { myChallengesQuery } from '../features/challenges/api/challenge-queries';
import { leaderboardQuery, standingQuery } from '../features/leaderboards/api/leaderboard-queries';
import { myPointsQuery } from '../features/points/api/points-queries';

/** The recognition a share, joining or leaving changes, as other pages have it cached. */
const RECOGNITION: Record<string, QueryKey> = {
  'my challenges': myChallengesQuery().queryKey,
  'my points': myPointsQuery('month').queryKey,
  'my standing': standingQuery('month').queryKey,
  leaderboard: leaderboardQuery('month').queryKey,
};

/**
 * Renders a mutation hook against a query client that already holds my challenges, points,
 * standing and the leaderboard; `stale()` names those a mutation has since marked stale.
 */
export function renderWithRecognition<Result>(hook: () => Result) {
  const queryClient = createQueryClient({ retry: false });
  for (const key of Object.values(RECOGNITION)) queryClient.setQueryData(key, 'loaded');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = renderHook(hook, { wrapper });
  const stale = () =>
    Object.entries(RECOGNITION)
      .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated === true)
      .map(([name]) => name);
  return { ...view, stale };
}

export const ALL_RECOGNITION = Object.keys(RECOGNITION);
