import { useEffect, useEffectEvent } from 'react';

/** One page of a server-paginated list, as the API answers it. */
export interface ListPage {
  items: readonly unknown[];
  page: number;
  pageSize: number;
  total: number;
}

/** The last page that has items (1 when there are none at all). */
export function lastPageOf({ total, pageSize }: Pick<ListPage, 'total' | 'pageSize'>): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * A page past the end (`?page=99`, or the last page emptied since) goes to the last page
 * instead of saying that nothing matches. Pass the page the server answered, not a
 * placeholder kept from another page. True while that is about to happen.
 */
export function useLastPageFallback(
  page: ListPage | undefined,
  goToPage: (page: number) => void,
): boolean {
  const pastTheEnd = page !== undefined && page.items.length === 0 && page.page > 1;
  const lastPage = page === undefined ? 1 : lastPageOf(page);
  const goToLastPage = useEffectEvent(() => goToPage(lastPage));
  useEffect(() => {
    if (pastTheEnd) goToLastPage();
  }, [pastTheEnd, lastPage]);
  return pastTheEnd;
}
