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
//   --explain             also print EXPLAIN ANALYZE of the feed query (first and second page)
//   --profile             run Chorus with --cpu-prof and print where its CPU went in round 1's feed
//                         load
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { buildIfNeeded } from './lib/build.mjs';
import {
  argument,
  Cleanup,
  flag,
  latencySummary,
  median,
  ms,
  ownCpuSeconds,
  prng,
  randomCodes,
  round1,
  signIn,
  startApi,
  startDatabase,
  summariseProfile,
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

const DEPARTMENTS = ['Sales', 'Marketing', 'Engineering', 'Finance', 'People & Culture', 'Support'];
const LOCATIONS = ['Amsterdam', 'Copenhagen', 'Stockholm', 'Athens', 'Berlin', 'Paris'];
const TOPICS = [
  'Cloud',
  'Security',
  'Sustainability',
  'Hiring',
  'Culture',
  'Product',
  'Events',
  'Research',
  'Partners',
  'Customers',
  'Leadership',
  'Data',
];
// English more often than the others.
const USER_LANGUAGES = ['en', 'en', 'en', 'nl', 'de', 'fr', 'da', 'sv', 'el'];
const ITEM_LANGUAGES = ['en', 'nl', 'de', 'fr', 'da', 'sv', 'el'];
const KINDS = ['company_news', 'industry', 'event', 'job'];
const NETWORKS = ['linkedin', 'x', 'facebook', 'xing', 'bluesky'];

/**
 * Fills the migrated schema with bulk statements (generate_series, unnest), in one transaction.
 * People person1..personN@bench.test all have the password PASSWORD.
 */
async function seed(client) {
  const passwordHash = await argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const codes = randomCodes(prng(20261123), SHARES);
  const q = (sql, params) => client.query(sql, params);
  await q('BEGIN');
  await q('SELECT setseed(0.20261123)');
  await q(
    `INSERT INTO org_groups (kind, name, name_key)
     SELECT 'department'::group_kind, name, lower(name) FROM unnest($1::text[]) AS name
     UNION ALL
     SELECT 'location'::group_kind, name, lower(name) FROM unnest($2::text[]) AS name`,
    [DEPARTMENTS, LOCATIONS],
  );
  await q(
    `INSERT INTO topics (name, name_key) SELECT name, lower(name) FROM unnest($1::text[]) AS name`,
    [TOPICS],
  );
  // Departments and locations spread evenly; languages at random, English the most common.
  await q(
    `WITH department AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_groups WHERE kind = 'department'),
          location AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_groups WHERE kind = 'location')
     INSERT INTO users (email, name, roles, status, language, department_id, location_id, password_hash)
     SELECT 'person' || i || '@bench.test', 'Person ' || i, '{employee}', 'active',
            ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int],
            department.ids[1 + i % cardinality(department.ids)],
            location.ids[1 + (i / cardinality(department.ids)) % cardinality(location.ids)],
            $3
       FROM generate_series(1, $1::int) AS i, department, location`,
    [USERS, USER_LANGUAGES, passwordHash],
  );
  // Each person follows 0-3 distinct topics.
  await q(
    `WITH topic AS (SELECT array_agg(id ORDER BY name) AS ids FROM topics),
          person AS (SELECT id, floor(random() * 4)::int AS follows, floor(random() * 12)::int AS first
                       FROM users WHERE email LIKE '%@bench.test')
     INSERT INTO topic_follows (user_id, topic_id)
     SELECT person.id, topic.ids[1 + (person.first + k * 5) % cardinality(topic.ids)]
       FROM person, topic, generate_series(1, person.follows) AS k`,
  );
  // Live: approved, published in the last 60 days (5% at approval, publish_at empty), no expiry
  // or a future one. Then drafts and items in review, expired items, and scheduled ones.
  // 1 in 250 live items is pinned; 10% target one or two languages.
  const live = LIVE_ITEMS;
  const drafts = Math.round(NOT_LIVE_ITEMS * 0.35);
  const expired = Math.round(NOT_LIVE_ITEMS * 0.35);
  await q(
    `INSERT INTO content_items (url, kind, status, title, summary, site_name, language, pinned,
                                target_languages, publish_at, expires_at, approved_at, unfurl_state,
                                created_at)
     SELECT 'https://news.bench.test/articles/' || i || '-a-story-worth-sharing',
            (ARRAY['company_news', 'company_news', 'industry', 'industry', 'event', 'job'])
              [1 + floor(random() * 6)::int]::content_kind,
            CASE WHEN phase = 'draft' THEN (CASE WHEN i % 2 = 0 THEN 'draft' ELSE 'in_review' END)
                 ELSE 'approved' END::content_status,
            'Bench story ' || i || ': what our teams learned this quarter',
            repeat('A short summary of the story, as unfurled from the page. ', 3),
            'Bench News', ($3::text[])[1 + i % cardinality($3::text[])],
            phase = 'live' AND i % 250 = 0,
            CASE WHEN phase = 'live' AND random() < 0.10
                 THEN (ARRAY[($3::text[])[1 + floor(random() * cardinality($3::text[]))::int]]
                       || CASE WHEN random() < 0.5
                               THEN ARRAY[($3::text[])[1 + floor(random() * cardinality($3::text[]))::int]]
                               ELSE '{}'::text[] END)::varchar[]
                 ELSE '{}' END,
            CASE phase WHEN 'live' THEN (CASE WHEN random() < 0.05 THEN NULL ELSE at END)
                       WHEN 'expired' THEN at - interval '60 days'
                       WHEN 'scheduled' THEN now() + interval '1 day' + random() * interval '30 days'
                       ELSE NULL END,
            CASE phase WHEN 'live' THEN (CASE WHEN random() < 0.2 THEN now() + random() * interval '30 days' + interval '1 hour' END)
                       WHEN 'expired' THEN at
                       ELSE NULL END,
            CASE WHEN phase = 'draft' THEN NULL ELSE at - interval '2 hours' END,
            'done', at - interval '1 day'
       FROM (SELECT i,
                    CASE WHEN i <= $1 THEN 'live' WHEN i <= $1 + $2 THEN 'draft'
                         WHEN i <= $1 + $2 + $4 THEN 'expired' ELSE 'scheduled' END AS phase,
                    now() - random() * interval '60 days' AS at
               FROM generate_series(1, $1::int + $5::int) AS i) AS item`,
    [live, drafts, ITEM_LANGUAGES, expired, NOT_LIVE_ITEMS],
  );
  // 1-3 topics per item.
  await q(
    `WITH topic AS (SELECT array_agg(id ORDER BY name) AS ids FROM topics),
          item AS (SELECT id, floor(random() * 3)::int AS extra, floor(random() * 12)::int AS first
                     FROM content_items)
     INSERT INTO content_item_topics (item_id, topic_id)
     SELECT item.id, topic.ids[1 + (item.first + k * 5) % cardinality(topic.ids)]
       FROM item, topic, generate_series(0, item.extra) AS k`,
  );
  // ~30% of items for one or two departments, ~15% for one location.
  await q(
    `WITH department AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_groups WHERE kind = 'department'),
          location AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_groups WHERE kind = 'location'),
          item AS (SELECT id, random() AS for_departments, random() AS for_location,
                          floor(random() * 6)::int AS department, floor(random() * 2)::int AS extra,
                          floor(random() * 6)::int AS location
                     FROM content_items)
     INSERT INTO content_item_groups (item_id, group_id)
     SELECT item.id, department.ids[1 + (item.department + k) % cardinality(department.ids)]
       FROM item, department, generate_series(0, item.extra) AS k
      WHERE item.for_departments < 0.30
     UNION ALL
     SELECT item.id, location.ids[1 + item.location % cardinality(location.ids)]
       FROM item, location WHERE item.for_location < 0.15`,
  );
  // Shares by random people of random approved items; 10% of them by the people who sign in,
  // so that their feeds show what they already shared.
  await q(
    `WITH person AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE '%@bench.test'),
          signed_in AS (SELECT array_agg(id) AS ids FROM users WHERE email = ANY($3::text[])),
          item AS (SELECT array_agg(id) AS ids FROM content_items WHERE status = 'approved')
     INSERT INTO shares (user_id, item_id, network, text, code, created_at)
     SELECT CASE WHEN random() < 0.10
                 THEN signed_in.ids[1 + floor(random() * cardinality(signed_in.ids))::int]
                 ELSE person.ids[1 + floor(random() * cardinality(person.ids))::int] END,
            item.ids[1 + floor(random() * cardinality(item.ids))::int],
            ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int]::share_network,
            'Worth a read: what our teams learned this quarter', code,
            now() - random() * interval '30 days'
       FROM unnest($1::text[]) AS code, person, signed_in, item`,
    [codes, NETWORKS, signedInEmails()],
  );
  await q('COMMIT');
  await q('ANALYZE');
  const { rows } = await q(
    `SELECT (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM content_items WHERE status = 'approved'
                AND (publish_at IS NULL OR publish_at <= now())
                AND (expires_at IS NULL OR expires_at > now()))::int AS live,
            (SELECT count(*) FROM content_items)::int AS items,
            (SELECT count(*) FROM content_items WHERE pinned)::int AS pinned,
            (SELECT count(DISTINCT item_id) FROM content_item_groups)::int AS targeted,
            (SELECT count(*) FROM content_items WHERE cardinality(target_languages) > 0)::int AS by_language,
            (SELECT count(*) FROM topic_follows)::int AS follows,
            (SELECT count(*) FROM shares)::int AS shares`,
  );
  return rows[0];
}

const signedInEmails = () =>
  Array.from({ length: CONCURRENCY }, (_, i) => `person${i + 1}@bench.test`);

/** One GET on a keep-alive agent; resolves with status, body and milliseconds taken. */
function get(agent, url, cookie) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(
      url,
      { agent, headers: { cookie, accept: 'application/json' } },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            body: Buffer.concat(chunks),
            ms: performance.now() - started,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

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
          const response = await get(person.agent, target, person.cookie);
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

const header =
  `${'phase'.padEnd(34)} ${'requests'.padStart(8)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ` +
  `${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'errors'.padStart(6)}`;

function row(label, t) {
  const s = latencySummary(t.all);
  return (
    `${label.padEnd(34)} ${String(s.count).padStart(8)} ${(s.count / t.seconds).toFixed(0).padStart(7)}` +
    ` ${ms(s.p50).padStart(7)} ${ms(s.p95).padStart(7)} ${ms(s.p99).padStart(7)} ${ms(s.max).padStart(7)}` +
    ` ${String(t.errors).padStart(6)}`
  );
}

/**
 * EXPLAIN ANALYZE of the feed query exactly as the built API writes it: the compiled
 * FeedRepository is given a stand-in data source that captures the SQL instead of running it.
 */
async function explainFeed(client, userId, cursor) {
  const require = createRequire(import.meta.url);
  const { FeedRepository } = require(path.join(root, 'dist/apps/api/src/feed/feed.repository.js'));
  const { decodeCursor } = require(path.join(root, 'dist/apps/api/src/feed/feed-cursor.js'));
  let captured;
  const repository = new FeedRepository({
    query: async (sql, params) => {
      captured = { sql, params };
      return [];
    },
  });
  for (const [label, after] of [
    ['first page', undefined],
    ['second page', cursor ? decodeCursor(cursor) : undefined],
  ]) {
    if (label === 'second page' && !after) continue;
    await repository.page({ userId, limit: 21, after });
    // Once to warm the cache, then the plan of the second run.
    await client.query(`EXPLAIN ANALYZE ${captured.sql}`, captured.params);
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${captured.sql}`,
      captured.params,
    );
    console.log(
      `\nEXPLAIN (ANALYZE, BUFFERS) of the feed query, ${label}, for person1@bench.test:`,
    );
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

async function main() {
  buildIfNeeded(root, (line) => console.log(line), 'api');
  const cleanup = new Cleanup();
  try {
    const { databaseUrl, embedded, pid: databasePid } = await startDatabase(cleanup);
    const profileDir = PROFILE ? mkdtempSync(path.join(tmpdir(), 'chorus-profile-')) : undefined;
    if (profileDir) cleanup.add(() => rmSync(profileDir, { recursive: true, force: true }));
    const api = await startApi(root, databaseUrl, {
      execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    });
    cleanup.add(() => api.stop());
    cpuMeters = () => ({
      api: treeCpuSeconds(api.pid) ?? 0,
      db: treeCpuSeconds(databasePid) ?? 0,
      bench: ownCpuSeconds(),
    });
    console.log(
      `Chorus (pid ${api.pid}) at ${api.url} on ${embedded ? 'an embedded' : 'the given'} PostgreSQL`,
    );

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    cleanup.add(() => client.end());
    const seedStarted = performance.now();
    const counts = await seed(client);
    console.log(
      `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${counts.users} people ` +
        `(${counts.follows} topic follows), ${counts.items} items of which ${counts.live} live ` +
        `(${counts.pinned} pinned, ${counts.targeted} for some departments or locations, ` +
        `${counts.by_language} for some languages), ${counts.shares} shares`,
    );

    const people = [];
    for (const [i, email] of signedInEmails().entries()) {
      people.push({
        email,
        cookie: await signIn(api.url, { email, password: PASSWORD }),
        agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
        random: prng(1000 + i),
        cursor: undefined,
      });
    }
    cleanup.add(() => people.forEach((person) => person.agent.destroy()));
    const firstPage = JSON.parse(
      (await get(people[0].agent, `${api.url}/api/feed`, people[0].cookie)).body,
    );
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
      const { rows } = await client.query(
        `SELECT id FROM users WHERE email = 'person1@bench.test'`,
      );
      await explainFeed(client, rows[0].id, people[0].cursor);
    } else if (feedSummary.p95 >= TARGET_P95_MS) {
      console.log('Run with --explain to see the plan of the feed query.');
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
  } finally {
    await cleanup.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
