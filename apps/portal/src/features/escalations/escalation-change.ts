import type { PortalMutationMeta } from '../../app/query-client';
import { escalationQueryKey, type EscalationDetail } from './api/escalation-queries';
import { ESCALATION_LIST_QUERY_KEY } from './api/escalations-queries';

/**
 * The meta of a change to a report: show the answer at once, and refresh the lists (their
 * counts and order change).
 */
export const ESCALATION_CHANGE_META: PortalMutationMeta = {
  setsData: (escalation: EscalationDetail) => [[escalationQueryKey(escalation.id), escalation]],
  invalidates: [ESCALATION_LIST_QUERY_KEY],
};
