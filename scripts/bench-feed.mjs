#!/usr/bin/env node
// `npm run bench:feed`: measures GET /api/feed of the built API on a fresh PostgreSQL (embedded
// unless DATABASE_URL names an empty database) seeded with 10,000 people and 5,000 live items
// (plus 2,000 that are not live, and 20,000 shares), under 20 people reading their feeds at once.
// Each of the 20 loops is one signed-in person on one keep-alive connection: ~70% first pages,
// ~20% the page after their last first page (its cursor), ~10% filtered by kind. For comparison,
// the same 20 loops also load GET /api/me (signed in, one row), in alternating rounds in the same
// run. Prints figures; asserts nothing. Target: feed p95 under 50 ms at 20 concurrent people.
// The last line is one JSON object.
//   --users N             people (default 10000)
//   --items N             live items (default 5000); --not-live N others (default 2000)
//   --shares N            shares (default 20000)
//   --concurrency N       people loading at once (default 20)
//   --duration S          seconds of feed load in all, split over the rounds (default 15)
//   --baseline-duration S seconds of GET /api/me load in all (default 9)
//   --rounds N            alternating feed/baseline rounds (default 3)
//   --warmup N            feed requests before measuring (default 200)
//   --solo N              requests of each endpoint by one person alone, for the latency without
//                         queueing (default 100)
//   --explain             also print EXPLAIN ANALYZE of the queries a feed request makes
//   --profile             run Chorus with --cpu-prof and print where its CPU went in round 1's feed
//                         load
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import { builtCore, builtGenerator } from './lib/built.mjs';
import {
  argument,
  flag,
  latencySummary,
  median,
  ms,
  ownCpuSeconds,
  phaseTable,
  round1,
  runBench,
  signIn,
  startChorus,
  summariseProfile,
  timedGet,
  treeCpuSeconds,
} from './lib/bench-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USERS = argument('--users', 10_000);
const LIVE_ITEMS = argument('--items', 5_000);
const NOT_LIVE_ITEMS = argument('--not-live', 2_000);
const SHARES = argument('--shares', 20_000);
const CONCURRENCY = argument('--concurrency', 20);
const FEED_SECONDS = argument('--duration', 15);
const BASELINE_SECONDS = argument('--baseline-duration', 9);
const ROUNDS = argument('--rounds', 3);
const WARMUP = argument('--warmup', 200);
const SOLO = argument('--solo', 100);
const EXPLAIN = flag('--explain');
const PROFILE = flag('--profile');
const TARGET_P95_MS = 50;
const PASSWORD = 'bench-person-password';

const KINDS = ['company_news', 'industry', 'event', 'job'];

/** The data set (apps/api/src/data-generator/feed-bench-set.ts), from a seed of its own. */
const seed = (client) =>
  builtGenerator().seedFeedBench(client, {
    seed: 20261123,
    users: USERS,
    liveItems: LIVE_ITEMS,
    notLiveItems: NOT_LIVE_ITEMS,
    shares: SHARES,
    signedIn: CONCURRENCY,
    password: PASSWORD,
  });

const signedInEmails = () =>
  Array.from({ length: CONCURRENCY }, (_, i) => builtGenerator().feedBenchEmail(i + 1));

/** One GET as `person`, who wants JSON; resolves with status, body and milliseconds taken. */
const get = (person, url) =>
  timedGet(person.agent, url, { cookie: person.cookie, accept: 'application/json' });

/** A fresh tally of one phase: latencies by request shape, errors, seconds, CPU seconds used. */
const tally = () => ({
  first: [],
  second: [],
  filtered: [],
  all: [],
  errors: 0,
  seconds: 0,
  cpu: { api: 0, db: 0, bench: 0 },
});

/** CPU seconds used so far by the API, PostgreSQL (when embedded) and this process. */
let cpuMeters = () => ({ api: 0, db: 0, bench: ownCpuSeconds() });

/**
 * Loads `endpoint` ('feed' or 'me') with one loop per person until `seconds` pass or `requests`
 * requests were made in all, recording into `into`.
 */
