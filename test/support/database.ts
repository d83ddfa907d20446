import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server of this test run (started by global-setup.mjs, or DATABASE_URL). */
export function testServerUrl(): string {
  const url = process.env.CHORUS_TEST_SERVER_URL;
  if (!url)
    throw new Error(
      'CHORUS_TEST_SERVER_URL is not set: run the API tests through jest --selectProjects api',
    );
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database of its own for one test file; returns its URL. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `chorus_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Runs SQL as the server's superuser, on the server's maintenance database. */
export function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  return admin(work);
}
