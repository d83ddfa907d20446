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

  it('can all be reverted, leaving no table of ours behind', async () => {
    for (const _ of MIGRATIONS) await dataSource.undoLastMigration({ transaction: 'each' });

    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  });
});
