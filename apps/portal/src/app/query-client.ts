import {
  MutationCache,
  QueryCache,
  QueryClient,
  type InvalidateQueryFilters,
  type QueryKey,
} from '@tanstack/react-query';
import { isDatabaseUnavailable, isTransientError, isUnauthorized } from '../api/api-error';
import { forgetOfflineCopies } from '../lib/offline-copies';
import { ME_QUERY_KEY } from '../lib/me-queries';

/**
 * Queries a mutation makes stale: a key (that key and every key below it), or react-query's
 * filters for the narrower cases: `exact` (that key only), `refetchType: 'none'` (only marked
 * stale, each fetched when next shown rather than all now), `predicate` (only those it accepts).
 */
export type Invalidation = QueryKey | (InvalidateQueryFilters & { queryKey: QueryKey });

/** A query's new data, or how to make it from the old (react-query's `setQueryData`). */
export type DataUpdate = readonly [queryKey: QueryKey, data: unknown];

/** What a mutation may declare about itself (`useMutation({ meta })`). */
export type PortalMutationMeta = {
  /**
   * The queries its success makes stale: those on screen are refetched before the mutation
   * counts as settled.
   */
  invalidates?: readonly Invalidation[];
  /** Also after a failure (a 409 can mean someone else changed the same thing meanwhile). */
  invalidatesOnError?: boolean;
  /**
   * False: the mutation settles at once, and the refetches follow (a page opens without waiting
   * for the lists behind it).
   */
  awaitsRefetch?: boolean;
  /**
   * What the answer already says: written to these queries at once, right after `invalidates`
   * marks its queries stale, so that one both written and under an invalidated key stays fresh.
   * Annotate the parameters with the mutation's answer and variables types (meta is not generic).
   */
  setsData?: (answer: never, variables: never) => readonly DataUpdate[];
  /** A 401 is the mutation's own answer (a wrong password), not an expired session. */
  expectsUnauthorized?: boolean;
};

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: PortalMutationMeta;
  }
}

export interface QueryClientOptions {
  /** Called when a signed-in user's session turns out to have expired. */
  onSessionExpired?: () => void;
  /** Retry failed queries (server errors and network failures only). */
  retry?: boolean;
}

function isQueryKey(invalidation: Invalidation): invalidation is QueryKey {
  return Array.isArray(invalidation);
}

/**
 * A server or network failure is tried twice more; while the API cannot reach its database, a
 * query keeps trying until it answers, with react-query's backoff (1 s, 2 s, 4 s, ... 30 s
 * apart), and the page shows that it is retrying (`DatabaseRetrying`).
 */
function retryTransientFailures(failureCount: number, error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true;
  return isTransientError(error) && failureCount < 2;
}

/**
 * The portal's query client. Any 401 from the API (other than a wrong password on the
 * sign-in form) means the session is gone: the current user is cleared, and the route guard
 * then sends the visitor to the sign-in page, remembering where they were.
 */
export function createQueryClient({ onSessionExpired, retry = true }: QueryClientOptions = {}) {
  const sessionExpired = (error: unknown) => {
    if (!isUnauthorized(error)) return;
    const wasSignedIn = Boolean(queryClient.getQueryData(ME_QUERY_KEY));
    queryClient.setQueryData(ME_QUERY_KEY, null);
    void forgetOfflineCopies();
    if (wasSignedIn) onSessionExpired?.();
  };

  /** A mutation's declared consequences; `answer` is null after a failure. */
  const applyMeta = async (
    meta: PortalMutationMeta,
    answer: { data: unknown; variables: unknown } | null,
  ) => {
    const refetched = Promise.all(
      (meta.invalidates ?? []).map((invalidation) =>
        queryClient.invalidateQueries(
          isQueryKey(invalidation) ? { queryKey: invalidation } : invalidation,
        ),
      ),
    );
    // After the invalidations have marked their queries stale: what the answer says is fresh.
    const updates = answer
      ? (meta.setsData?.(answer.data as never, answer.variables as never) ?? [])
      : [];
    for (const [queryKey, data] of updates) queryClient.setQueryData(queryKey, data);
    if (meta.awaitsRefetch !== false) await refetched;
  };

  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionExpired }),
    mutationCache: new MutationCache({
      onSuccess: (data, variables, _result, mutation) =>
        mutation.meta ? applyMeta(mutation.meta, { data, variables }) : undefined,
      onError: async (error, _variables, _result, mutation) => {
        if (mutation.meta?.expectsUnauthorized !== true) sessionExpired(error);
        if (mutation.meta?.invalidatesOnError === true) await applyMeta(mutation.meta, null);
      },
    }),
    defaultOptions: {
      // Asked even when the browser says it is offline: the service worker may answer from
      // the copies kept for reading offline (retries wait for the connection).
      queries: { retry: retry ? retryTransientFailures : false, networkMode: 'offlineFirst' },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
