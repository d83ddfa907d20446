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

export type MailDelivery = Schemas['MailDeliveryDto'];
export type MailDeliveryStatus = MailDelivery['status'];

export const deliveriesQueryKey = (page: number, pageSize: number, onlyFailed: boolean) =>
  [...OUTBOX_QUERY_KEY, 'deliveries', { page, pageSize, onlyFailed }] as const;

/** The mail queue, newest first: every mail, or only those that failed. */
export const deliveriesQuery = (page: number, pageSize: number, onlyFailed: boolean) =>
  queryOptions({
    queryKey: deliveriesQueryKey(page, pageSize, onlyFailed),
    queryFn: () =>
      unwrap(
        api.GET('/api/outbox/deliveries', {
          params: {
            query: { page, pageSize, ...(onlyFailed ? { status: 'failed' as const } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
