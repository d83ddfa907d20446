import { useQuery } from '@tanstack/react-query';
import { type EscalationListQuery, escalationsQuery } from './api/escalations-queries';

/** One page of reports, open and in progress first, with how many each status holds. */
export function useEscalations(query: EscalationListQuery) {
  return useQuery(escalationsQuery(query));
}
