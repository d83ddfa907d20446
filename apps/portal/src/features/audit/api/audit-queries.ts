import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { auditQuery, type AuditFilters } from '../audit-filters';

export type AuditEntry = Schemas['AuditEntryDto'];

export const AUDIT_QUERY_KEY = ['audit'] as const;

export const auditQueryKey = (filters: AuditFilters, pageSize: number) =>
  [...AUDIT_QUERY_KEY, filters, pageSize] as const;

/** One page of the audit log, newest first. */
export const auditLogQuery = (filters: AuditFilters, pageSize: number) =>
  queryOptions({
    queryKey: auditQueryKey(filters, pageSize),
    queryFn: () =>
      unwrap(api.GET('/api/audit', { params: { query: auditQuery(filters, pageSize) } })),
    placeholderData: keepPreviousData,
  });
