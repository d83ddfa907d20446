import { useQuery } from '@tanstack/react-query';
import { trackedLinkQuery } from './api/tracked-link-queries';

/** The share behind a tracked link's code; nothing is asked while there is no code. */
export function useTrackedLink(code: string | null) {
  return useQuery(trackedLinkQuery(code));
}
