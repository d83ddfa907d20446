import { useQuery } from '@tanstack/react-query';
import { escalationQuery } from './api/escalation-queries';

/** One report, with the team's notes and changes, oldest first. */
export function useEscalation(id: string) {
  return useQuery(escalationQuery(id));
}
