import { useQuery } from '@tanstack/react-query';
import { restrictedTermsQuery } from '../api/restricted-term-queries';
import type { TermFilters } from './term-filters';

/** The restricted terms matching the filters, by name. */
export function useRestrictedTerms(filters: TermFilters) {
  return useQuery(restrictedTermsQuery(filters));
}
