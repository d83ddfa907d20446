#!/usr/bin/env node
// `npm run bench:redirect`: measures tracked links (GET /r/{code}, answered by Node's HTTP server
// before fastify) of the built API on a fresh PostgreSQL (embedded unless DATABASE_URL names an
// empty database) holding 10,000 shares, against a bare node:http server that answers 302 from
// an in-memory Map of the same codes and the same Location headers. Each server runs in its own
// child process and is loaded on its own, one after the other (2 cores), by autocannon in this
// process: 50 connections, a 3 s warm-up, then 10 s measured, spread over 1,000 of the codes, 90%
// browser and 10% link-preview User-Agents. Then Chorus gets SIGTERM (it writes its click
// buffer as it stops) and the click_events rows are counted: every 3xx response Chorus gave
// (probes, warm-up and measured run) must be a row. Prints figures; asserts nothing.
// Target: Chorus at least 0.45 of the bare server's req/s, p99 under 15 ms, no click lost.
// The last line is one JSON object.
//   --signed-in P    P% of browser requests carry a Chorus session cookie (default 0): half of
//                    them the sharer's own (recorded as self), half a colleague's (a click)
//   --shares N       shares seeded (default 10000); --codes N of them loaded (default 1000)
//   --connections N  autocannon connections (default 50)
//   --duration S     measured seconds per server (default 10); --warmup S (default 3)
//   --profile        run Chorus with --cpu-prof and print where its CPU went while measured
import { fork } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildIfNeeded } from './lib/build.mjs';
import { builtCore, builtGenerator } from './lib/built.mjs';
import {
  argument,
  BENCH_SESSION_SECRET,
  flag,
  latencySummary,
  ms,
  ownCpuSeconds,
  round1,
  runBench,
  startChorus,
  summariseProfile,
  treeCpuSeconds,
} from './lib/bench-support.mjs';
import { findFreePort } from './lib/postgres-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARES = argument('--shares', 10_000);
const CODES = argument('--codes', 1_000);
const CONNECTIONS = argument('--connections', 50);
const DURATION = argument('--duration', 10);
const WARMUP = argument('--warmup', 3);
const PROFILE = flag('--profile');
const SIGNED_IN = argument('--signed-in', 0) / 100;
const TARGET = { ratio: 0.45, p99Ms: 15 };

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 [LinkedInApp]/9.30.1690',
];
const CRAWLERS = [
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Twitterbot/1.0',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
];
/** The bare server: a child process answering 302 from a Map it gets over IPC. */
function runBareServer() {
  process.once('message', ({ locations, port }) => {
    const targets = new Map(locations);
    const server = http.createServer((request, response) => {
      const url = request.url ?? '';
      const end = url.indexOf('?');
      const location = url.startsWith('/r/')
        ? targets.get(url.slice(3, end === -1 ? undefined : end))
        : undefined;
      if (location === undefined) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(302, {
        Location: location,
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
      });
      response.end();
    });
    server.listen(port, '127.0.0.1', () => process.send({ type: 'ready' }));
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
  });
  process.once('disconnect', () => process.exit(0));
}

async function startBareServer(locations) {
  const port = await findFreePort();
  const child = fork(fileURLToPath(import.meta.url), ['--bare-server'], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ locations: [...locations], port });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    exited.then((code) => reject(new Error(`The bare server exited (${code})`)));
  });
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    stop: () => (child.exitCode === null ? (child.kill('SIGTERM'), exited) : exited),
  };
}

/**
 * The Location Chorus answers for each code, computed with Chorus's own compiled functions
 * (utmTagsFor, withUtm, contentSlug), so that both servers send the same bytes.
 */
async function locationsOf(client, codes) {
  const require = createRequire(import.meta.url);
  const { utmTagsFor, withUtm } = require(path.join(root, 'dist/libs/core/src/utm.js'));
  const { contentSlug } = require(path.join(root, 'dist/apps/api/src/tracking/content-slug.js'));
  const { rows } = await client.query(
    `SELECT share.code, share.network, item.url, item.title, campaign.slug AS campaign
       FROM shares share JOIN content_items item ON item.id = share.item_id
       LEFT JOIN campaigns campaign ON campaign.id = item.campaign_id
      WHERE share.code = ANY($1::text[])`,
    [codes],
  );
  return new Map(
    rows.map((row) => [
      row.code,
      withUtm(
        row.url,
        utmTagsFor({
          network: row.network,
          campaignSlug: row.campaign,
          contentSlug: contentSlug(row.title, row.url),
          code: row.code,
        }),
      ),
    ]),
  );
}

