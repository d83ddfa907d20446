#!/usr/bin/env node
// `npm run bench:leaderboard`: times the leaderboards of the built API on a fresh PostgreSQL
// (embedded unless DATABASE_URL names an empty database) holding the data set of `npm run
// seed:load` (apps/api/src/data-generator: 10,000 people, 10 million click events by default).
// After loading, a share of the enrolled people choose to be shown on leaderboards, the bench
// administrator joins the programme (shown, in the biggest department, so that every figure of
// theirs is worked out), and everyone's points are recounted from the facts with the recount
// the API runs (apps/api/src/points: recountPoints). Then, signed in as that administrator, one
// person alone (sequential requests on one keep-alive connection) loads
// GET /api/leaderboards?period=month and quarter and GET /api/me/standing for each recognition
// period: warm-up requests, then timed ones. Prints p50/p95/max per request, the worst p95 of
// the leaderboards and of the standing, and the recount's time. Asserts nothing. Target: p95
// under 100 ms for each. The last line is one JSON object.
//   --users N, --items N, --shares N, --clicks N, --months N, --seed N
//                  the data set, as for seed:load (for a quick run: --clicks 200000)
//   --shown N      percent of the enrolled people shown on leaderboards (default 30)
//   --warmup N     untimed requests per address (default 3)
//   --requests N   timed requests per address (default 40)
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import {
  argument,
  BENCH_ADMIN,
  latencySummary,
  ms,
  round1,
  runBench,
  signIn,
  startChorus,
  timedGet,
} from './lib/bench-support.mjs';
import { builtGenerator } from './lib/built.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SHOWN_PERCENT = argument('--shown', 30);
const WARMUP = argument('--warmup', 3);
const REQUESTS = argument('--requests', 40);
const TARGET_P95_MS = 100;

const ADDRESSES = [
  ['leaderboard', 'month', '/api/leaderboards?period=month'],
  ['leaderboard', 'quarter', '/api/leaderboards?period=quarter'],
  ['standing', 'month', '/api/me/standing?period=month'],
  ['standing', 'quarter', '/api/me/standing?period=quarter'],
  ['standing', 'last-28-days', '/api/me/standing?period=last-28-days'],
  ['standing', 'year', '/api/me/standing?period=year'],
  ['standing', 'all', '/api/me/standing?period=all'],
];

/** The recount the API runs, as built: it takes a pg client as well as a TypeORM manager. */
const builtRecount = () =>
  require(path.join(root, 'dist/apps/api/src/points/recount.repository.js'));

/**
 * Shows SHOWN_PERCENT of the enrolled people (a stable choice by id), and enrolls the bench
 * administrator, shown, in the department with the most enrolled people. Returns the counts.
 */
