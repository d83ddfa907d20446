import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type StageProgress = Schemas['StageProgressDto'];
export type TrainingOverview = Schemas['TrainingOverviewDto'];
export type StageNumber = StageProgress['stage'];

export const TRAINING_QUERY_KEY = ['training'] as const;

/** The stages, their lessons, and my progress through them. */
export function useTraining() {
  return useQuery({
    queryKey: TRAINING_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/training')),
  });
}
