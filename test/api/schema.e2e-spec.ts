import { DataSource, type QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { DATABASE_FUNCTIONS, DATABASE_TRIGGERS } from '../../apps/api/src/database/routines';
import { DATABASE_VIEWS } from '../../apps/api/src/database/views';
import { createTestDatabase, dropTestDatabase } from '../support/database';

describe('migrations', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;

  // Each test starts from an empty database of its own and migrates what it needs.
  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterEach(async () => {
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
    await runMigrations(database.url);
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('create exactly the views database/views.ts defines', async () => {
    await runMigrations(database.url);

    expect(await viewDrift(dataSource)).toEqual([]);
  });

  it('tell a view changed without a migration from the one the code defines', async () => {
    await runMigrations(database.url);
    const reached = DATABASE_VIEWS.find((view) => view.name === 'training_stages_reached')!;
    // As if a migration had forgotten that only passed attempts count.
    await dataSource.query(
      `CREATE OR REPLACE VIEW training_stages_reached AS
       SELECT user_id, max(stage) AS stage FROM quiz_attempts GROUP BY user_id`,
    );
    try {
      expect(await viewDrift(dataSource)).toEqual([
        expect.stringContaining('The view training_stages_reached differs'),
      ]);
    } finally {
      await dataSource.query(`CREATE OR REPLACE VIEW training_stages_reached AS ${reached.query}`);
    }
    expect(await viewDrift(dataSource)).toEqual([]);
  });

  it('create exactly the functions and triggers database/routines.ts defines', async () => {
    await runMigrations(database.url);

    expect(await routineDrift(dataSource)).toEqual([]);
  });

  it('tell a function or trigger changed without a migration from the one the code defines', async () => {
    await runMigrations(database.url);
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      // As if a migration had forgotten that a share made with its day keeps it.
      await runner.query(`
        CREATE OR REPLACE FUNCTION "chorus_share_day"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW."day" := "chorus_organisation_day"(NEW."created_at"); RETURN NEW; END $$`);
      await runner.query(`DROP TRIGGER "topics_bump_content_revision" ON "topics"`);
      expect(await routineDrift(dataSource, runner)).toEqual([
        expect.stringContaining('The function chorus_share_day differs'),
        expect.stringContaining('topics_bump_content_revision'),
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await routineDrift(dataSource)).toEqual([]);
  });

  it('move the click events of an earlier version into monthly partitions, with their rollups', async () => {
    await runMigrations(database.url);
    // Back to the version before click rollups, whatever migrations came after them.
    const rollups = MIGRATIONS.findIndex(
      (migration) => migration.name === 'ClickRollups1764403200000',
    );
    const undone = MIGRATIONS.slice(rollups).map((migration) => migration.name);
    for (const _ of undone) await dataSource.undoLastMigration({ transaction: 'each' });
    // Rows of the older schema, written in SQL: today's entities and services no longer fit it.
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

    expect(await runMigrations(database.url)).toEqual(undone);

    const events = await dataSource.query(
      `SELECT tableoid::regclass::text AS partition, day::text, kind::text FROM click_events ORDER BY id`,
    );
    expect(events).toEqual([
      { partition: 'click_events_2026_09', day: '2026-09-30', kind: 'click' },
      { partition: 'click_events_2026_09', day: '2026-09-30', kind: 'click' },
      { partition: 'click_events_2026_10', day: '2026-10-01', kind: 'click' },
      { partition: 'click_events_2026_10', day: '2026-10-01', kind: 'preview' },
    ]);
    const days = await dataSource.query(
      `SELECT day::text, clicks, unique_visitors AS "uniqueVisitors", previews FROM share_click_days ORDER BY day`,
    );
    expect(days).toEqual([
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
  });

  it('undo Threads and Mastodon only while nothing uses them, and redo them after', async () => {
    await runMigrations(database.url);
    const from = MIGRATIONS.findIndex(
      (migration) => migration.name === 'ThreadsMastodon1764568800000',
    );
    const undone = MIGRATIONS.slice(from).map((migration) => migration.name);
    // Undoes this migration and those after it that are still applied.
    const undoAll = async () => {
      const [{ applied }] = await dataSource.query(
        `SELECT count(*)::int AS applied FROM migrations WHERE name = ANY($1)`,
        [undone],
      );
      for (let i = 0; i < applied; i += 1) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
    };
    const [user] = await dataSource.query(
      `INSERT INTO users (email, name, roles, status, language) VALUES ('eleni@schema.test', 'Eleni', '{employee}', 'active', 'el') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO social_profiles (user_id, network, handle) VALUES ($1, 'threads', '@eleni')`,
      [user.id],
    );
    await expect(undoAll()).rejects.toThrow(
      /Cannot undo ThreadsMastodon1764568800000: 0 shares and 0 suggested posts .* 1 profiles/,
    );
    await dataSource.query(`DELETE FROM social_profiles`);
    await undoAll();
    // PostgreSQL keeps the values; doing it again adds nothing twice.
    expect(await runMigrations(database.url)).toEqual(undone);
    const [{ values }] = await dataSource.query(
      `SELECT enum_range(NULL::share_network)::text AS values`,
    );
    expect(values).toBe(
      '{linkedin,x,facebook,xing,reddit,bluesky,threads,mastodon,whatsapp,telegram,email}',
    );
  });

  it('can all be reverted, leaving no table of ours behind', async () => {
    await runMigrations(database.url);
    for (const _ of MIGRATIONS) await dataSource.undoLastMigration({ transaction: 'each' });

    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  });
});

/**
 * How the views of the database differ from those `database/views.ts` defines: PostgreSQL
 * compares them as it stores them (`pg_get_viewdef`), so layout and comments do not count,
 * while a changed column, table or condition does. Empty when they are the same.
 */
async function viewDrift(dataSource: DataSource): Promise<string[]> {
  const stored = new Map<string, string>(
    (
      await dataSource.query<{ name: string; definition: string }[]>(
        `SELECT view.relname AS name, pg_get_viewdef(view.oid) AS definition
           FROM pg_class view JOIN pg_namespace schema ON schema.oid = view.relnamespace
          WHERE schema.nspname = 'public' AND view.relkind IN ('v', 'm')`,
      )
    ).map((row) => [row.name, row.definition]),
  );
  const runner = dataSource.createQueryRunner();
  const problems: string[] = [];
  try {
    await runner.startTransaction();
    for (const view of DATABASE_VIEWS) {
      // A temporary copy under another name, so that PostgreSQL writes the code's text its way.
      await runner.query(`CREATE TEMPORARY VIEW "expected_${view.name}" AS ${view.query}`);
      const [{ definition }] = (await runner.query(
        `SELECT pg_get_viewdef('pg_temp."expected_${view.name}"'::regclass) AS definition`,
      )) as { definition: string }[];
      const actual = stored.get(view.name);
      stored.delete(view.name);
      if (actual === undefined) {
        problems.push(
          `The view ${view.name} is defined in database/views.ts but no migration creates it.`,
        );
      } else if (actual !== definition) {
        problems.push(
          `The view ${view.name} differs: the migrations make\n${actual}\nbut database/views.ts defines\n${definition}\nA migration must recreate it.`,
        );
      }
    }
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
  for (const name of stored.keys()) {
    problems.push(
      `The migrations create the view ${name}, which database/views.ts does not define.`,
    );
  }
  return problems;
}

/**
 * How the functions and triggers of the database differ from those `database/routines.ts`
 * defines. Functions are compared as PostgreSQL writes them back (`pg_get_functiondef`) with
 * white space collapsed, against a temporary copy of the code's definition; triggers by their
 * definition as PostgreSQL writes it (`pg_get_triggerdef`). Empty when they are the same.
 */
async function routineDrift(dataSource: DataSource, within?: QueryRunner): Promise<string[]> {
  const runner = within ?? dataSource.createQueryRunner();
  const problems: string[] = [];
  const canonical = (definition: string) =>
    definition
      .replace(/^CREATE OR REPLACE FUNCTION \w+\./, 'CREATE FUNCTION ')
      .replace(/\s+/g, ' ');
  try {
    if (!within) await runner.startTransaction();
    const stored = new Map<string, string>(
      (
        (await runner.query(
          `SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
        )) as { name: string; definition: string }[]
      ).map((row) => [row.name, canonical(row.definition)]),
    );
    await runner.query('SAVEPOINT expected_routines');
    for (const routine of DATABASE_FUNCTIONS) {
      // A temporary copy, so that PostgreSQL writes the code's text its way.
      await runner.query(
        routine.definition.replace(
          `CREATE FUNCTION "${routine.name}"`,
          `CREATE FUNCTION pg_temp."${routine.name}"`,
        ),
      );
      const [{ definition }] = (await runner.query(
        `SELECT pg_get_functiondef(p.oid) AS definition
           FROM pg_proc p WHERE p.proname = $1 AND p.pronamespace = pg_my_temp_schema()`,
        [routine.name],
      )) as { definition: string }[];
      const actual = stored.get(routine.name);
      stored.delete(routine.name);
      if (actual === undefined) {
        problems.push(
          `The function ${routine.name} is defined in database/routines.ts but no migration creates it.`,
        );
      } else if (actual !== canonical(definition)) {
        problems.push(
          `The function ${routine.name} differs: the migrations make\n${actual}\nbut database/routines.ts defines\n${canonical(definition)}\nA migration must recreate it.`,
        );
      }
    }
    await runner.query('ROLLBACK TO SAVEPOINT expected_routines');
    for (const name of stored.keys()) {
      problems.push(
        `The migrations create the function ${name}, which database/routines.ts does not define.`,
      );
    }
    const triggers = (
      (await runner.query(
        `SELECT pg_get_triggerdef(t.oid) AS definition
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgparentid = 0`,
      )) as { definition: string }[]
    ).map((row) => row.definition);
    for (const missing of DATABASE_TRIGGERS.filter((trigger) => !triggers.includes(trigger))) {
      problems.push(`No migration creates the trigger database/routines.ts defines: ${missing}`);
    }
    for (const extra of triggers.filter((trigger) => !DATABASE_TRIGGERS.includes(trigger))) {
      problems.push(
        `The migrations create a trigger database/routines.ts does not define: ${extra}`,
      );
    }
  } finally {
    if (!within) {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  return problems;
}
