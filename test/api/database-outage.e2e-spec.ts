import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureBuilt, freePort, Watched } from '../support/processes';

/** One request; resolves with its status and Retry-After once the answer is complete. */
function call(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The share's events and the events its per day rollups count. */
async function counted(url: string, shareId: string): Promise<{ events: number; rollups: number }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [row] = (
      await db.query<{ events: number; rollups: number }>(
        `SELECT (SELECT count(*)::int FROM click_events WHERE share_id = $1) AS events,
                (SELECT coalesce(sum(clicks + previews + bots + heads), 0)::int
                   FROM share_click_days WHERE share_id = $1) AS rollups`,
        [shareId],
      )
    ).rows;
    return row;
  } finally {
    await db.end();
  }
}

describe('a database outage under redirect load', () => {
  let dataDir: string;
  let journalDir: string;
  let postgres: Watched;
  let databaseUrl: string;
  const processes: Watched[] = [];

  /** A PostgreSQL of this test's own, which it stops and starts again (on a new port). */
  async function startPostgres(): Promise<void> {
    postgres = Watched.start(['test/support/postgres-launcher.mjs', dataDir], {});
    processes.push(postgres);
    [, databaseUrl] = await postgres.waitFor(/ready (\S+)/, 60_000);
  }

  async function stopPostgres(): Promise<void> {
    postgres.kill('SIGTERM');
    expect((await postgres.exited).code).toBe(0);
  }

  beforeAll(async () => {
    ensureBuilt();
    dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-outage-pg-'));
    journalDir = mkdtempSync(path.join(tmpdir(), 'chorus-outage-journal-'));
    await startPostgres();
  }, 300_000);

  afterAll(async () => {
    // The launcher stops its PostgreSQL on SIGTERM; the APIs are gone by now unless a test failed.
    for (const child of processes.reverse()) {
      child.kill(child === postgres ? 'SIGTERM' : 'SIGKILL');
      await child.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(journalDir, { recursive: true, force: true });
  });

  async function startApi(): Promise<{ api: Watched; port: number }> {
    const port = await freePort();
    const api = Watched.start(['dist/apps/api/src/main.js'], {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHORUS_DEMO: 'true',
      CHORUS_SESSION_SECRET: 'x'.repeat(40),
      CHORUS_CLICK_JOURNAL_DIR: journalDir,
      // Short times, so that the outage outlasts the link cache quickly.
      CHORUS_LINK_CACHE_SECONDS: '1',
      CHORUS_CLICK_RETRY_SECONDS: '1',
      DATABASE_CONNECT_TIMEOUT: '60',
      LOG_LEVEL: 'info',
    });
    processes.push(api);
    await api.waitFor(/Chorus is running at/, 120_000);
    return { api, port };
  }

  it('counts every redirect it served, through an outage longer than the cache and a stop during it', async () => {
    const { api, port } = await startApi();
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const [{ id, code }] = (
      await db.query<{ id: string; code: string }>('SELECT id, code FROM shares LIMIT 1')
    ).rows;
    await db.end();
    const before = await counted(databaseUrl, id);

    const statuses: number[] = [];
    const round = async (n: number) => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          call(port, 'GET', `/r/${code}`, { 'User-Agent': `Mozilla/5.0 Outage/${n}.${i}` }),
        ),
      );
      statuses.push(...answers.map((answer) => answer.status));
    };
    await round(0);

    await stopPostgres();
    // Redirects go on until the link has outlived its cache time and is answered stale.
    for (let n = 1; !/answering known tracked links from the cache/.test(api.output); n += 1) {
      if (n > 2_000) throw new Error(`The link was never answered from the cache:\n${api.output}`);
      await round(n);
    }
    await round(-1);
    expect(statuses.filter((status) => status !== 302)).toEqual([]);

    // Sign-in and signed-in routes say the database is away, and when to try again.
    const signIn = await call(
      port,
      'POST',
      '/api/auth/login',
      { 'Content-Type': 'application/json' },
      JSON.stringify({ email: 'employee@chorus.example', password: 'chorus-demo' }),
    );
    expect(signIn).toEqual({ status: 503, retryAfter: '10' });

    api.kill('SIGTERM');
    expect((await api.exited).code).toBe(0);
    expect(api.output).toMatch(
      /Stopping: \d+ click events could not be written \(.*\); \d+ click events are kept in the click journal \(.*\) and will be written at the next start; none were lost\./,
    );

    await startPostgres();
    const restarted = await startApi();
    await restarted.api.waitFor(/Wrote the \d+ click events kept in the click journal/, 60_000);
    const after = await counted(databaseUrl, id);
    expect(after.events - before.events).toBe(statuses.length);
    expect(after.rollups - before.rollups).toBe(statuses.length);
    restarted.api.kill('SIGTERM');
    await restarted.api.exited;
  }, 300_000);
});
