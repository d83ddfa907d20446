import { BREAKDOWN_SORTS, type BreakdownSort } from '@chorus/core';

/** What the content table is ordered by unless the address says otherwise: clicks. */
export const DEFAULT_CONTENT_SORT: BreakdownSort = 'clicks';

const isBreakdownSort = (value: unknown): value is BreakdownSort =>
  (BREAKDOWN_SORTS as readonly unknown[]).includes(value);

/** The figure the content table is ordered by, from the address (`sort`). */
export function readContentSort(params: URLSearchParams): BreakdownSort {
  const sort = params.get('sort');
  return isBreakdownSort(sort) ? sort : DEFAULT_CONTENT_SORT;
}

/** The address's search params ordered by `sort`: the default is left out. */
export function writeContentSort(params: URLSearchParams, sort: BreakdownSort): URLSearchParams {
  const next = new URLSearchParams(params);
  if (sort === DEFAULT_CONTENT_SORT) next.delete('sort');
  else next.set('sort', sort);
  return next;
}
