#!/usr/bin/env node
// `npm run bench:notifications`: measures GET /api/notifications/unread-count, the request the
// portal's bell makes on every page, of the built API on a fresh PostgreSQL (embedded unless
// DATABASE_URL names an empty database) seeded with 10,000 people and their notifications: each
// has read between 20 and 275 (about 1.5 million in all) and has a few unread; the people signed
// in for the bench have read thousands. For comparison, the same people also load GET /api/me
// (signed in, one row), in alternating rounds. Then prints the plan PostgreSQL uses for the count
// (it should read the partial index of unread notifications only). Prints figures; asserts
// nothing. Target: p95 under 5 ms for one request at a time (the latency a page load sees;
// with several at once on a small machine, queueing adds to every route alike, as the
// baseline shows). The last line is one JSON object.
//   --users N         people (default 10000)
//   --concurrency N   signed-in people asking at once, each on one keep-alive connection (default 4)
//   --requests N      requests in all, after the warm-up (default 4000)
//   --solo N          requests by one person alone, for the latency without queueing (default 1000)
//   --warmup N        requests before measuring (default 300)
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import {
  argument,
  BENCH_ADMIN,
  latencySummary,
  ms,
  phaseTable,
  round1,
  runBench,
  signIn,
  startChorus,
  timedGet,
} from './lib/bench-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USERS = argument('--users', 10_000);
const CONCURRENCY = argument('--concurrency', 4);
const REQUESTS = argument('--requests', 4_000);
const SOLO = argument('--solo', 1_000);
const WARMUP = argument('--warmup', 300);
const TARGET_P95_MS = 5;
/** The people signed in for the bench have read this many notifications each. */
const READ_BY_SIGNED_IN = 3_000;

const email = (n) => `bench-person-${n}@notifications.test`;

/**
 * People and notifications written in a few statements. Everyone signs in with the bench
 * admin's password (its hash copied), so the signed-in people are ordinary employees.
 */
async function seed(client) {
  await client.query(
    `INSERT INTO users (email, name, roles, status, language, password_hash)
     SELECT 'bench-person-' || n || '@notifications.test', 'Bench Person ' || n, '{employee}',
            'active', (ARRAY['en','da','de','nl'])[1 + n % 4],
            (SELECT password_hash FROM users WHERE email = $2)
     FROM generate_series(1, $1::int) AS n`,
    [USERS, BENCH_ADMIN.email],
  );
  // Read notifications: 20 to 275 per person (by a hash of their id), thousands for the people
  // signed in, spread over the past months; then 0 to 5 unread each, of the last few days.
  await client.query(
    `INSERT INTO notifications (user_id, kind, params, link, dedupe_key, created_at, read_at)
     SELECT u.id, 'content.new', '{"count": 3}', '/feed', 'bench:read:' || g,
            now() - g * interval '1 hour', now() - g * interval '1 hour' + interval '5 minutes'
     FROM users u
     CROSS JOIN LATERAL generate_series(1,
       CASE WHEN u.email = ANY($1::text[]) THEN $2::int ELSE 20 + (hashtext(u.id::text) & 255) END
     ) AS g`,
    [Array.from({ length: CONCURRENCY }, (_, i) => email(i + 1)), READ_BY_SIGNED_IN],
  );
  await client.query(
    `INSERT INTO notifications (user_id, kind, params, link, dedupe_key, created_at)
     SELECT u.id, 'policy.sign', '{"version": 2}', '/policy', 'bench:unread:' || g,
            now() - g * interval '7 hours'
     FROM users u
     CROSS JOIN LATERAL generate_series(1, (hashtext(u.email) & 7) % 6) AS g`,
  );
  // As autovacuum leaves a table that has settled: visibility known, statistics fresh.
  await client.query('VACUUM ANALYZE notifications');
  const { rows } = await client.query(
    `SELECT count(*)::int AS all, count(*) FILTER (WHERE read_at IS NULL)::int AS unread,
            (SELECT count(*)::int FROM users) AS users
     FROM notifications`,
  );
  return rows[0];
}

/** One GET as `person`, who wants JSON; resolves with status, body and milliseconds taken. */
const get = (person, url) =>
  timedGet(person.agent, url, { cookie: person.cookie, accept: 'application/json' });

