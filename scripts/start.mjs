#!/usr/bin/env node
// `npm start`: builds what is stale, starts an embedded PostgreSQL unless DATABASE_URL is set,
// runs the API (which serves the portal), and on Ctrl-C or SIGTERM stops them in order:
// the API first (it finishes requests in flight), then PostgreSQL.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiHeapOptions } from './lib/api-heap.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { PostgresServer } from './lib/postgres-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.CHORUS_DATA_DIR ?? path.join(root, '.chorus'));
const say = (line) => console.log(`[chorus] ${line}`);

/** A session secret kept with the data, so that sign-ins survive a restart. */
function sessionSecret() {
  if (process.env.CHORUS_SESSION_SECRET) return process.env.CHORUS_SESSION_SECRET;
  const file = path.join(dataDir, 'session-secret');
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function banner({ url, demo, demoAccounts }) {
  const lines = ['', `Chorus is running at ${url}`];
  if (demo) {
    lines.push('', 'Demo sign-ins (password: chorus-demo):');
    for (const email of ['admin', 'curator', 'analyst', 'employee'])
      lines.push(`  ${email}@chorus.example`);
    if (demoAccounts.length === 0)
      lines.push('  (demo data from an earlier start; the database was not empty)');
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

async function main() {
  if (process.env.CHORUS_SKIP_BUILD !== 'true') buildIfNeeded(root, say);
  mkdirSync(dataDir, { recursive: true });

  const env = {
    CHORUS_CLICK_JOURNAL_DIR: path.join(dataDir, 'click-journal'),
    ...process.env,
    CHORUS_SESSION_SECRET: sessionSecret(),
  };
  let postgres;
  if (!process.env.DATABASE_URL) {
    const port = process.env.CHORUS_DB_PORT ? Number(process.env.CHORUS_DB_PORT) : undefined;
    postgres = new PostgresServer({
      dataDir,
      port,
      log: (line) => process.env.CHORUS_DB_LOG === 'true' && say(line),
      notice: say,
    });
    say(
      `Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || '.'})…`,
    );
    await postgres.start();
    await postgres.createDatabase('chorus');
    env.DATABASE_URL = postgres.url('chorus');
    say(`PostgreSQL is listening on 127.0.0.1:${postgres.port}`);
  }

  const api = fork(path.join(root, 'dist/apps/api/src/main.js'), [], {
    execArgv: apiHeapOptions(),
    cwd: root,
    env,
    stdio: 'inherit',
  });
  api.on('message', (message) => {
    if (message?.type === 'ready') banner(message);
  });

  let stopping = false;
  const stopPostgres = async () => {
    if (postgres) await postgres.stop();
  };
  const apiExited = new Promise((resolve) =>
    api.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
    const { code } = await apiExited;
    await stopPostgres();
    process.exit(code ?? 0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const { code, signal } = await apiExited;
  if (stopping) return;
  // The API ended on its own: a failed start, or a crash. Leave nothing running.
  await stopPostgres();
  process.exit(code ?? (signal ? 1 : 0));
}

main().catch((error) => {
  console.error(`\nChorus could not start: ${error.message}\n`);
  process.exit(1);
});
