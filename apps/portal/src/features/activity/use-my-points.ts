import type { RecognitionPeriod } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { myPointsQuery } from '../points/api/points-queries';

/** My points in a period, how I earned them, and my badges. */
export function useMyPoints(period: RecognitionPeriod) {
  return useQuery(myPointsQuery(period));
}
