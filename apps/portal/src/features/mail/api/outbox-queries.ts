import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type OutboxMessage = Schemas['OutboxMessageDto'];

export const OUTBOX_QUERY_KEY = ['outbox'] as const;

export const outboxQueryKey = (page: number, pageSize: number) =>
  [...OUTBOX_QUERY_KEY, { page, pageSize }] as const;

/** Mail Chorus kept instead of sending, newest first. */
export const outboxQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: outboxQueryKey(page, pageSize),
    queryFn: () => unwrap(api.GET('/api/outbox', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
