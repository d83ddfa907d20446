import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ESCALATIONS_QUERY_KEY } from './escalations-queries';

export type EscalationDetail = Schemas['EscalationDetailDto'];
export type EscalationEvent = EscalationDetail['events'][number];

/** Under the escalations key, so that refreshing the lists also refreshes the report. */
export const escalationQueryKey = (id: string) => [...ESCALATIONS_QUERY_KEY, 'report', id] as const;

/** One report, with the team's notes and changes, oldest first. */
export const escalationQuery = (id: string) =>
  queryOptions({
    queryKey: escalationQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/escalations/{id}', { params: { path: { id } } })),
  });
