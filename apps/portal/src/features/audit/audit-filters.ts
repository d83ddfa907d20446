import { isAuditAction, type AuditAction } from '@chorus/core';

/** The audit log's filters, as kept in the page's address so that a view can be shared. */
export interface AuditFilters {
  action: AuditAction | null;
  search: string;
  /** Days, YYYY-MM-DD, in the viewer's time zone; both included. */
  from: string;
  to: string;
  targetId: string;
  actorId: string;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const action = params.get('action');
  const page = Number(params.get('page'));
  return {
    action: isAuditAction(action) ? action : null,
    search: params.get('search') ?? '',
    from: DAY.test(params.get('from') ?? '') ? (params.get('from') ?? '') : '',
    to: DAY.test(params.get('to') ?? '') ? (params.get('to') ?? '') : '',
    targetId: params.get('targetId') ?? '',
    actorId: params.get('actorId') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's search params after a change; any change but the page starts at page 1. */
export function writeAuditFilters(
  params: URLSearchParams,
  change: Partial<AuditFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readAuditFilters(params), page: 1, ...change };
  const values: Record<keyof AuditFilters, string> = {
    action: merged.action ?? '',
    search: merged.search.trim(),
    from: merged.from,
    to: merged.to,
    targetId: merged.targetId,
    actorId: merged.actorId,
    page: merged.page > 1 ? String(merged.page) : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The start of a day in the viewer's time zone, as the API's ISO moment. */
function startOfDay(day: string, plusDays = 0): string | undefined {
  if (!DAY.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(year, month - 1, date + plusDays);
  return Number.isNaN(moment.getTime()) ? undefined : moment.toISOString();
}

/** The API query for the filters; "to" is exclusive there, so it is the day after. */
export function auditQuery(filters: AuditFilters, pageSize: number) {
  return {
    action: filters.action ?? undefined,
    search: filters.search || undefined,
    from: startOfDay(filters.from),
    to: startOfDay(filters.to, 1),
    targetId: filters.targetId || undefined,
    actorId: filters.actorId || undefined,
    page: filters.page,
    pageSize,
  };
}
