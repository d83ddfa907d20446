#!/usr/bin/env node
// `npm run seed:load`: fills a database with a large, realistic data set for load tests and
// analytics at scale, made by the data generator (apps/api/src/data-generator/load-set.ts): people
// in departments and locations, enrollment, policy acknowledgments and training, topics, campaigns
// and content over the months, shares and their click events (COPY FROM STDIN, streamed), the
// click rollups rebuilt, then VACUUM ANALYZE. Prints progress and timings per table and a one-line summary.
//
// Target: DATABASE_URL when set; otherwise the embedded PostgreSQL of `npm start` (data in
// CHORUS_DATA_DIR or .chorus, database chorus), started for the load and stopped after it.
// When that server is running already (its postmaster.pid names a live process, e.g. under
// `npm start`), the load goes through it, and it is left running. The schema is first brought
// up to date by the built API's migrations (building the API when it is stale).
//
// Refuses (exit code 1, nothing written) a database that already holds the data set (people
// @load.test), and one with no users at all unless --admin is given: Chorus creates its first
// administrator only on an empty database. Loading is one transaction: a failure writes nothing.
//   --users N          people (default 10000)
//   --items N          content items (default 5000)
//   --shares N         shares (default 200000)
//   --clicks N         click events (default 10000000)
//   --months N         months covered, ending now (default 13)
//   --seed N           PRNG seed; the same seed gives the same data (default 1)
//   --admin EMAIL:PASSWORD  also create an administrator who signs in with this password
// Example: npm run seed:load -- --clicks 1000000 --admin admin@example.com:a-long-password
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildIfNeeded } from './lib/build.mjs';
import { Cleanup } from './lib/bench-support.mjs';
import { builtGenerator } from './lib/built.mjs';
import { PostgresServer } from './lib/postgres-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.CHORUS_DATA_DIR ?? path.join(root, '.chorus'));
const say = (line) => console.log(`[seed:load] ${line}`);

/** `--admin email:password`, or undefined. */
function adminArgument() {
  const at = process.argv.indexOf('--admin');
  if (at < 0) return undefined;
  const value = process.argv[at + 1] ?? '';
  const colon = value.indexOf(':');
  const email = value.slice(0, colon).trim().toLowerCase();
  const password = value.slice(colon + 1);
  if (colon < 0 || !email.includes('@') || password.length === 0) {
    throw new Error('--admin takes EMAIL:PASSWORD, e.g. --admin admin@example.com:a-long-password');
  }
  return { email, password };
}

/** The port of the PostgreSQL server running on the data folder, or undefined. */
function runningServerPort() {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    if (error.code !== 'EPERM') return undefined;
  }
  return Number(port);
}

/** DATABASE_URL, the running embedded server, or the embedded server started for the load. */
async function databaseUrl(cleanup) {
  if (process.env.DATABASE_URL) {
    say('Loading into DATABASE_URL');
    return process.env.DATABASE_URL;
  }
  const runningPort = runningServerPort();
  if (runningPort) {
    say(
      `The embedded PostgreSQL of ${dataDir} is running already (port ${runningPort}, e.g. under ` +
        '`npm start`): loading through it, and leaving it running.',
    );
    const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${runningPort}/chorus`;
  }
  mkdirSync(dataDir, { recursive: true });
  const postgres = new PostgresServer({ dataDir, notice: say });
  cleanup.add(() => postgres.stop());
  await postgres.start();
  await postgres.createDatabase('chorus');
  say(`Started the embedded PostgreSQL of ${dataDir} (port ${postgres.port}) for the load`);
  return postgres.url('chorus');
}

async function main() {
  const admin = adminArgument();
  buildIfNeeded(root, say, ['api']);
  const { loadData, loadOptionsFromArgs } = builtGenerator();
  const options = { ...loadOptionsFromArgs(process.argv), admin };
  const cleanup = new Cleanup();
  try {
    const url = await databaseUrl(cleanup);
    const { runMigrations } = createRequire(import.meta.url)(
      path.join(root, 'dist/apps/api/src/database/prepare-database.js'),
    );
    const applied = await runMigrations(url);
    if (applied.length > 0) say(`Applied migrations: ${applied.join(', ')}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    cleanup.add(() => client.end());
    await loadData(client, options, say);
    if (options.admin) say(`Sign in as ${options.admin.email} with the password given.`);
  } finally {
    await cleanup.run();
  }
}

main().catch((error) => {
  console.error(`[seed:load] ${error.message}`);
  process.exitCode = 1;
});
