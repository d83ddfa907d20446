import { useQuery } from '@tanstack/react-query';
import { invitationQuery } from './api/invitation-queries';

/** Who an invitation link is for. Looking it up does not use the link. */
export function useInvitation(token: string) {
  return useQuery(invitationQuery(token));
}
