import { isSuggestionOrigin, type SuggestionOrigin } from '@chorus/core';

export const SOURCES_PATH = '/sources';

/** The inbox's filter and page, as kept in the page's address. */
export interface InboxFilters {
  /** Null: suggestions from every feed (and from people, unless `origin` says otherwise). */
  sourceId: string | null;
  /** Only people's suggestions, or only the feeds'; null: both. */
  origin: SuggestionOrigin | null;
  page: number;
}

export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const page = Number(params.get('page'));
  const origin = params.get('origin');
  const sourceId = params.get('sourceId') || null;
  return {
    sourceId,
    // One feed is one origin already.
    origin: sourceId === null && isSuggestionOrigin(origin) ? origin : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's search params after a change; a change of feed or origin starts at page 1. */
export function writeInboxFilters(
  params: URLSearchParams,
  change: Partial<InboxFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readInboxFilters(params), page: 1, ...change };
  const values: Record<keyof InboxFilters, string> = {
    sourceId: merged.sourceId ?? '',
    origin: merged.sourceId === null ? (merged.origin ?? '') : '',
    page: merged.page > 1 ? String(merged.page) : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}
