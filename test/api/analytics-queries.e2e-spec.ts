import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { QUERY_FILES } from '../../apps/api/src/analytics/queries/query-files';
import { createTestDatabase, dropTestDatabase } from '../support/database';

const FOLDER = path.join(__dirname, '../../apps/api/src/analytics/queries');

describe('the analytics statements kept in queries/*.sql', () => {
  let database: { name: string; url: string };
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url);
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await dropTestDatabase(database.name);
  });

  it.each(QUERY_FILES.map((file) => [file.name, file] as const))(
    '%s, as committed, plans against the migrated schema',
    async (name, { statement }) => {
      const text = readFileSync(path.join(FOLDER, name), 'utf8');

      const { rows } = await client.query(`EXPLAIN\n${text}`, statement.params);

      expect(rows.length).toBeGreaterThan(0);
    },
  );
});
