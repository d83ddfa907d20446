import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { termsQuery, type TermFilters } from '../terms/term-filters';

export type RestrictedTerm = Schemas['RestrictedTermDto'];

export const RESTRICTED_TERMS_QUERY_KEY = ['restricted-terms'] as const;

export const restrictedTermsQueryKey = (filters: TermFilters) =>
  [...RESTRICTED_TERMS_QUERY_KEY, filters] as const;

/** The restricted terms matching the filters, by name. */
export const restrictedTermsQuery = (filters: TermFilters) =>
  queryOptions({
    queryKey: restrictedTermsQueryKey(filters),
    queryFn: () =>
      unwrap(api.GET('/api/restricted-terms', { params: { query: termsQuery(filters) } })),
    placeholderData: keepPreviousData,
  });
