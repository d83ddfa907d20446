import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { deliveriesQuery, OUTBOX_QUERY_KEY } from './api/outbox-queries';

/** The mail queue, newest first: every mail, or only those that failed. */
export function useMailDeliveries(page: number, pageSize: number, onlyFailed: boolean) {
  return useQuery(deliveriesQuery(page, pageSize, onlyFailed));
}

/** Queues a failed mail again, with a fresh set of attempts. */
export function useRetryDelivery() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/outbox/deliveries/{id}/retry', { params: { path: { id } } })),
    meta: { invalidates: [OUTBOX_QUERY_KEY] },
  });
}
