import { useQuery } from '@tanstack/react-query';
import { pointRulesQuery } from './api/points-queries';

/** The point rules in force, with their definitions. */
export function usePointRules() {
  return useQuery(pointRulesQuery());
}
