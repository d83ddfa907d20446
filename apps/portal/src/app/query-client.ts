import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { isDatabaseUnavailable, isTransientError, isUnauthorized } from '../api/api-error';
import { ME_QUERY_KEY } from '../features/auth/api/me-queries';

/** What a mutation may declare about itself (`useMutation({ meta })`). */
export type PortalMutationMeta = {
  /**
   * The queries its success makes stale, each key and every key below it: they are refetched
   * (those on screen) before the mutation counts as settled.
   */
  invalidates?: readonly QueryKey[];
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
    if (wasSignedIn) onSessionExpired?.();
  };

  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionExpired }),
    mutationCache: new MutationCache({
      onSuccess: async (_data, _variables, _result, mutation) => {
        const stale = mutation.meta?.invalidates ?? [];
        await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
      onError: (error, _variables, _result, mutation) => {
        if (mutation.meta?.expectsUnauthorized !== true) sessionExpired(error);
      },
    }),
    defaultOptions: {
      queries: { retry: retry ? retryTransientFailures : false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
