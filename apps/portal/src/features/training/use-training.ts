import { useQuery } from '@tanstack/react-query';
import { trainingQuery } from './api/training-queries';

/** The stages, their lessons, and my progress through them. */
export function useTraining() {
  return useQuery(trainingQuery());
}
