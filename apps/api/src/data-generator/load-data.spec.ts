import type { Client } from 'pg';
import { loadData } from './load-data';
import { LOAD_DEFAULTS } from './load-options';

/** A connection whose first answer is the user counts given; it records every statement. */
function database(counts: { inDomain: number; all: number; withEmail: number }) {
  const statements: string[] = [];
  const client = {
    query: async (sql: string) => {
      statements.push(sql);
      return { rows: [counts] };
    },
  };
  return { client: client as unknown as Client, statements };
}

const ADMIN = { email: 'admin@example.com', password: 'a-long-password' };
const quiet = () => {};

describe('loadData refuses, writing nothing,', () => {
  it('a database that holds the data set already', async () => {
    const { client, statements } = database({ inDomain: 2_000, all: 2_001, withEmail: 0 });
    await expect(loadData(client, LOAD_DEFAULTS, quiet)).rejects.toThrow(
      'The database already holds the load data set (2,000 people @load.test): nothing was written.',
    );
    expect(statements).toHaveLength(1);
  });

  it('a database without users, unless an administrator is to be created', async () => {
    const { client, statements } = database({ inDomain: 0, all: 0, withEmail: 0 });
    await expect(loadData(client, LOAD_DEFAULTS, quiet)).rejects.toThrow(
      'The database has no users: Chorus creates its first administrator only on an empty ' +
        'database, so after loading nobody could sign in. Add --admin email:password.',
    );
    expect(statements).toHaveLength(1);
  });

  it('an administrator to create whose address is taken', async () => {
    const { client, statements } = database({ inDomain: 0, all: 1, withEmail: 1 });
    await expect(loadData(client, { ...LOAD_DEFAULTS, admin: ADMIN }, quiet)).rejects.toThrow(
      'admin@example.com exists already: nothing was written.',
    );
    expect(statements).toHaveLength(1);
  });
});
