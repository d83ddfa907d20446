// Starts one throwaway PostgreSQL for the whole run (or uses DATABASE_URL when set); each test
// file then creates its own database on it (see database.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PostgresServer } from '../../scripts/lib/postgres-server.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.CHORUS_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  // Not under a mode-700 home folder: PostgreSQL runs as the postgres user when we are root.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-test-pg-'));
  const server = await new PostgresServer({ dataDir, fast: true }).start();
  globalThis.__chorusPostgres = server;
  process.env.CHORUS_TEST_SERVER_URL = server.url('postgres');
}
