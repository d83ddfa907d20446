import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { createTestDatabase, dropTestDatabase } from '../support/database';

describe('migrations', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(database.name);
  });

  it('build, on an empty database, exactly the schema the entities describe (no drift)', async () => {
    const applied = await runMigrations(database.url);
    expect(applied.length).toBeGreaterThan(0);

    const pending = await dataSource.driver.createSchemaBuilder().log();

    // On failure this lists the SQL a new migration needs.
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('apply only once: a second start-up has nothing to do', async () => {
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('move the click events of an earlier version into monthly partitions, with their rollups', async () => {
    const since = MIGRATIONS.findIndex(
      (migration) => migration.name === 'ClickRollups1764403200000',
    );
    const reapplied = MIGRATIONS.slice(since).map((migration) => migration.name);
    for (const _ of reapplied) await dataSource.undoLastMigration({ transaction: 'each' });
    const [user] = await dataSource.query(
      `INSERT INTO users (email, name, roles, status, language) VALUES ('old@schema.test', 'Old', '{employee}', 'active', 'en') RETURNING id`,
    );
    const [item] = await dataSource.query(
      `INSERT INTO content_items (url, kind, status) VALUES ('https://news.example.com/old', 'industry', 'approved') RETURNING id`,
    );
    const [share] = await dataSource.query(
      `INSERT INTO shares (user_id, item_id, network, text, code) VALUES ($1, $2, 'x', 'Old news', 'OldCode123') RETURNING id`,
      [user.id, item.id],
    );
    await dataSource.query(
      `INSERT INTO click_events (share_id, occurred_at, kind, crawler, visitor) VALUES
         ($1, '2026-09-30T23:30:00Z', 'click', NULL, 'a'), ($1, '2026-09-30T23:40:00Z', 'click', NULL, 'a'),
         ($1, '2026-10-01T08:00:00Z', 'click', NULL, 'b'), ($1, '2026-10-01T08:00:00Z', 'preview', 'x', NULL)`,
      [share.id],
    );

    expect(await runMigrations(database.url)).toEqual(reapplied);

    const events = await dataSource.query(
      `SELECT tableoid::regclass::text AS partition, day::text, kind::text FROM click_events ORDER BY id`,
    );
    expect(events).toEqual([
      { partition: 'click_events_2026_09', day: '2026-09-30', kind: 'click' },
      { partition: 'click_events_2026_09', day: '2026-09-30', kind: 'click' },
      { partition: 'click_events_2026_10', day: '2026-10-01', kind: 'click' },
      { partition: 'click_events_2026_10', day: '2026-10-01', kind: 'preview' },
    ]);
    const rollups = await dataSource.query(
      `SELECT day::text, clicks, unique_visitors AS "uniqueVisitors", previews FROM share_click_days ORDER BY day`,
    );
    expect(rollups).toEqual([
      { day: '2026-09-30', clicks: 2, uniqueVisitors: 1, previews: 0 },
      { day: '2026-10-01', clicks: 1, uniqueVisitors: 1, previews: 1 },
    ]);
    const months = await dataSource.query(
      `SELECT month::text, clicks, unique_visitors AS "uniqueVisitors" FROM item_click_months ORDER BY month`,
    );
    expect(months).toEqual([
      { month: '2026-09-01', clicks: 2, uniqueVisitors: 1 },
      { month: '2026-10-01', clicks: 1, uniqueVisitors: 1 },
    ]);
    const [{ day }] = await dataSource.query(`SELECT day::text FROM shares`);
    expect(day).toBe(new Date().toISOString().slice(0, 10));
    // New events continue the numbering of the old ones.
    const [next] = await dataSource.query(
      `INSERT INTO click_events (share_id, day, occurred_at, kind) VALUES ($1, '2026-10-02', now(), 'bot') RETURNING id`,
      [share.id],
    );
    expect(Number(next.id)).toBe(5);
    await dataSource.query(
      'DELETE FROM click_events; DELETE FROM share_click_days; DELETE FROM share_click_months; DELETE FROM item_click_days; DELETE FROM item_click_months; DELETE FROM shares; DELETE FROM content_items; DELETE FROM users',
    );
  });

  it('can all be reverted, leaving no table of ours behind', async () => {
    for (const _ of MIGRATIONS) await dataSource.undoLastMigration({ transaction: 'each' });

    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  });
});
