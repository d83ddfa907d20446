#!/usr/bin/env node
// `npm run bench:analytics`: times the analytics endpoints of the built API on a fresh
// PostgreSQL (embedded unless DATABASE_URL names an empty database) holding the data set of
// `npm run seed:load` (apps/api/src/data-generator; 10 million click events by default), loaded
// in this process after the API has started (and migrated, and created the bench administrator).
// Signed in as that administrator, one person alone (sequential requests on one keep-alive
// connection) loads each endpoint over five filter combinations: the last 28 days; the whole
// period; the last 90 days of one department; the last 90 days of LinkedIn shares of company
// news; the whole period of one campaign; and the breakdown by item over the whole period as a
// CSV download (printed apart: a download, not one of the endpoints the latency target is about).
// Each combination gets warm-up requests, then timed ones. Prints p50/p95/max per
// endpoint and combination, the worst p95 and the API's memory (resident now and peak, from
// /proc); non-200 answers are counted as errors and the first of each shown. Asserts nothing.
// Targets: p95 under 200 ms for every endpoint at 10 million click events; API resident memory
// under 300 MB. The API runs as `npm start` runs it (its heap capped: lib/api-heap.mjs). The last line is one JSON object.
//   --users N, --items N, --shares N, --clicks N, --months N, --seed N
//                  the data set, as for seed:load (for a quick run: --clicks 200000)
//   --warmup N     untimed requests per endpoint and combination (default 3)
//   --requests N   timed requests per endpoint and combination (default 20)
import { existsSync, readFileSync } from 'node:fs';
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
const WARMUP = argument('--warmup', 3);
const REQUESTS = argument('--requests', 20);
const TARGET_P95_MS = 200;
const TARGET_RSS_MB = 300;

const ENDPOINTS = [
  ['summary', '/api/analytics/summary'],
  ['timeseries by day', '/api/analytics/timeseries?interval=day'],
  ['timeseries by week', '/api/analytics/timeseries?interval=week'],
  ...['department', 'location', 'network', 'campaign', 'kind', 'item'].map((by) => [
    `breakdown by ${by}`,
    `/api/analytics/breakdown?by=${by}`,
  ]),
  ['advocates by clicks', '/api/analytics/advocates?rank=clicks&limit=10'],
  ['advocates by shares', '/api/analytics/advocates?rank=shares&limit=10'],
];

/** The date `days` after (or before) a YYYY-MM-DD date. */
const addDays = (day, days) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The biggest department of the data set and the campaign with the most shares. */
async function filterValues(client) {
  const { LOAD_DOMAIN } = builtGenerator();
  const { rows: departments } = await client.query(
    `SELECT g.id, g.name FROM users u JOIN org_groups g ON g.id = u.department_id
      WHERE u.email LIKE $1 GROUP BY g.id ORDER BY count(*) DESC LIMIT 1`,
    [`%@${LOAD_DOMAIN}`],
  );
  const { rows: campaigns } = await client.query(
    `SELECT c.id, c.name FROM campaigns c JOIN content_items i ON i.campaign_id = c.id
       LEFT JOIN shares s ON s.item_id = i.id
      GROUP BY c.id ORDER BY count(s.id) DESC LIMIT 1`,
  );
  return { department: departments[0], campaign: campaigns[0] };
}

/** The filter combinations timed, as [label, query parameters]. */
function combinations({ firstDay, lastDay }, { department, campaign }) {
  const last = (days) => ({ from: addDays(lastDay, 1 - days), to: lastDay });
  const whole = { from: firstDay, to: lastDay };
  return [
    ['last 28 days', last(28)],
    ['whole period', whole],
    [`90 days, ${department.name}`, { ...last(90), department: department.id }],
    ['90 days, linkedin, company_news', { ...last(90), network: 'linkedin', kind: 'company_news' }],
    [`whole period, ${campaign.name}`, { ...whole, campaign: campaign.id }],
  ];
}

/** WARMUP untimed then REQUESTS timed sequential GETs of `url`; latencies of the 200s, errors. */
async function measure(agent, url, cookie) {
  const result = { samples: [], errors: 0, firstError: undefined, bytes: 0 };
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
      result.bytes = response.body.length;
    }
  }
  return result;
}

