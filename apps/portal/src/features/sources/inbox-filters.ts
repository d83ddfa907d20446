export const SOURCES_PATH = '/sources';

/** The inbox's filter and page, as kept in the page's address. */
export interface InboxFilters {
  /** Null: suggestions from every feed. */
  sourceId: string | null;
  page: number;
}

export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const page = Number(params.get('page'));
  return {
    sourceId: params.get('sourceId') || null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's search params after a change; a change of feed starts at page 1. */
export function writeInboxFilters(
  params: URLSearchParams,
  change: Partial<InboxFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readInboxFilters(params), page: 1, ...change };
  const values: Record<keyof InboxFilters, string> = {
    sourceId: merged.sourceId ?? '',
    page: merged.page > 1 ? String(merged.page) : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}
