import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { LinkResolver } from './link-resolver';
import { TrackedLinksRepository } from './tracked-links.repository';

const ROW = {
  share_id: '00000000-0000-4000-8000-000000000001',
  user_id: '00000000-0000-4000-8000-00000000000a',
  network: 'linkedin',
  code: 'AbCdEf123',
  disabled: false,
  verified: true,
  url: 'https://news.example.com/story',
  title: 'Story',
  campaign: null,
};
const TTL_MS = 30_000;
const STALE_MS = 3_600_000;

/** Stands in for PostgreSQL: knows one code, and can be made unreachable. */
function fakeDatabase() {
  const state = { down: false, queries: 0 };
  const dataSource = {
    query: async (_sql: string, [code]: string[]) => {
      state.queries += 1;
      if (state.down) {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
          code: 'ECONNREFUSED',
        });
      }
      return code === ROW.code ? [ROW] : [];
    },
  } as unknown as DataSource;
  return { state, dataSource };
}

describe('LinkResolver', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  function makeResolver() {
    const database = fakeDatabase();
    const resolver = new LinkResolver(new TrackedLinksRepository(database.dataSource), {
      linkCache: { ttlMs: TTL_MS, staleIfErrorMs: STALE_MS },
    });
    return { ...database, resolver };
  }

  it("names the link's sharer, whose own visits are not clicks", async () => {
    const { resolver } = makeResolver();
    expect(await resolver.resolve(ROW.code)).toMatchObject({
      shareId: ROW.share_id,
      userId: ROW.user_id,
    });
  });

  it('answers a known link from memory until the cache time has passed', async () => {
    const { state, resolver } = makeResolver();
    expect((await resolver.resolve(ROW.code))?.shareId).toBe(ROW.share_id);
    jest.advanceTimersByTime(TTL_MS - 1);
    expect(resolver.cached(ROW.code)?.shareId).toBe(ROW.share_id);
    jest.advanceTimersByTime(1);
    expect(resolver.cached(ROW.code)).toBeUndefined();
    await resolver.resolve(ROW.code);
    expect(state.queries).toBe(2);
  });

  it('keeps answering a known link from the cache while the database cannot be reached', async () => {
    const { state, resolver } = makeResolver();
    await resolver.resolve(ROW.code);
    state.down = true;
    jest.advanceTimersByTime(TTL_MS + 1);
    expect((await resolver.resolve(ROW.code))?.target).toContain('https://news.example.com/story');
    expect(Logger.prototype.warn).toHaveBeenCalledWith(
      expect.stringContaining('answering known tracked links from the cache, each for up to 1 h'),
    );
    // Not asked again on every request: once per cache time.
    const asked = state.queries;
    for (let i = 0; i < 100; i += 1) expect(resolver.cached(ROW.code)).toBeDefined();
    jest.advanceTimersByTime(TTL_MS);
    await resolver.resolve(ROW.code);
    expect(state.queries).toBe(asked + 1);
  });

  it('stops answering from the cache once the stale time after the last lookup has passed', async () => {
    const { state, resolver } = makeResolver();
    await resolver.resolve(ROW.code);
    state.down = true;
    jest.advanceTimersByTime(TTL_MS + STALE_MS - 1);
    expect(await resolver.resolve(ROW.code)).not.toBeNull();
    jest.advanceTimersByTime(1);
    await expect(resolver.resolve(ROW.code)).rejects.toThrow('ECONNREFUSED');
  });

  it('looks up as usual once the database answers again', async () => {
    const { state, resolver } = makeResolver();
    await resolver.resolve(ROW.code);
    state.down = true;
    jest.advanceTimersByTime(TTL_MS);
    await resolver.resolve(ROW.code);
    state.down = false;
    jest.advanceTimersByTime(TTL_MS);
    await resolver.resolve(ROW.code);
    expect(Logger.prototype.log).toHaveBeenCalledWith(
      'The database answers again: tracked links are looked up as usual.',
    );
  });

  it('does not stand in for the database with a link it never knew', async () => {
    const { state, resolver } = makeResolver();
    state.down = true;
    await expect(resolver.resolve(ROW.code)).rejects.toThrow('ECONNREFUSED');
  });
});