async function chooseWhoIsShown(client) {
  const { rowCount: shown } = await client.query(
    `UPDATE enrollments SET leaderboard_since = enrolled_at
      WHERE abs(hashtext(user_id::text)) % 100 < $1`,
    [SHOWN_PERCENT],
  );
  const { rows } = await client.query(
    `SELECT u.department_id AS id, count(*)::int AS members
       FROM enrollments e JOIN users u ON u.id = e.user_id
      WHERE u.department_id IS NOT NULL
      GROUP BY u.department_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const { rows: enrolled } = await client.query(`SELECT count(*)::int AS n FROM enrollments`);
  await client.query(`UPDATE users SET department_id = $2 WHERE email = $1`, [
    BENCH_ADMIN.email,
    rows[0]?.id ?? null,
  ]);
  await client.query(
    `INSERT INTO enrollments (user_id, enrolled_at, leaderboard_since)
     SELECT id, now(), now() FROM users WHERE email = $1`,
    [BENCH_ADMIN.email],
  );
  return { enrolled: enrolled[0].n, shown, biggestDepartment: rows[0]?.members ?? 0 };
}

/** Everyone's points from their facts; nobody is left stale for the API to recount. */
async function recountEveryone(client, log) {
  const { recountPoints, peopleWithFacts } = builtRecount();
  const started = performance.now();
  const people = await peopleWithFacts(client);
  const result = await recountPoints(client, people);
  await client.query(`DELETE FROM points_stale`);
  await client.query(`VACUUM ANALYZE point_awards, point_months, enrollments`);
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await client.query(
    `SELECT count(*)::int AS months, coalesce(sum(points), 0)::int AS points FROM point_months`,
  );
  log(
    `Recounted ${result.people.toLocaleString('en-US')} people: ${result.awards.toLocaleString('en-US')} awards, ` +
      `${rows[0].months.toLocaleString('en-US')} point_months rows, ${rows[0].points.toLocaleString('en-US')} points, in ${seconds.toFixed(1)} s`,
  );
  return { seconds, people: result.people, awards: result.awards, months: rows[0].months };
}

/** WARMUP untimed then REQUESTS timed sequential GETs of `url`; latencies of the 200s, errors. */
async function measure(agent, url, cookie) {
  const result = { samples: [], errors: 0, firstError: undefined };
  for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
    let response;
    try {
      response = await timedGet(agent, url, { cookie });
    } catch (error) {
      response = { status: 'no answer', body: Buffer.from(error.message) };
    }
    if (response.status !== 200) {
      result.errors += 1;
      result.firstError ??= `${response.status} ${response.body.toString().slice(0, 160)}`;
    } else if (i >= WARMUP) {
      result.samples.push(response.ms);
    }
  }
  return result;
}

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const { loadData, loadOptionsFromArgs, LOAD_DEFAULTS } = builtGenerator();
  const options = loadOptionsFromArgs(process.argv);
  const { api, client, description } = await startChorus(root, cleanup);
  console.log(description);
  const loaded = await loadData(client, options, (line) => console.log(`[load] ${line}`));
  const people = await chooseWhoIsShown(client);
  console.log(
    `${people.shown.toLocaleString('en-US')} of ${people.enrolled.toLocaleString('en-US')} ` +
      `enrolled people shown on leaderboards (${SHOWN_PERCENT} %); the bench administrator ` +
      `joined, shown, in a department of ${people.biggestDepartment.toLocaleString('en-US')}`,
  );
  const recount = await recountEveryone(client, (line) => console.log(`[recount] ${line}`));

  const cookie = await signIn(api.url, BENCH_ADMIN);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  cleanup.add(() => agent.destroy());
  console.log(
    `\n${ADDRESSES.length} addresses, each ${WARMUP} warm-up then ${REQUESTS} timed requests, ` +
      `one at a time; latencies in ms\n`,
  );
  console.log(
    `${'request'.padEnd(14)} ${'period'.padEnd(14)} ${'timed'.padStart(5)} ${'p50'.padStart(7)} ` +
      `${'p95'.padStart(7)} ${'max'.padStart(7)} ${'errors'.padStart(6)}`,
  );
  const results = [];
  for (const [request, period, address] of ADDRESSES) {
    const measured = await measure(agent, new URL(address, api.url), cookie);
    const summary = latencySummary(measured.samples);
    results.push({ request, period, ...measured, summary });
    console.log(
      `${request.padEnd(14)} ${period.padEnd(14)} ${String(measured.samples.length).padStart(5)} ` +
        `${ms(summary.p50).padStart(7)} ${ms(summary.p95).padStart(7)} ${ms(summary.max).padStart(7)} ` +
        `${String(measured.errors).padStart(6)}`,
    );
  }
  report(results, loaded, people, recount, options, LOAD_DEFAULTS);
}

/** The errors, the worst p95 of each request, the target, and the JSON line. */
function report(results, loaded, people, recount, options, defaults) {
  const failed = results.filter((r) => r.errors > 0);
  for (const r of failed) console.log(`${r.request}, ${r.period}: first error ${r.firstError}`);
  const errors = failed.reduce((sum, r) => sum + r.errors, 0);
  const worst = (request) =>
    Math.max(...results.filter((r) => r.request === request).map((r) => r.summary.p95));
  const leaderboardP95 = worst('leaderboard');
  const standingP95 = worst('standing');
  const met = errors === 0 && leaderboardP95 < TARGET_P95_MS && standingP95 < TARGET_P95_MS;
  const clicks = loaded.counts.clicks;
  const scale =
    clicks === defaults.clicks && options.users === defaults.users
      ? ''
      : ` (this run: ${options.users.toLocaleString('en-US')} people, ${clicks.toLocaleString('en-US')} clicks)`;
  console.log(
    `\nWorst p95: leaderboard ${ms(leaderboardP95)} ms, standing ${ms(standingP95)} ms; ` +
      `${errors} requests failed`,
  );
  console.log(
    `Target: p95 under ${TARGET_P95_MS} ms at 10,000 people and 10 million click events${scale}: ` +
      `${met ? 'met' : 'not met'}.`,
  );
  console.log(
    JSON.stringify({
      leaderboardP95Ms: round1(leaderboardP95),
      standingP95Ms: round1(standingP95),
      p95MsByRequest: Object.fromEntries(
        results.map((r) => [`${r.request} ${r.period}`, round1(r.summary.p95)]),
      ),
      p50MsByRequest: Object.fromEntries(
        results.map((r) => [`${r.request} ${r.period}`, round1(r.summary.p50)]),
      ),
      errors,
      latencyTargetMet: met,
      enrolled: people.enrolled,
      shown: people.shown,
      pointMonths: recount.months,
      pointAwards: recount.awards,
      recountSeconds: round1(recount.seconds),
      users: options.users,
      clicks,
      loadSeconds: round1(loaded.seconds),
      seed: options.seed,
    }),
  );
}

runBench(main);