/** One plain request; resolves with status and headers. */
function probe(url, userAgent) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'user-agent': userAgent } }, (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers }),
        );
      })
      .on('error', reject);
  });
}

/**
 * Session cookies for each code, as sign-in sets them: the sharer's own and a colleague's
 * (`--signed-in`); empty when none are asked for.
 */
async function sessionCookiesOf(client, codes) {
  if (SIGNED_IN === 0) return new Map();
  const { rows } = await client.query(
    'SELECT code, user_id FROM shares WHERE code = ANY($1::text[])',
    [codes],
  );
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  // An HS256 JSON Web Token (RFC 7519), as the API signs it.
  const token = (userId) => {
    const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: userId, sid: randomUUID(), iat: now, exp: now + 900 })}`;
    return `${unsigned}.${createHmac('sha256', BENCH_SESSION_SECRET).update(unsigned).digest('base64url')}`;
  };
  const cookie = (userId) => `XSRF-TOKEN=${randomUUID()}; chorus_session=${token(userId)}`;
  return new Map(
    rows.map((row) => [row.code, { own: cookie(row.user_id), colleague: cookie(randomUUID()) }]),
  );
}

/**
 * autocannon against `url` for `seconds`: random codes of `codes`, 90% browsers, 10% preview
 * crawlers; `--signed-in` of the browsers send a session cookie of `cookies`. Latencies come
 * from each response (in ms, not rounded as autocannon's histogram is).
 */
function load(url, codes, seconds, seed, meters, cookies) {
  const random = builtCore().seededRandom(seed);
  const latencies = [];
  const cpuBefore = meters();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const code = codes[Math.floor(random() * codes.length)];
              request.path = `/r/${code}`;
              const crawler = random() < 0.1;
              const userAgent = crawler
                ? CRAWLERS[Math.floor(random() * CRAWLERS.length)]
                : BROWSERS[Math.floor(random() * BROWSERS.length)];
              request.headers = { 'user-agent': userAgent, accept: 'text/html' };
              const session = !crawler && random() < SIGNED_IN ? cookies.get(code) : undefined;
              if (session)
                request.headers.cookie = random() < 0.5 ? session.own : session.colleague;
              return request;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const cpuAfter = meters();
        const summary = latencySummary(latencies);
        resolve({
          seconds: result.duration,
          answered: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'],
          redirects: result['3xx'],
          sent: result.requests.sent,
          errors: result.errors,
          timeouts: result.timeouts,
          other: result.non2xx - result['3xx'],
          rps: summary.count / result.duration,
          latency: summary,
          cpu: {
            server: cpuAfter.server - cpuBefore.server,
            db: cpuAfter.db - cpuBefore.db,
            bench: cpuAfter.bench - cpuBefore.bench,
          },
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

function row(label, r) {
  const perThousand = (seconds) => ((seconds * 1e6) / Math.max(1, r.answered)).toFixed(0);
  return (
    `${label.padEnd(26)} ${String(r.answered).padStart(8)} ${r.rps.toFixed(0).padStart(7)}` +
    ` ${ms(r.latency.p50).padStart(6)} ${ms(r.latency.p99).padStart(6)} ${ms(r.latency.max).padStart(7)}` +
    ` ${String(r.errors + r.other).padStart(6)}   server ${perThousand(r.cpu.server)} ms` +
    (r.cpu.db ? `, PostgreSQL ${perThousand(r.cpu.db)} ms` : '') +
    `, autocannon ${perThousand(r.cpu.bench)} ms`
  );
}

/** Frames whose inclusive time the profile summary prints. */
const PROFILE_FRAMES = [
  /^handle .*tracked-link-handler/,
  /^answer .*tracked-link-handler/,
  /^classifyVisit /,
  /^holds .*session-holder/,
  /^claimedHolder /,
  /jsonwebtoken\/verify\.js/,
  /^hash .*visitor-hasher/,
  /^utcDay /,
  /^clientAddress /,
  /^record .*click-writer/,
  /^insert .*click-writer/,
  /^cached .*link-resolver/,
  /^resolve .*link-resolver/,
  /^writeHead /,
  /^end .*_http_outgoing/,
  /^writeLatin1String/,
  /fastify/,
  /pino/,
  /typeorm/,
  /\(garbage collector\)/,
];

async function main(cleanup) {
  buildIfNeeded(root, (line) => console.log(line));
  const profileDir = PROFILE ? mkdtempSync(path.join(tmpdir(), 'chorus-profile-')) : undefined;
  if (profileDir) cleanup.add(() => rmSync(profileDir, { recursive: true, force: true }));
  const { api, client, databasePid, description } = await startChorus(root, cleanup, {
    api: { execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
  });

  // Sharers, campaigns, live items and the shares (apps/api/src/data-generator).
  const codes = await builtGenerator().seedRedirectBench(client, {
    seed: 20261124,
    shares: SHARES,
  });
  const loaded = codes.slice(0, CODES);
  const locations = await locationsOf(client, loaded);
  const cookies = await sessionCookiesOf(client, loaded);
  const bare = await startBareServer(locations);
  cleanup.add(() => bare.stop());
  console.log(
    `${description} ` +
      `with ${SHARES} shares; bare server (pid ${bare.pid}) at ${bare.url}; ` +
      `loading ${loaded.length} codes with ${CONNECTIONS} connections` +
      (SIGNED_IN > 0
        ? `; ${SIGNED_IN * 100}% of browsers signed in (half of them the sharer)`
        : ''),
  );

  // Probes: both answer the same redirect, and /r/ never reaches fastify (whose onRequest hook
  // sets x-request-id on every response, and helmet its security headers).
  const chorusProbe = await probe(`${api.url}/r/${loaded[0]}`, BROWSERS[0]);
  const bareProbe = await probe(`${bare.url}/r/${loaded[0]}`, BROWSERS[0]);
  const apiProbe = await probe(`${api.url}/api/health`, BROWSERS[0]);
  const fastifyHeaders = ['x-request-id', 'x-content-type-options', 'content-security-policy'];
  const reachedFastify = fastifyHeaders.filter((name) => name in chorusProbe.headers);
  console.log(
    `Probe: Chorus ${chorusProbe.status}, bare ${bareProbe.status}, same Location: ` +
      `${chorusProbe.headers.location === bareProbe.headers.location ? 'yes' : 'NO'}; ` +
      `/r/ reached fastify: ${reachedFastify.length ? `YES (${reachedFastify.join(', ')})` : 'no'} ` +
      `(/api/health carries ${fastifyHeaders.filter((name) => name in apiProbe.headers).join(', ')})`,
  );
  const probesServed = chorusProbe.status >= 300 && chorusProbe.status < 400 ? 1 : 0;

  const chorusMeters = () => ({
    server: treeCpuSeconds(api.pid) ?? 0,
    db: treeCpuSeconds(databasePid) ?? 0,
    bench: ownCpuSeconds(),
  });
  const bareMeters = () => ({
    server: treeCpuSeconds(bare.pid) ?? 0,
    db: 0,
    bench: ownCpuSeconds(),
  });

  console.log(
    `\n${WARMUP} s warm-up, then ${DURATION} s measured, per server; latencies in ms, CPU per 1,000 responses\n`,
  );
  console.log(
    `${'run'.padEnd(26)} ${'answered'.padStart(8)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ` +
      `${'p99'.padStart(6)} ${'max'.padStart(7)} ${'errors'.padStart(6)}   CPU`,
  );
  const bareWarmup = await load(bare.url, loaded, WARMUP, 1, bareMeters, cookies);
  console.log(row('bare node:http, warm-up', bareWarmup));
  const bareRun = await load(bare.url, loaded, DURATION, 2, bareMeters, cookies);
  console.log(row('bare node:http', bareRun));
  await bare.stop();

  const chorusWarmup = await load(api.url, loaded, WARMUP, 3, chorusMeters, cookies);
  console.log(row('Chorus, warm-up', chorusWarmup));
  const measuredFrom = process.hrtime.bigint();
  const chorusRun = await load(api.url, loaded, DURATION, 4, chorusMeters, cookies);
  const measuredTo = process.hrtime.bigint();
  console.log(row('Chorus', chorusRun));

  const stopped = performance.now();
  const exitCode = await api.stop();
  const stopSeconds = (performance.now() - stopped) / 1000;
  const { rows } = await client.query(
    `SELECT kind::text, count(*)::int AS count FROM click_events GROUP BY kind ORDER BY kind`,
  );
  const persisted = rows.reduce((sum, r) => sum + r.count, 0);
  const served = probesServed + chorusWarmup.redirects + chorusRun.redirects;
  const sent = probesServed + chorusWarmup.sent + chorusRun.sent;
  const ratio = chorusRun.rps / bareRun.rps;
  const cpuUs = (run, who = 'server') => (run.cpu[who] * 1e6) / Math.max(1, run.answered);
  const cpuRatio = cpuUs(bareRun) / cpuUs(chorusRun);

  console.log(
    `\nChorus / bare: ${ratio.toFixed(2)} of the bare server's req/s ` +
      `(${chorusRun.rps.toFixed(0)} / ${bareRun.rps.toFixed(0)}); Chorus p99 ${ms(chorusRun.latency.p99)} ms`,
  );
  console.log(
    `CPU per response: Chorus ${cpuUs(chorusRun).toFixed(1)} µs, bare ${cpuUs(bareRun).toFixed(1)} µs ` +
      `(bare / Chorus ${cpuRatio.toFixed(2)}); autocannon ${cpuUs(bareRun, 'bench').toFixed(1)} µs ` +
      'per response: on 2 cores the load generator needs about one of them, so req/s of a fast ' +
      'server is capped by it and the req/s ratio understates the difference; CPU per response does not.',
  );
  console.log(
    `Clicks: served ${served} redirects (${probesServed} probe + ${chorusWarmup.redirects} warm-up + ` +
      `${chorusRun.redirects} measured), persisted ${persisted} click_events rows ` +
      `(${rows.map((r) => `${r.kind} ${r.count}`).join(', ')}) after SIGTERM ` +
      `(exit ${exitCode} after ${stopSeconds.toFixed(1)} s): lost = served - persisted = ${served - persisted}`,
  );
  console.log(
    `  autocannon sent ${sent} requests; ${sent - served} were unanswered when it stopped its ` +
      'connections at the end of each run: Chorus may have recorded those too, so persisted can ' +
      `exceed served by up to that many; a click lost shows as lost > 0.`,
  );
  console.log(
    `Target: ratio >= ${TARGET.ratio} (${ratio >= TARGET.ratio ? 'met' : 'not met'}), ` +
      `p99 < ${TARGET.p99Ms} ms (${chorusRun.latency.p99 < TARGET.p99Ms ? 'met' : 'not met'}), ` +
      `no click lost (${served - persisted <= 0 ? 'met' : 'not met'}).`,
  );
  if (profileDir) {
    const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
    if (file)
      summariseProfile(path.join(profileDir, file), measuredFrom, measuredTo, {
        root,
        interesting: PROFILE_FRAMES,
      });
    else console.log('No CPU profile was written.');
  }
  console.log(
    JSON.stringify({
      chorusRps: Math.round(chorusRun.rps),
      baselineRps: Math.round(bareRun.rps),
      ratio: Math.round(ratio * 100) / 100,
      cpuRatio: Math.round(cpuRatio * 100) / 100,
      chorusCpuUsPerRequest: round1(cpuUs(chorusRun)),
      baselineCpuUsPerRequest: round1(cpuUs(bareRun)),
      p50Ms: round1(chorusRun.latency.p50),
      p99Ms: round1(chorusRun.latency.p99),
      baselineP99Ms: round1(bareRun.latency.p99),
      served,
      persisted,
      lost: served - persisted,
      sent,
      errors: chorusRun.errors + chorusRun.other + chorusWarmup.errors + chorusWarmup.other,
      connections: CONNECTIONS,
      durationS: DURATION,
      signedInPercent: SIGNED_IN * 100,
    }),
  );
}

if (process.argv.includes('--bare-server')) {
  runBareServer();
} else {
  runBench(main);
}
