import type { QueryClient } from '@tanstack/react-query';
import { escalationQueryKey, type EscalationDetail } from './api/escalation-queries';
import { ESCALATION_LIST_QUERY_KEY } from './api/escalations-queries';

/**
 * After a change to a report: show the answer at once, and mark the lists stale (their counts
 * and order change), to be fetched when next shown.
 */
export async function refreshEscalation(
  queryClient: QueryClient,
  escalation: EscalationDetail,
): Promise<void> {
  queryClient.setQueryData(escalationQueryKey(escalation.id), escalation);
  await queryClient.invalidateQueries({ queryKey: ESCALATION_LIST_QUERY_KEY });
}
