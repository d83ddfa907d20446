import { request } from 'node:http';
import { Client } from 'pg';
import { createTestDatabase, dropTestDatabase } from '../support/database';
import { ensureBuilt, freePort, Watched } from '../support/processes';

/** One GET to the tracked link; resolves with the status once the answer is complete. */
function visit(port: number, code: string, agent: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port, path: `/r/${code}`, headers: { 'User-Agent': agent } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    call.on('error', reject);
    call.end();
  });
}

describe('click events on shutdown', () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
  }, 300_000);
  afterAll(() => dropTestDatabase(database.name));

  it('writes one row per request served, even when SIGTERM comes before the next flush', async () => {
    const port = await freePort();
    const api = Watched.start(['dist/apps/api/src/main.js'], {
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHORUS_DEMO: 'true',
      CHORUS_SESSION_SECRET: 'x'.repeat(40),
    });
    await api.waitFor(/Chorus is running at/, 60_000);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const [{ id, code }] = (
        await db.query<{ id: string; code: string }>('SELECT id, code FROM shares LIMIT 1')
      ).rows;
      const count = async () =>
        (
          await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM click_events WHERE share_id = $1',
            [id],
          )
        ).rows[0].n;
      const before = await count();

      const served: number[] = [];
      for (let round = 0; round < 12; round += 1) {
        const statuses = await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            visit(port, code, `Mozilla/5.0 (X11; Linux x86_64) Test/${round}.${i}`),
          ),
        );
        served.push(...statuses);
      }
      expect(served.every((status) => status === 302)).toBe(true);
      api.kill('SIGTERM');
      const { code: exitCode } = await api.exited;
      expect(exitCode).toBe(0);

      expect((await count()) - before).toBe(served.length);
    } finally {
      await db.end();
      api.kill('SIGKILL');
    }
  });
});
