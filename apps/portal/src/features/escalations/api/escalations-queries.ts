import type { EscalationStatus } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Escalation = Schemas['EscalationDto'];
export type EscalationPage = Schemas['EscalationPageDto'];

/** Everything about reported comments: the lists and each report, refreshed together. */
export const ESCALATIONS_QUERY_KEY = ['escalations'] as const;
export const ESCALATION_LIST_QUERY_KEY = [...ESCALATIONS_QUERY_KEY, 'list'] as const;

export interface EscalationListQuery {
  /** mine: the reports the viewer made; all: the social media team's inbox. */
  scope: 'mine' | 'all';
  /** Null: every status. */
  status: EscalationStatus | null;
  /** Only the reports assigned to the viewer. */
  assignedToMe: boolean;
  page: number;
  pageSize: number;
}

export const escalationListQueryKey = (query: EscalationListQuery) =>
  [...ESCALATION_LIST_QUERY_KEY, query] as const;

/** One page of reports, open and in progress first, with how many each status holds. */
export const escalationsQuery = (query: EscalationListQuery) =>
  queryOptions({
    queryKey: escalationListQueryKey(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/escalations', {
          params: {
            query: {
              scope: query.scope,
              status: query.status ?? undefined,
              assignee: query.assignedToMe ? 'me' : undefined,
              page: query.page,
              pageSize: query.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
