import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export const INVITATION_QUERY_KEY = ['invitation'] as const;

export const invitationQueryKey = (token: string) => [...INVITATION_QUERY_KEY, token] as const;

/** Who an invitation link is for. Looking it up does not use the link. */
export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: invitationQueryKey(token),
    queryFn: () => unwrap(api.POST('/api/auth/invitations/lookup', { body: { token } })),
    enabled: token !== '',
    staleTime: Infinity,
  });
