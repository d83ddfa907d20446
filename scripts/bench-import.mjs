#!/usr/bin/env node
// `npm run bench:import`: times the bulk people import against the built API and a fresh
// PostgreSQL (embedded unless DATABASE_URL is set). Prints figures; asserts nothing.
//   --rows N   people in the file (default 10000)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import {
  argument,
  BENCH_ADMIN,
  runBench,
  signIn,
  startApi,
  startDatabase,
} from './lib/bench-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = argument('--rows', 10_000);

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

/** The administrator's session: its cookies, and the XSRF token that a POST repeats. */
async function adminSession(url) {
  const cookie = await signIn(url, BENCH_ADMIN);
  const xsrf = /(?:^|; )XSRF-TOKEN=([^;]*)/.exec(cookie)?.[1];
  if (!xsrf) throw new Error('Sign-in set no XSRF-TOKEN cookie');
  return { cookie, xsrf };
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

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const { databaseUrl } = await startDatabase(cleanup);
  const api = await startApi(root, databaseUrl);
  cleanup.add(() => api.stop());
  const { url } = api;
  const session = await adminSession(url);
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
}

runBench(main);
