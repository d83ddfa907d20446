import { ESCALATION_STATUSES } from '@chorus/core';
import type { EscalationListQuery } from './api/escalations-queries';

export const INBOX_PATH = '/inbox';

/** The inbox's tabs: each status, then every report. */
export const INBOX_TABS = [...ESCALATION_STATUSES, 'all'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

/** The tab the inbox opens on: what still needs an answer. */
export const DEFAULT_INBOX_TAB: InboxTab = 'open';

export function isInboxTab(value: unknown): value is InboxTab {
  return typeof value === 'string' && (INBOX_TABS as readonly string[]).includes(value);
}

/** The inbox's tab, filter and page, as kept in the page's address. */
export interface InboxFilters {
  status: InboxTab;
  /** Only the reports assigned to the viewer. */
  mine: boolean;
  page: number;
}

export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    status: isInboxTab(status) ? status : DEFAULT_INBOX_TAB,
    mine: params.get('assignee') === 'me',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's search params after a change; any change but the page starts at page 1. */
export function writeInboxFilters(
  params: URLSearchParams,
  change: Partial<InboxFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readInboxFilters(params), page: 1, ...change };
  const values: Record<string, string> = {
    status: merged.status === DEFAULT_INBOX_TAB ? '' : merged.status,
    assignee: merged.mine ? 'me' : '',
    page: merged.page > 1 ? String(merged.page) : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

export function inboxQuery(filters: InboxFilters, pageSize: number): EscalationListQuery {
  return {
    scope: 'all',
    status: filters.status === 'all' ? null : filters.status,
    assignedToMe: filters.mine,
    page: filters.page,
    pageSize,
  };
}

/**
 * Router state for a report opened from the inbox, so that its "Back to the inbox" link
 * returns to the inbox as it was: same tab, filter and page.
 */
export interface FromInboxState {
  inboxSearch: string;
}

export const fromInbox = (search: string): FromInboxState => ({ inboxSearch: search });

export function inboxListPath(state: unknown): string {
  const search = (state as Partial<FromInboxState> | null)?.inboxSearch;
  return typeof search === 'string' && search.startsWith('?')
    ? `${INBOX_PATH}${search}`
    : INBOX_PATH;
}
