import { Client } from 'pg';
import {
  loadData,
  LOAD_DOMAIN,
  seedFeedBench,
  seedRedirectBench,
} from '../../apps/api/src/data-generator';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { createTestDatabase, dropTestDatabase } from '../support/database';

// The data sets of `npm run seed:load` and the benches, written into a migrated database as
// the scripts write them: every row must fit the schema as the migrations leave it.
describe('the data generator, on a migrated database,', () => {
  let database: { name: string; url: string };
  let client: Client;

  beforeEach(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url);
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterEach(async () => {
    await client.end();
    await dropTestDatabase(database.name);
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await client.query<{ count: string }>(sql, params)).rows[0].count);

  it('loads the load data set, quiz attempts in the language of their stage', async () => {
    const loaded = await loadData(
      client,
      {
        users: 120,
        items: 40,
        shares: 300,
        clicks: 2_000,
        months: 3,
        seed: 7,
        admin: { email: 'load-admin@example.com', password: 'a-long-password' },
      },
      () => {},
    );

    expect(loaded.counts.users).toBe(120);
    expect(
      await count('SELECT count(*) FROM users WHERE email LIKE $1', [`%@${LOAD_DOMAIN}`]),
    ).toBe(120);
    expect(await count('SELECT count(*) FROM click_events')).toBe(loaded.counts.clicks);
    // The rollups count the sharers' own visits apart from clicks, as the live writer does.
    const {
      rows: [events],
    } = await client.query<{ clicks: number; selfClicks: number }>(
      `SELECT (count(*) FILTER (WHERE kind = 'click'))::int AS clicks,
              (count(*) FILTER (WHERE kind = 'self'))::int AS "selfClicks" FROM click_events`,
    );
    const {
      rows: [rollups],
    } = await client.query<{ clicks: number; selfClicks: number }>(
      `SELECT sum(clicks)::int AS clicks, sum(self_clicks)::int AS "selfClicks" FROM share_click_days`,
    );
    expect(events.selfClicks).toBeGreaterThan(0);
    expect(rollups).toEqual(events);
    expect(await count('SELECT count(*) FROM quiz_attempts')).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) FROM quiz_attempts a JOIN training_stages s ON s.stage = a.stage
          WHERE a.language IS DISTINCT FROM s.language`,
      ),
    ).toBe(0);
  });

  it('seeds the feed bench', async () => {
    const counts = await seedFeedBench(client, {
      seed: 3,
      users: 60,
      liveItems: 30,
      notLiveItems: 5,
      shares: 50,
      signedIn: 2,
      password: 'bench-person-password',
    });

    expect(counts.live).toBe(30);
    expect(await count('SELECT count(*) FROM shares')).toBe(counts.shares);
  });

  it('seeds the redirect bench', async () => {
    const codes = await seedRedirectBench(client, { seed: 3, shares: 40 });

    expect(codes).toHaveLength(40);
    expect(await count('SELECT count(*) FROM shares WHERE code = ANY($1)', [codes])).toBe(40);
  });
});