async function load(url, people, endpoint, { seconds = Infinity, requests = Infinity }, into) {
  const started = performance.now();
  const cpuBefore = cpuMeters();
  const until = started + seconds * 1000;
  let made = 0;
  await Promise.all(
    people.map(async (person) => {
      while (performance.now() < until && made < requests) {
        made += 1;
        let shape = 'first';
        let target = `${url}/api/me`;
        if (endpoint === 'feed') {
          const r = person.random();
          if (r < 0.7 || !person.cursor) target = `${url}/api/feed`;
          else if (r < 0.9) {
            shape = 'second';
            target = `${url}/api/feed?cursor=${encodeURIComponent(person.cursor)}`;
          } else {
            shape = 'filtered';
            target = `${url}/api/feed?kind=${KINDS[Math.floor(person.random() * KINDS.length)]}`;
          }
        }
        try {
          const response = await get(person, target);
          if (response.status !== 200) {
            into.errors += 1;
            into.firstError ??= `${response.status} ${response.body.toString().slice(0, 200)}`;
            continue;
          }
          into[shape].push(response.ms);
          into.all.push(response.ms);
          if (endpoint === 'feed' && shape === 'first') {
            person.cursor = JSON.parse(response.body).nextCursor ?? person.cursor;
          }
        } catch (error) {
          into.errors += 1;
          into.firstError ??= error.message;
        }
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
  const cpuAfter = cpuMeters();
  for (const key of Object.keys(into.cpu)) into.cpu[key] += cpuAfter[key] - cpuBefore[key];
  return into;
}

function merge(tallies) {
  const all = tally();
  for (const t of tallies) {
    for (const key of ['first', 'second', 'filtered', 'all']) all[key] = all[key].concat(t[key]);
    all.errors += t.errors;
    all.firstError ??= t.firstError;
    all.seconds += t.seconds;
    for (const key of Object.keys(all.cpu)) all.cpu[key] += t.cpu[key];
  }
  return all;
}

/** CPU milliseconds per request in each process, e.g. "API 9.1, PostgreSQL 14.0, load 1.2". */
function cpuPerRequest(t, embedded) {
  const per = (seconds) => ((seconds * 1000) / t.all.length).toFixed(1);
  return (
    `API ${per(t.cpu.api)}` +
    (embedded ? `, PostgreSQL ${per(t.cpu.db)}` : '') +
    `, load generator ${per(t.cpu.bench)}`
  );
}

const { header, row } = phaseTable(34);

/**
 * EXPLAIN ANALYZE of the queries a feed request makes, exactly as the built API writes them: the
 * person's audience, and what they shared of the items on their first page. (The pages
 * themselves come from the catalogue each replica keeps in memory, read again only when the
 * content changes.) The compiled FeedRepository is given a stand-in data source that captures
 * the SQL instead of running it.
 */
async function explainFeed(client, userId, itemIds) {
  const require = createRequire(import.meta.url);
  const { FeedRepository } = require(path.join(root, 'dist/apps/api/src/feed/feed.repository.js'));
  let captured;
  const repository = new FeedRepository({
    query: async (sql, params) => {
      captured = { sql, params };
      return [];
    },
  });
  for (const [label, capture] of [
    ['the audience', () => repository.audienceOf(userId)],
    ['what was shared of the first page', () => repository.sharedNetworks(userId, itemIds)],
  ]) {
    await capture();
    // Once to warm the cache, then the plan of the second run.
    await client.query(`EXPLAIN ANALYZE ${captured.sql}`, captured.params);
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${captured.sql}`,
      captured.params,
    );
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of ${label}, for ${signedInEmails()[0]}:`);
    for (const line of rows) console.log(`  ${line['QUERY PLAN']}`);
  }
}

/** Frames whose inclusive time the profile summary prints. */
const PROFILE_FRAMES = [
  /^page .*feed\.controller/,
  /^page .*feed\.service/,
  /^audienceOf /,
  /^sharedNetworks /,
  /^feedPage /,
  /^resolve .*sessions\.service/,
  /^validate .*jwt\.strategy/,
  /^canActivate /,
  /^transform .*validation\.pipe/,
  /^serialize|^serializ/,
  /pino/,
  /typeorm/,
  /\/pg\//,
  /\(garbage collector\)/,
];

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const profileDir = PROFILE ? mkdtempSync(path.join(tmpdir(), 'chorus-profile-')) : undefined;
  if (profileDir) cleanup.add(() => rmSync(profileDir, { recursive: true, force: true }));
  const { api, client, databasePid, embedded, description } = await startChorus(root, cleanup, {
    api: { execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
  });
  cpuMeters = () => ({
    api: treeCpuSeconds(api.pid) ?? 0,
    db: treeCpuSeconds(databasePid) ?? 0,
    bench: ownCpuSeconds(),
  });
  console.log(description);

  const seedStarted = performance.now();
  const counts = await seed(client);
  console.log(
    `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${counts.users} people ` +
      `(${counts.follows} topic follows), ${counts.items} items of which ${counts.live} live ` +
      `(${counts.pinned} pinned, ${counts.targeted} for some departments or locations, ` +
      `${counts.byLanguage} for some languages), ${counts.shares} shares`,
  );

  const people = [];
  for (const [i, email] of signedInEmails().entries()) {
    people.push({
      email,
      cookie: await signIn(api.url, { email, password: PASSWORD }),
      agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
      random: builtCore().seededRandom(1000 + i),
      cursor: undefined,
    });
  }
  cleanup.add(() => people.forEach((person) => person.agent.destroy()));
  const firstPage = JSON.parse((await get(people[0], `${api.url}/api/feed`)).body);
  console.log(
    `Signed in ${people.length} people. person1's first page: ${firstPage.items.length} items ` +
      `(${firstPage.items.filter((item) => item.pinned).length} pinned, ` +
      `${firstPage.items.filter((item) => item.followed).length} on followed topics, ` +
      `${firstPage.items.filter((item) => item.sharedOn.length > 0).length} already shared)`,
  );

  await load(api.url, people, 'feed', { requests: WARMUP }, tally());
  await load(api.url, people, 'me', { requests: Math.ceil(WARMUP / 2) }, tally());

  console.log(
    `\nOne person alone (${SOLO} requests each; the latency without queueing), latencies in ms\n`,
  );
  console.log(header);
  const soloFeed = await load(api.url, people.slice(0, 1), 'feed', { requests: SOLO }, tally());
  console.log(row('1 person: GET /api/feed', soloFeed));
  const soloMe = await load(api.url, people.slice(0, 1), 'me', { requests: SOLO }, tally());
  console.log(row('1 person: GET /api/me', soloMe));

  console.log(
    `\n${CONCURRENCY} concurrent loops, ${ROUNDS} rounds of ${round1(FEED_SECONDS / ROUNDS)} s feed ` +
      `then ${round1(BASELINE_SECONDS / ROUNDS)} s GET /api/me; latencies in ms\n`,
  );
  console.log(header);
  const feedRounds = [];
  const baselineRounds = [];
  let profiled;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const from = process.hrtime.bigint();
    const feed = await load(api.url, people, 'feed', { seconds: FEED_SECONDS / ROUNDS }, tally());
    profiled ??= { from, to: process.hrtime.bigint() };
    console.log(row(`round ${round}: GET /api/feed`, feed));
    const me = await load(api.url, people, 'me', { seconds: BASELINE_SECONDS / ROUNDS }, tally());
    console.log(row(`round ${round}: GET /api/me (baseline)`, me));
    feedRounds.push(feed);
    baselineRounds.push(me);
  }
  const feed = merge(feedRounds);
  const baseline = merge(baselineRounds);
  console.log('');
  console.log(row('all rounds: GET /api/feed', feed));
  for (const shape of ['first', 'second', 'filtered']) {
    console.log(
      row(
        `  of which ${{ first: 'first pages', second: 'second pages (cursor)', filtered: 'filtered (?kind=)' }[shape]}`,
        {
          all: feed[shape],
          errors: 0,
          seconds: feed.seconds,
        },
      ),
    );
  }
  console.log(row('all rounds: GET /api/me (baseline)', baseline));
  for (const [name, t] of [
    ['feed', feed],
    ['baseline', baseline],
  ]) {
    if (t.firstError) console.log(`First ${name} error: ${t.firstError}`);
  }
  console.log(
    `\nCPU ms per request (2 cores: 2,000 ms per second in all): feed: ${cpuPerRequest(feed, embedded)}; ` +
      `baseline: ${cpuPerRequest(baseline, embedded)}`,
  );

  const feedSummary = latencySummary(feed.all);
  const baselineSummary = latencySummary(baseline.all);
  const roundP95 = feedRounds.map((t) => latencySummary(t.all).p95);
  console.log(
    `\nfeed p95 / baseline p95: ${(feedSummary.p95 / baselineSummary.p95).toFixed(1)}x ` +
      `(feed p95 by round: ${roundP95.map(ms).join(', ')}; median ${ms(median(roundP95))} ms)`,
  );
  console.log(
    `Target: p95 under ${TARGET_P95_MS} ms at ${CONCURRENCY} concurrent people: ` +
      `${feedSummary.p95 < TARGET_P95_MS ? 'met' : 'not met'} (${ms(feedSummary.p95)} ms).`,
  );
  if (EXPLAIN) {
    const { rows } = await client.query('SELECT id FROM users WHERE email = $1', [
      signedInEmails()[0],
    ]);
    await explainFeed(
      client,
      rows[0].id,
      firstPage.items.map((item) => item.id),
    );
  } else if (feedSummary.p95 >= TARGET_P95_MS) {
    console.log("Run with --explain to see the plans of the feed's queries.");
  }
  if (profileDir) {
    await api.stop();
    const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
    if (file) {
      summariseProfile(path.join(profileDir, file), profiled.from, profiled.to, {
        root,
        interesting: PROFILE_FRAMES,
      });
    }
  }
  console.log(
    JSON.stringify({
      feedP95Ms: round1(feedSummary.p95),
      feedP50Ms: round1(feedSummary.p50),
      feedP99Ms: round1(feedSummary.p99),
      feedRps: Math.round(feedSummary.count / feed.seconds),
      feedErrors: feed.errors,
      baselineP95Ms: round1(baselineSummary.p95),
      baselineRps: Math.round(baselineSummary.count / baseline.seconds),
      soloFeedP50Ms: round1(latencySummary(soloFeed.all).p50),
      apiCpuMsPerFeed: round1((feed.cpu.api * 1000) / feed.all.length),
      ...(embedded ? { dbCpuMsPerFeed: round1((feed.cpu.db * 1000) / feed.all.length) } : {}),
      users: counts.users,
      liveItems: counts.live,
      concurrency: CONCURRENCY,
    }),
  );
}

runBench(main);
