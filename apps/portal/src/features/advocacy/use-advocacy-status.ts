import { useQuery } from '@tanstack/react-query';
import { advocacyStatusQuery } from './api/advocacy-queries';

/** Where I stand in the advocacy programme, and what I still need to do before sharing. */
export function useAdvocacyStatus() {
  return useQuery(advocacyStatusQuery());
}
