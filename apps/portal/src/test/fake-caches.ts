/**
 * An in-memory CacheStorage, as the service worker and the portal use it (the test DOM has
 * none): caches by name, answers by URL. As in browsers, a deleted cache's object still takes
 * answers, which no later `open` sees.
 */
export class FakeCacheStorage implements Pick<CacheStorage, 'open' | 'delete' | 'has' | 'keys'> {
  private readonly named = new Map<string, FakeCache>();

  async open(name: string): Promise<Cache> {
    let cache = this.named.get(name);
    if (!cache) {
      cache = new FakeCache();
      this.named.set(name, cache);
    }
    return cache as unknown as Cache;
  }

  async delete(name: string): Promise<boolean> {
    return this.named.delete(name);
  }

  async has(name: string): Promise<boolean> {
    return this.named.has(name);
  }

  async keys(): Promise<string[]> {
    return [...this.named.keys()];
  }

  /** The URLs a cache holds answers for, or undefined when there is no such cache. */
  urlsIn(name: string): string[] | undefined {
    const cache = this.named.get(name);
    return cache ? [...cache.answers.keys()] : undefined;
  }

  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}

const keyOf = (request: RequestInfo | URL) =>
  new URL(request instanceof Request ? request.url : String(request), 'http://portal.test').href;

class FakeCache {
  readonly answers = new Map<string, Response>();

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    return this.answers.get(keyOf(request))?.clone();
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.answers.set(keyOf(request), response.clone());
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.answers.delete(keyOf(request));
  }
}
