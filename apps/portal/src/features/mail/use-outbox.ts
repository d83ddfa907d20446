import { useQuery } from '@tanstack/react-query';
import { outboxQuery } from './api/outbox-queries';

/** Mail Chorus kept instead of sending, newest first. */
export function useOutbox(page: number, pageSize: number) {
  return useQuery(outboxQuery(page, pageSize));
}
