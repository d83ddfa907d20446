import { useQuery } from '@tanstack/react-query';
import type { AuditFilters } from './audit-filters';
import { auditLogQuery } from './api/audit-queries';

/** One page of the audit log, newest first. */
export function useAudit(filters: AuditFilters, pageSize: number) {
  return useQuery(auditLogQuery(filters, pageSize));
}
