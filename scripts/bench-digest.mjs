#!/usr/bin/env node
// `npm run bench:digest`: runs the digest job of the built API on a fresh PostgreSQL (embedded
// unless DATABASE_URL names an empty database) seeded like `npm run bench:feed` (10,000 people,
// 5,000 live items, 2,000 that are not live, 20,000 shares), with everyone enrolled and their
// digest due now (daily, at this hour, UTC). The job is started as the scheduler starts it (a
// job on its pg-boss queue, worked by the API process), and the bench waits for it to finish.
// Prints the time to choose, render and queue every digest (target under 60 s), the API
// process's peak RSS while it ran and the job's peak JavaScript heap, and how the queued mail
// is spread over the configured rate (MAIL_RATE_PER_MINUTE, default 60). Asserts nothing.
// The last line is one JSON object.
//   --users N        people (default 10000)
//   --items N        live items (default 5000); --not-live N others (default 2000)
//   --shares N       shares (default 20000)
//   --rate N         MAIL_RATE_PER_MINUTE for the API (default 60)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PgBoss } from 'pg-boss';
import { buildIfNeeded } from './lib/build.mjs';
import { builtGenerator } from './lib/built.mjs';
import { argument, round1, runBench, startChorus } from './lib/bench-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USERS = argument('--users', 10_000);
const LIVE_ITEMS = argument('--items', 5_000);
const NOT_LIVE_ITEMS = argument('--not-live', 2_000);
const SHARES = argument('--shares', 20_000);
const RATE = argument('--rate', 60);
const TARGET_SECONDS = 60;
const DIGEST_QUEUE = 'digest';

/** The API's resident set size now, in bytes, from /proc (Linux); 0 when unreadable. */
function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Resets the kernel's peak RSS of the process (VmHWM), so that it measures from now on. */
function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function peakRssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const mb = (bytes) => `${Math.round(bytes / 1_048_576)} MB`;

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const { api, client, databaseUrl, description } = await startChorus(root, cleanup, {
    api: { env: { MAIL_RATE_PER_MINUTE: String(RATE), LOG_LEVEL: 'info' }, stdout: 'pipe' },
  });
  let heapLine;
  createInterface({ input: api.api.stdout }).on('line', (line) => {
    if (line.includes('Digests: ')) heapLine = line;
  });
  console.log(description);
  const seedStarted = performance.now();
  const counts = await builtGenerator().seedFeedBench(client, {
    seed: 20261207,
    users: USERS,
    liveItems: LIVE_ITEMS,
    notLiveItems: NOT_LIVE_ITEMS,
    shares: SHARES,
    signedIn: 20,
    password: 'bench-person-password',
  });
  // Everyone enrolled, with their digest due this hour: daily, at the current hour, in UTC.
  const hour = new Date().getUTCHours();
  await client.query(
    `INSERT INTO enrollments (user_id) SELECT id FROM users WHERE status = 'active'
     ON CONFLICT DO NOTHING`,
  );
  await client.query(
    `INSERT INTO notification_preferences (user_id, digest_frequency, digest_hour, time_zone)
     SELECT user_id, 'daily', $1, 'UTC' FROM enrollments
     ON CONFLICT (user_id) DO UPDATE
       SET digest_frequency = 'daily', digest_hour = $1, time_zone = 'UTC'`,
    [hour],
  );
  const {
    rows: [{ enrolled }],
  } = await client.query('SELECT count(*)::int AS enrolled FROM enrollments');
  console.log(
    `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${counts.users} people ` +
      `(${enrolled} enrolled, digest due at ${String(hour).padStart(2, '0')}:00 UTC), ` +
      `${counts.items} items of which ${counts.live} live, ${counts.shares} shares`,
  );

  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 1 });
  boss.on('error', (error) => console.error(`pg-boss: ${error.message}`));
  await boss.start();
  cleanup.add(() => boss.stop({ graceful: false }));

  const measuredPeak = resetPeakRss(api.pid);
  let sampledPeak = rssBytes(api.pid);
  const rssBefore = sampledPeak;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, rssBytes(api.pid));
  }, 50);
  cleanup.add(() => clearInterval(sampler));

  const jobId = await boss.send(DIGEST_QUEUE, {});
  let job;
  for (;;) {
    job = await boss.getJobById(DIGEST_QUEUE, jobId);
    if (job && ['completed', 'failed', 'cancelled'].includes(job.state)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  clearInterval(sampler);
  if (job.state !== 'completed') {
    throw new Error(`The digest job ${job.state}: ${JSON.stringify(job.output)}`);
  }
  const seconds = (job.completedOn.getTime() - job.startedOn.getTime()) / 1000;
  const peakRss = measuredPeak ? peakRssBytes(api.pid) : sampledPeak;

  const {
    rows: [digests],
  } = await client.query(
    `SELECT count(*)::int AS count, coalesce(avg(cardinality(item_ids)), 0)::float8 AS items
       FROM digests`,
  );
  // As MailDeliveriesRepository.queuedSpan() reads it: when the queued mail is due to leave.
  const {
    rows: [span],
  } = await client.query(
    `SELECT count(*)::int AS "count", min("send_after") AS "first", max("send_after") AS "last"
       FROM "mail_deliveries" WHERE "status" = 'queued' AND "idempotency_key" LIKE 'digest:%'`,
  );
  const spreadMinutes = span.first ? (span.last - span.first) / 60_000 : 0;
  const heapPeak = Number(/heap peak (\d+) MB/.exec(heapLine ?? '')?.[1] ?? NaN);

  console.log(
    `\nDigest job: ${digests.count} digests chosen, rendered and queued in ${seconds.toFixed(1)} s ` +
      `(${round1(digests.count / seconds)} per second; ${round1(digests.items)} items each on average)`,
  );
  console.log(
    `API memory while it ran: peak RSS ${mb(peakRss)} (${mb(rssBefore)} before; ` +
      `${measuredPeak ? 'kernel high-water mark' : 'sampled every 50 ms'}), ` +
      `JavaScript heap peak ${Number.isFinite(heapPeak) ? `${heapPeak} MB` : 'not reported'}`,
  );
  console.log(
    `Sending: ${span.count} digests queued to leave from ${span.first?.toISOString()} to ` +
      `${span.last?.toISOString()}: ${round1(spreadMinutes)} minutes, ` +
      `${spreadMinutes > 0 ? round1((span.count - 1) / spreadMinutes) : '-'} per minute ` +
      `(MAIL_RATE_PER_MINUTE ${RATE})`,
  );
  console.log(
    `Target: every digest queued in under ${TARGET_SECONDS} s: ` +
      `${seconds < TARGET_SECONDS ? 'met' : 'not met'} (${seconds.toFixed(1)} s).`,
  );
  console.log(
    JSON.stringify({
      digests: digests.count,
      seconds: round1(seconds),
      peakRssMb: Math.round(peakRss / 1_048_576),
      heapPeakMb: Number.isFinite(heapPeak) ? heapPeak : null,
      queued: span.count,
      spreadMinutes: round1(spreadMinutes),
      ratePerMinute: RATE,
    }),
  );
}

runBench(main);
