import { FakeCacheStorage } from '../test/fake-caches';
import { networkOrCopy, startOfflineCopiesFor, type OfflineCopiesContext } from './offline-copies';
import { OFFLINE_COPY_MAX_AGE_MS, PERSONAL_CACHE, SAVED_AT_HEADER } from './protocol';

const FEED = 'http://portal.test/api/feed?limit=12';
const ME = 'http://portal.test/api/me';
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A network that answers each URL with what `answers` says, or fails when it says nothing. */
function setUp(answers: Record<string, () => Response>) {
  const caches = new FakeCacheStorage();
  let now = new Date('2026-12-07T09:00:00Z');
  const context: OfflineCopiesContext = {
    caches: caches.asCacheStorage(),
    fetch: async (request) => {
      const answer = answers[request.url];
      if (!answer) throw new TypeError('Failed to fetch');
      return answer();
    },
    now: () => now,
  };
  const ask = async (url: string) => {
    const { response, kept } = await networkOrCopy(new Request(url), context);
    await kept;
    return response;
  };
  return {
    caches,
    context,
    answers,
    ask,
    later: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

describe("the service worker's copies for reading offline", () => {
  it("gives the signed-in person's last feed page when the network fails, saying when it was saved", async () => {
    const { caches, answers, ask, later } = setUp({ [FEED]: () => json({ items: ['news'] }) });
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    const online = await ask(FEED);
    expect(online.headers.get(SAVED_AT_HEADER)).toBeNull();

    delete answers[FEED];
    later(3_600_000);
    const offline = await ask(FEED);

    await expect(offline.json()).resolves.toEqual({ items: ['news'] });
    expect(offline.headers.get(SAVED_AT_HEADER)).toBe('2026-12-07T09:00:00.000Z');
  });

  it('lets the failure stand when there is no copy', async () => {
    const { caches, ask } = setUp({});
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    await expect(ask(FEED)).rejects.toThrow(TypeError);
  });

  it('keeps nothing once the person has signed out (the cache and its owner are gone)', async () => {
    const { caches, answers, ask } = setUp({ [FEED]: () => json({ items: ['news'] }) });
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    await caches.delete(PERSONAL_CACHE);

    await ask(FEED);
    delete answers[FEED];

    await expect(ask(FEED)).rejects.toThrow(TypeError);
  });

  it('starts over for someone else when the API says another person is signed in', async () => {
    const { caches, answers, ask } = setUp({
      [FEED]: () => json({ items: ["Ada's feed"] }),
      [ME]: () => json({ id: 'grace', name: 'Grace' }),
    });
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    await ask(FEED);

    await ask(ME);
    delete answers[FEED];

    await expect(ask(FEED)).rejects.toThrow(TypeError);
    expect(caches.urlsIn(PERSONAL_CACHE)).toEqual([
      'http://portal.test/__chorus/offline-owner',
      ME,
    ]);
  });

  it('never keeps an answer that comes back after someone else has signed in', async () => {
    let answer!: (response: Response) => void;
    const { caches, context } = setUp({});
    context.fetch = () => new Promise((resolve) => (answer = resolve));
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');

    const asked = networkOrCopy(new Request(FEED), context);
    await vi.waitFor(() => expect(answer).toBeDefined());
    await startOfflineCopiesFor(caches.asCacheStorage(), 'bo');
    answer(json({ items: ["ada's feed"] }));
    await (
      await asked
    ).kept;

    context.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(networkOrCopy(new Request(FEED), context)).rejects.toThrow(TypeError);
  });

  it('forgets every copy when the session turns out to be gone (401)', async () => {
    let signedIn = true;
    const { caches, ask } = setUp({
      [FEED]: () => (signedIn ? json({ items: ['news'] }) : json({ message: 'Sign in' }, 401)),
    });
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    await ask(FEED);

    signedIn = false;
    await ask(FEED);

    expect(caches.urlsIn(PERSONAL_CACHE)).toBeUndefined();
  });

  it('keeps only successful answers: an error page never replaces the copy', async () => {
    let failing = false;
    const { caches, answers, ask } = setUp({
      [FEED]: () => (failing ? json({ message: 'Oops' }, 500) : json({ items: ['news'] })),
    });
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    await ask(FEED);
    failing = true;
    await ask(FEED);

    delete answers[FEED];

    await expect((await ask(FEED)).json()).resolves.toEqual({ items: ['news'] });
  });

  it('shows no copy older than two weeks', async () => {
    const { caches, answers, ask, later } = setUp({ [FEED]: () => json({ items: ['news'] }) });
    await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
    await ask(FEED);
    delete answers[FEED];

    later(OFFLINE_COPY_MAX_AGE_MS + 1);

    await expect(ask(FEED)).rejects.toThrow(TypeError);
  });
});
