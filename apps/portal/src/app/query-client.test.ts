import { MutationObserver, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { createQueryClient, type PortalMutationMeta } from './query-client';

/** A query on screen, counting how often it is fetched. */
function watch(queryClient: ReturnType<typeof createQueryClient>, queryKey: QueryKey) {
  const served = { count: 0 };
  const observer = new QueryObserver(queryClient, {
    queryKey,
    queryFn: () => ++served.count,
  });
  const unsubscribe = observer.subscribe(() => {});
  return { served, unsubscribe };
}

function mutate(
  queryClient: ReturnType<typeof createQueryClient>,
  meta: PortalMutationMeta,
  mutationFn: (variables: string) => Promise<unknown> = (variables) => Promise.resolve(variables),
  variables = 'renamed',
) {
  return new MutationObserver(queryClient, { mutationFn, meta }).mutate(variables);
}

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

  it('narrows an invalidation to one key, to marking stale, or to the queries a predicate accepts', async () => {
    const queryClient = createQueryClient({ retry: false });
    const people = watch(queryClient, ['people', 'page', 1]);
    queryClient.setQueryData(['me'], { id: 'ada' });
    queryClient.setQueryData(['me', 'profile'], 'loaded');
    queryClient.setQueryData(['groups', 'a'], 'loaded');
    queryClient.setQueryData(['groups', 'b'], 'loaded');
    await vi.waitFor(() => expect(people.served.count).toBe(1));

    await mutate(queryClient, {
      invalidates: [
        { queryKey: ['me'], exact: true },
        { queryKey: ['people'], refetchType: 'none' },
        { queryKey: ['groups'], predicate: (query) => query.queryKey[1] === 'b' },
      ],
    });

    expect(queryClient.getQueryState(['me'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['me', 'profile'])?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(['people', 'page', 1])?.isInvalidated).toBe(true);
    expect(people.served.count).toBe(1);
    expect(queryClient.getQueryState(['groups', 'a'])?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(['groups', 'b'])?.isInvalidated).toBe(true);
    people.unsubscribe();
    queryClient.clear();
  });

  it('invalidates after a failure only when the mutation says so', async () => {
    const queryClient = createQueryClient({ retry: false });
    queryClient.setQueryData(['inbox'], 'loaded');
    queryClient.setQueryData(['sources'], 'loaded');
    const refused = () => Promise.reject(new Error('already promoted'));

    await expect(mutate(queryClient, { invalidates: [['sources']] }, refused)).rejects.toThrow();
    expect(queryClient.getQueryState(['sources'])?.isInvalidated).toBe(false);

    await expect(
      mutate(queryClient, { invalidates: [['inbox']], invalidatesOnError: true }, refused),
    ).rejects.toThrow();
    expect(queryClient.getQueryState(['inbox'])?.isInvalidated).toBe(true);
    queryClient.clear();
  });

  it('settles without waiting for the refetches when the mutation says so', async () => {
    const queryClient = createQueryClient({ retry: false });
    let answerFeed: (page: string) => void = () => {};
    let feedRequests = 0;
    const feed = new QueryObserver(queryClient, {
      queryKey: ['feed'],
      queryFn: () =>
        ++feedRequests === 1
          ? 'first page'
          : new Promise<string>((resolve) => (answerFeed = resolve)),
    });
    const unsubscribe = feed.subscribe(() => {});
    await vi.waitFor(() => expect(feed.getCurrentResult().data).toBe('first page'));

    await mutate(queryClient, { invalidates: [['feed']], awaitsRefetch: false });

    expect(feedRequests).toBe(2);
    expect(queryClient.getQueryState(['feed'])?.fetchStatus).toBe('fetching');
    answerFeed('shared on LinkedIn');
    await vi.waitFor(() => expect(feed.getCurrentResult().data).toBe('shared on LinkedIn'));
    unsubscribe();
    queryClient.clear();
  });

  it('writes what the answer says, fresh even under a key the mutation invalidates', async () => {
    const queryClient = createQueryClient({ retry: false });
    queryClient.setQueryData(['people', 'person', 'ada'], { name: 'Ada' });
    queryClient.setQueryData(['people', 'page', 1], 'loaded');

    await mutate(
      queryClient,
      {
        invalidates: [{ queryKey: ['people'], refetchType: 'none' }],
        setsData: (name: string, id: string) => [[['people', 'person', id], { name }]],
      },
      (id) => Promise.resolve(id === 'ada' ? 'Ada Lovelace' : 'nobody'),
      'ada',
    );

    expect(queryClient.getQueryData(['people', 'person', 'ada'])).toEqual({ name: 'Ada Lovelace' });
    expect(queryClient.getQueryState(['people', 'person', 'ada'])?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(['people', 'page', 1])?.isInvalidated).toBe(true);
    queryClient.clear();
  });

  it('writes nothing after a failure', async () => {
    const queryClient = createQueryClient({ retry: false });
    queryClient.setQueryData(['inbox'], 'loaded');

    await expect(
      mutate(
        queryClient,
        {
          invalidates: [['inbox']],
          invalidatesOnError: true,
          setsData: (answer: string) => [[['inbox'], answer]],
        },
        () => Promise.reject(new Error('gone')),
      ),
    ).rejects.toThrow();

    expect(queryClient.getQueryData(['inbox'])).toBe('loaded');
    queryClient.clear();
  });
});
