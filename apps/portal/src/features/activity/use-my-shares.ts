import { useQuery } from '@tanstack/react-query';
import { mySharesQuery } from './api/my-shares-queries';

/** My shares, newest first, with what each link earned, and my totals over all of them. */
export function useMyShares(page: number, pageSize: number) {
  return useQuery(mySharesQuery(page, pageSize));
}
