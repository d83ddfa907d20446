import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const INVITATION_QUERY_KEY = 'invitation';

/** Who an invitation link is for. Looking it up does not use the link. */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: [INVITATION_QUERY_KEY, token],
    queryFn: () => unwrap(api.POST('/api/auth/invitations/lookup', { body: { token } })),
    enabled: token !== '',
    staleTime: Infinity,
  });
}
