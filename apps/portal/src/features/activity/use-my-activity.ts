import type { ActivityPeriod } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { myActivityQuery } from './api/my-activity-queries';

/** My shares and the clicks on my links in a period: over time, by network and in all. */
export function useMyActivity(period: ActivityPeriod) {
  return useQuery(myActivityQuery(period));
}
