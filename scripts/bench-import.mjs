#!/usr/bin/env node
// `npm run bench:import`: times the bulk people import against the built API and a fresh
// PostgreSQL (embedded unless DATABASE_URL is set). Prints figures; asserts nothing.
//   --rows N   people in the file (default 10000)
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import { findFreePort, PostgresServer } from './lib/postgres-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 10_000;
const ADMIN = { email: 'bench-admin@chorus.test', password: 'bench-admin-password' };

const DEPARTMENTS = ['Sales', 'Marketing', 'Engineering', 'Finance', 'People & Culture', 'Support'];
const LOCATIONS = ['Amsterdam', 'Copenhagen', 'Stockholm', 'Athens', 'Berlin', 'Paris', 'Madrid'];
const LANGUAGES = ['en', 'nl', 'da', 'sv', 'el', 'de', 'fr'];

function csv(rows, variant) {
  const lines = ['email,name,department,location,language,roles'];
  for (let i = 0; i < rows; i += 1) {
    const roles = i % 50 === 0 ? 'employee;curator' : 'employee';
    lines.push(
      [
        `person${i}@bench.test`,
        `Person ${i}${variant && i % 10 === 0 ? ' (renamed)' : ''}`,
        DEPARTMENTS[i % DEPARTMENTS.length],
        LOCATIONS[i % LOCATIONS.length],
        LANGUAGES[i % LANGUAGES.length],
        roles,
      ].join(','),
    );
  }
  return Buffer.from(lines.join('\n'));
}

async function startApi(databaseUrl) {
  const port = await findFreePort();
  const api = fork(path.join(root, 'dist/apps/api/src/main.js'), [], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHORUS_DEMO: 'false',
      CHORUS_ADMIN_EMAIL: ADMIN.email,
      CHORUS_ADMIN_PASSWORD: ADMIN.password,
      CHORUS_SESSION_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    api.once('message', resolve);
    api.once('exit', (code) => reject(new Error(`The API exited with code ${code}`)));
  });
  return { api, url: `http://127.0.0.1:${port}` };
}

async function signIn(url) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const xsrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN=')).split('=')[1];
  return { cookie: cookies.join('; '), xsrf };
}

async function timedImport(url, session, body, query) {
  const started = performance.now();
  const response = await fetch(`${url}/api/people/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-xsrf-token': session.xsrf },
    body,
  });
  const seconds = (performance.now() - started) / 1000;
  const report = await response.json();
  if (!response.ok) throw new Error(`Import failed (${response.status}): ${report.message}`);
  return { seconds, report };
}

async function main() {
  buildIfNeeded(root, (line) => console.log(line), 'api');
  let postgres;
  let databaseUrl = process.env.DATABASE_URL;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-bench-'));
  if (!databaseUrl) {
    postgres = new PostgresServer({ dataDir });
    await postgres.start();
    await postgres.createDatabase('bench');
    databaseUrl = postgres.url('bench');
  }
  const { api, url } = await startApi(databaseUrl);
  try {
    const session = await signIn(url);
    const file = csv(ROWS, false);
    console.log(`Importing ${ROWS} people (${(file.length / 1_048_576).toFixed(1)} MB of CSV)\n`);
    const steps = [
      ['preview (dry run), all new', file, 'dryRun=true&unknownGroups=create'],
      ['apply, all new', file, 'unknownGroups=create'],
      ['apply the same file again (nothing changes)', file, 'unknownGroups=create'],
      ['apply with 10% renamed', csv(ROWS, true), 'unknownGroups=create'],
    ];
    const results = [];
    for (const [label, body, query] of steps) {
      const { seconds, report } = await timedImport(url, session, body, query);
      results.push({ label, seconds, report });
    }
    const baseline = results[0].seconds;
    console.log('step                                          seconds   rows/s   vs preview');
    for (const { label, seconds, report } of results) {
      const counts = `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}`;
      console.log(
        `${label.padEnd(45)} ${seconds.toFixed(2).padStart(7)} ${String(Math.round(ROWS / seconds)).padStart(8)}   ${(seconds / baseline).toFixed(2)}x   (${counts})`,
      );
    }
    console.log(`\nTarget: ${ROWS} rows applied in under 10 s.`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