/** Resident memory of a process in MB now and at its peak (VmRSS, VmHWM), from /proc. */
function memoryOf(pid) {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return { rss: NaN, peak: NaN };
  const status = readFileSync(file, 'utf8');
  const mb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

const header =
  `${'endpoint'.padEnd(26)} ${'filters'.padEnd(36)} ${'timed'.padStart(5)} ${'p50'.padStart(7)} ` +
  `${'p95'.padStart(7)} ${'max'.padStart(7)} ${'errors'.padStart(6)}`;

function row({ endpoint, filters, samples, errors, summary }) {
  return (
    `${endpoint.padEnd(26)} ${filters.padEnd(36)} ${String(samples.length).padStart(5)} ` +
    `${ms(summary.p50).padStart(7)} ${ms(summary.p95).padStart(7)} ${ms(summary.max).padStart(7)} ` +
    `${String(errors).padStart(6)}`
  );
}

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const { loadData, loadOptionsFromArgs } = builtGenerator();
  const options = loadOptionsFromArgs(process.argv);
  const { api, client, description } = await startChorus(root, cleanup);
  console.log(description);
  const loaded = await loadData(client, options, (line) => console.log(`[load] ${line}`));
  const values = await filterValues(client);

  const cookie = await signIn(api.url, BENCH_ADMIN);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  cleanup.add(() => agent.destroy());
  const filterSets = combinations(loaded, values);
  const cases = ENDPOINTS.flatMap(([endpoint, target]) =>
    filterSets.map(([filters, params]) => ({ endpoint, filters, target, params })),
  );
  // The largest export there is: every item with its networks, over the whole period. A
  // download, timed and printed, but not one of the endpoints the latency target is about.
  cases.push({
    endpoint: 'breakdown by item, CSV',
    filters: 'whole period',
    target: '/api/analytics/breakdown?by=item&format=csv',
    params: filterSets[1][1],
    download: true,
  });

  console.log(
    `\n${cases.length} endpoint and filter combinations, each ${WARMUP} warm-up then ` +
      `${REQUESTS} timed requests, one at a time; latencies in ms (days ${loaded.firstDay} to ` +
      `${loaded.lastDay}, ${loaded.timeZone})\n`,
  );
  console.log(header);
  const results = [];
  for (const { endpoint, filters, target, params, download = false } of cases) {
    const url = new URL(target, api.url);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    const measured = await measure(agent, url, cookie);
    const result = {
      endpoint,
      filters,
      download,
      ...measured,
      summary: latencySummary(measured.samples),
    };
    results.push(result);
    console.log(row(result));
  }
  report(results, loaded, api.pid, options);
}

/** The errors, the worst p95, the targets, and the JSON line. */
function report(results, loaded, apiPid, options) {
  const failed = results.filter((r) => r.errors > 0);
  for (const r of failed) console.log(`${r.endpoint}, ${r.filters}: first error ${r.firstError}`);
  const errors = failed.reduce((sum, r) => sum + r.errors, 0);
  const answered = results.filter((r) => r.samples.length > 0 && !r.download);
  const worst = answered.reduce((a, b) => (b.summary.p95 > (a?.summary.p95 ?? -1) ? b : a), null);
  const downloads = results.filter((r) => r.download && r.samples.length > 0);
  const memory = memoryOf(apiPid);
  const latencyMet = worst !== null && errors === 0 && worst.summary.p95 < TARGET_P95_MS;
  const memoryMet = memory.peak < TARGET_RSS_MB;
  const clicks = loaded.counts.clicks;
  console.log(
    `\nWorst p95: ${worst ? `${ms(worst.summary.p95)} ms (${worst.endpoint}, ${worst.filters})` : '-'}; ` +
      `${errors} of ${results.length * (WARMUP + REQUESTS)} requests failed`,
  );
  for (const r of downloads) {
    console.log(
      `Download, not part of the target: ${r.endpoint}, ${r.filters}: p95 ${ms(r.summary.p95)} ms ` +
        `for ${(r.bytes / 1e6).toFixed(1)} MB`,
    );
  }
  console.log(
    `API memory: resident ${ms(memory.rss)} MB now, ${ms(memory.peak)} MB at its peak (VmRSS, VmHWM)`,
  );
  const scale =
    clicks === builtGenerator().LOAD_DEFAULTS.clicks
      ? ''
      : ` (this run has ${clicks.toLocaleString('en-US')})`;
  console.log(
    `Target: p95 under ${TARGET_P95_MS} ms for every endpoint at 10 million click events${scale}: ` +
      `${latencyMet ? 'met' : 'not met'}.`,
  );
  console.log(
    `Target: API resident memory under ${TARGET_RSS_MB} MB: ${memoryMet ? 'met' : 'not met'}.`,
  );
  console.log(
    JSON.stringify({
      worstP95Ms: worst ? round1(worst.summary.p95) : null,
      worstCase: worst ? `${worst.endpoint}, ${worst.filters}` : null,
      worstP95MsByEndpoint: worstByEndpoint(answered),
      downloadP95Ms: Object.fromEntries(
        downloads.map((r) => [`${r.endpoint}, ${r.filters}`, round1(r.summary.p95)]),
      ),
      errors,
      latencyTargetMet: latencyMet,
      apiRssMb: round1(memory.rss),
      apiPeakRssMb: round1(memory.peak),
      memoryTargetMet: memoryMet,
      clicks,
      loadSeconds: round1(loaded.seconds),
      seed: options.seed,
    }),
  );
}

/** Each endpoint's worst p95 over its filter combinations, in ms. */
function worstByEndpoint(results) {
  const worst = {};
  for (const { endpoint, summary } of results) {
    worst[endpoint] = Math.max(worst[endpoint] ?? 0, round1(summary.p95));
  }
  return worst;
}

runBench(main);
