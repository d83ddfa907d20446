import { useQuery } from '@tanstack/react-query';
import { trainingDistributionQuery } from '../api/training-distribution-queries';

/** Per department: active people by the highest training stage they passed. */
export function useTrainingDistribution() {
  return useQuery(trainingDistributionQuery());
}
