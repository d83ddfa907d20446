import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export const ESCALATION_TEAM_QUERY_KEY = ['escalations-team'] as const;

/** Who reports can be assigned to: the active curators and admins. */
export const escalationTeamQuery = () =>
  queryOptions({
    queryKey: ESCALATION_TEAM_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/escalations/team')),
    staleTime: 5 * 60 * 1000,
  });