/** `requests` GETs of `route` in all, one loop per person; latencies, errors and seconds. */
async function load(url, people, requests, route = '/api/notifications/unread-count') {
  const result = { all: [], errors: 0, seconds: 0, firstError: undefined };
  const started = performance.now();
  let made = 0;
  await Promise.all(
    people.map(async (person) => {
      while (made < requests) {
        made += 1;
        try {
          const response = await get(person, `${url}${route}`);
          if (response.status === 200) result.all.push(response.ms);
          else {
            result.errors += 1;
            result.firstError ??= `${response.status} ${response.body.toString().slice(0, 200)}`;
          }
        } catch (error) {
          result.errors += 1;
          result.firstError ??= error.message;
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

const { header, row } = phaseTable(32);

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const require = createRequire(import.meta.url);
  const { COUNT_UNREAD, UNREAD_COUNT_CAP } = require(
    path.join(root, 'dist/apps/api/src/notifications/notifications.repository.js'),
  );
  const { api, client, description } = await startChorus(root, cleanup, {
    database: 'bench_notifications',
  });
  console.log(description);

  const seedStarted = performance.now();
  const counts = await seed(client);
  console.log(
    `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${counts.users} people, ` +
      `${counts.all} notifications of which ${counts.unread} unread`,
  );

  const people = [];
  for (let i = 1; i <= CONCURRENCY; i += 1) {
    people.push({
      cookie: await signIn(api.url, { email: email(i), password: BENCH_ADMIN.password }),
      agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    });
  }
  cleanup.add(() => people.forEach((person) => person.agent.destroy()));
  const first = await get(people[0], `${api.url}/api/notifications/unread-count`);
  console.log(`Signed in ${people.length} people; ${email(1)} has ${first.body} unread.`);

  await load(api.url, people, WARMUP);
  await load(api.url, people, WARMUP, '/api/me');
  console.log(`\nGET /api/notifications/unread-count and GET /api/me, latencies in ms\n`);
  console.log(header);
  const solo = await load(api.url, people.slice(0, 1), SOLO);
  console.log(row('1 person alone: unread-count', solo));
  const soloMe = await load(api.url, people.slice(0, 1), SOLO, '/api/me');
  console.log(row('1 person alone: /api/me', soloMe));
  const rounds = { count: [], me: [] };
  for (let round = 1; round <= 2; round += 1) {
    const count = await load(api.url, people, REQUESTS / 2);
    console.log(row(`round ${round}: unread-count`, count));
    const me = await load(api.url, people, REQUESTS / 2, '/api/me');
    console.log(row(`round ${round}: /api/me (baseline)`, me));
    rounds.count.push(count);
    rounds.me.push(me);
  }
  const merge = (results) => ({
    all: results.flatMap((result) => result.all),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    seconds: results.reduce((sum, result) => sum + result.seconds, 0),
    firstError: results.find((result) => result.firstError)?.firstError,
  });
  const concurrent = merge(rounds.count);
  const baseline = merge(rounds.me);
  console.log(row(`${CONCURRENCY} at once: unread-count`, concurrent));
  console.log(row(`${CONCURRENCY} at once: /api/me`, baseline));
  for (const result of [solo, concurrent, baseline]) {
    if (result.firstError) console.log(`First error: ${result.firstError}`);
  }

  const { rows: ids } = await client.query('SELECT id FROM users WHERE email = $1', [email(1)]);
  await client.query(COUNT_UNREAD, [ids[0].id, UNREAD_COUNT_CAP]);
  const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${COUNT_UNREAD}`, [
    ids[0].id,
    UNREAD_COUNT_CAP,
  ]);
  const lines = plan.map((line) => line['QUERY PLAN']);
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the unread count for ${email(1)}:`);
  for (const line of lines) console.log(`  ${line}`);
  // Only the partial index is scanned (index-only once the table's pages are all-visible).
  const scans = lines.filter((line) => /Scan/.test(line) && !/Bitmap Heap Scan/.test(line));
  const usesIndex =
    scans.length > 0 &&
    scans.every((line) => /Index (Only )?Scan (using|on) notifications_unread/.test(line));
  const indexOnly = lines.some((line) => /Index Only Scan using notifications_unread/.test(line));
  console.log(
    `Uses the partial index of unread notifications only: ${usesIndex ? 'yes' : 'NO'}` +
      (indexOnly ? ' (an index-only scan)' : ''),
  );

  const summary = latencySummary(concurrent.all);
  const baselineSummary = latencySummary(baseline.all);
  console.log(
    `unread-count p95 / GET /api/me p95: ${(summary.p95 / baselineSummary.p95).toFixed(2)}x ` +
      '(what the count adds to a signed-in request).',
  );
  const soloP95 = latencySummary(solo.all).p95;
  console.log(
    `Target: p95 under ${TARGET_P95_MS} ms one request at a time: ` +
      `${soloP95 < TARGET_P95_MS ? 'met' : 'not met'} (${ms(soloP95)} ms; ` +
      `${ms(summary.p95)} ms with ${CONCURRENCY} people at once, ` +
      `where GET /api/me takes ${ms(baselineSummary.p95)} ms).`,
  );
  console.log(
    JSON.stringify({
      unreadCountP50Ms: round1(summary.p50),
      unreadCountP95Ms: round1(summary.p95),
      unreadCountP99Ms: round1(summary.p99),
      soloP95Ms: round1(latencySummary(solo.all).p95),
      baselineMeP95Ms: round1(baselineSummary.p95),
      rps: Math.round(summary.count / concurrent.seconds),
      errors: solo.errors + concurrent.errors + baseline.errors,
      partialIndex: usesIndex,
      indexOnlyScan: indexOnly,
      users: counts.users,
      notifications: counts.all,
      unread: counts.unread,
      concurrency: CONCURRENCY,
    }),
  );
}

runBench(main);
