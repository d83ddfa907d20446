import { useQuery } from '@tanstack/react-query';
import { escalationTeamQuery } from './api/escalation-team-queries';

/** Who reports can be assigned to: the active curators and admins. */
export function useEscalationTeam() {
  return useQuery(escalationTeamQuery());
}
