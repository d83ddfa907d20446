import { MutationObserver, QueryObserver } from '@tanstack/react-query';
import { createQueryClient } from './query-client';

describe('the query client', () => {
  it('refetches the queries a mutation declares stale before the mutation settles', async () => {
    const queryClient = createQueryClient({ retry: false });
    let topicsServed = 0;
    const topics = new QueryObserver(queryClient, {
      queryKey: ['topics'],
      queryFn: () => ++topicsServed,
    });
    const unsubscribe = topics.subscribe(() => {});
    queryClient.setQueryData(['campaigns'], 'loaded');
    queryClient.setQueryData(['people', 'page', 1], 'loaded');
    await vi.waitFor(() => expect(topicsServed).toBe(1));

    await new MutationObserver(queryClient, {
      mutationFn: () => Promise.resolve('renamed'),
      meta: { invalidates: [['topics'], ['people']] },
    }).mutate();

    expect(topicsServed).toBe(2);
    expect(queryClient.getQueryState(['people', 'page', 1])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['campaigns'])?.isInvalidated).toBe(false);
    unsubscribe();
    queryClient.clear();
  });
});
