import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../../training/api/training-queries';

export type DistributionRow = Schemas['DistributionRowDto'];

export const TRAINING_DISTRIBUTION_QUERY_KEY = [...TRAINING_QUERY_KEY, 'distribution'] as const;

/** Per department: active people by the highest training stage they passed. */
export const trainingDistributionQuery = () =>
  queryOptions({
    queryKey: TRAINING_DISTRIBUTION_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/training/distribution')),
  });
