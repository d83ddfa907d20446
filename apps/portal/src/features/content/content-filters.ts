import type { ContentKind, ContentStatus } from '@chorus/core';
import { isContentKind, isContentStatus } from '../../lib/value-guards';
import { CONTENT_PATH } from '../../lib/content-paths';
import type { ContentListQuery } from './api/content-list-queries';

/** The tab a queue opens on. */
export const DEFAULT_CONTENT_STATUS: ContentStatus = 'draft';

/** The queue's tab, search, filters and page, as kept in the page's address. */
export interface ContentFilters {
  status: ContentStatus;
  search: string;
  kind: ContentKind | null;
  topicId: string | null;
  campaignId: string | null;
  /** Only the items the viewer added. */
  mine: boolean;
  page: number;
}

export function readContentFilters(params: URLSearchParams): ContentFilters {
  const status = params.get('status');
  const kind = params.get('kind');
  const page = Number(params.get('page'));
  return {
    status: isContentStatus(status) ? status : DEFAULT_CONTENT_STATUS,
    search: params.get('search') ?? '',
    kind: isContentKind(kind) ? kind : null,
    topicId: params.get('topicId') || null,
    campaignId: params.get('campaignId') || null,
    mine: params.get('mine') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's search params after a change; any change but the page starts at page 1. */
export function writeContentFilters(
  params: URLSearchParams,
  change: Partial<ContentFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readContentFilters(params), page: 1, ...change };
  const values: Record<keyof ContentFilters, string> = {
    status: merged.status === DEFAULT_CONTENT_STATUS ? '' : merged.status,
    search: merged.search.trim(),
    kind: merged.kind ?? '',
    topicId: merged.topicId ?? '',
    campaignId: merged.campaignId ?? '',
    mine: merged.mine ? '1' : '',
    page: merged.page > 1 ? String(merged.page) : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The API query for the filters, as seen by the user with id `viewerId`. */
export function contentQuery(
  filters: ContentFilters,
  viewerId: string,
  pageSize: number,
): ContentListQuery {
  return {
    status: filters.status,
    search: filters.search,
    kind: filters.kind,
    topicId: filters.topicId,
    campaignId: filters.campaignId,
    authorId: filters.mine ? viewerId : null,
    page: filters.page,
    pageSize,
  };
}

/**
 * Router state for an item opened from the queue, so that its "Back to Content" link returns
 * to the queue as it was: same tab, filters and page.
 */
export interface FromContentState {
  contentSearch: string;
}

export const fromContent = (search: string): FromContentState => ({ contentSearch: search });

export function contentListPath(state: unknown): string {
  const search = (state as Partial<FromContentState> | null)?.contentSearch;
  return typeof search === 'string' && search.startsWith('?')
    ? `${CONTENT_PATH}${search}`
    : CONTENT_PATH;
}
