#!/usr/bin/env node
// `npm run bench:abuse`: floods the built API (on a fresh PostgreSQL, embedded unless DATABASE_URL
// names an empty database) with hostile JSON bodies of about 1 MB each, sent without signing in
// to POST /api/auth/login: ~500,000 nested arrays, ~250,000 nested objects, and bodies full of
// lone-surrogate escapes, sent from a child process. While the flood runs, this process probes
// GET /api/health one request after the other; the same probes run before the flood, on the idle API. Prints /api/health
// latency (p50, p99, max) without and during the flood, and the statuses the flood got. Every
// loop is bounded: a fixed number of flood requests, a fixed number of idle probes, a 30 s
// timeout per request. Everything targets 127.0.0.1. Asserts nothing; the last line is JSON.
//   --requests N     hostile requests in the flood (default 48)
//   --concurrency N  of them in flight at once (default 16)
//   --probes N       /api/health probes on the idle API (default 200)
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import {
  argument,
  latencySummary,
  ms,
  round1,
  runBench,
  startApi,
  startDatabase,
} from './lib/bench-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REQUESTS = argument('--requests', 48);
const CONCURRENCY = argument('--concurrency', 16);
const PROBES = argument('--probes', 200);
/** An upper bound on probes during the flood, whatever happens to the flood. */
const MAX_FLOOD_PROBES = 100_000;
const TIMEOUT_MS = 30_000;
const BODY_BYTES = 1_000_000;

/** The hostile bodies, each about BODY_BYTES long, taken in turn. */
function hostileBodies() {
  const prefix = '{"email":';
  const suffix = ',"password":"x"}';
  const room = BODY_BYTES - prefix.length - suffix.length;
  const arrays = Math.floor(room / 2);
  const objects = Math.floor(room / 6); // {"a":  …  }
  const surrogates = Math.floor((room - 2) / 6);
  return [
    ['nested arrays', `${prefix}${'['.repeat(arrays)}${']'.repeat(arrays)}${suffix}`],
    ['nested objects', `${prefix}${'{"a":'.repeat(objects)}1${'}'.repeat(objects)}${suffix}`],
    ['lone surrogates', `${prefix}"${'\\ud800'.repeat(surrogates)}"${suffix}`],
  ].map(([kind, text]) => ({ kind, body: Buffer.from(text) }));
}

/** Milliseconds one GET /api/health takes, or the timeout when it does not answer in time. */
async function probeHealth(url) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.arrayBuffer();
  } catch {
    return TIMEOUT_MS;
  }
  return performance.now() - started;
}

async function probeSequentially(url, count) {
  const samples = [];
  for (let i = 0; i < count; i += 1) samples.push(await probeHealth(url));
  return samples;
}

/**
 * Sends REQUESTS hostile bodies, CONCURRENCY at a time; resolves with the statuses counted.
 * Runs in a child process (see `floodFromChild`), so that sending does not delay the probes.
 */
async function flood(url) {
  const bodies = hostileBodies();
  const statuses = {};
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const { kind, body } = bodies[next % bodies.length];
      next += 1;
      let status;
      try {
        const response = await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await response.arrayBuffer();
        status = String(response.status);
      } catch (error) {
        status = error.name === 'TimeoutError' ? 'timeout' : 'failed';
      }
      const key = `${kind}: ${status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, REQUESTS) }, worker));
  return statuses;
}

/** Runs `flood` in a child process of this script; resolves with its statuses. */
function floodFromChild(url) {
  const child = fork(
    fileURLToPath(import.meta.url),
    ['--flood', url, '--requests', String(REQUESTS), '--concurrency', String(CONCURRENCY)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`The flood process exited (${code})`)));
  });
}

async function main(cleanup) {
  // The API serves the portal, so it needs both built to start.
  buildIfNeeded(root, (line) => console.log(line));
  const { databaseUrl } = await startDatabase(cleanup, 'abuse');
  const api = await startApi(root, databaseUrl);
  cleanup.add(() => api.stop());
  if (!api.url.startsWith('http://127.0.0.1:')) throw new Error('The bench only targets 127.0.0.1');

  await probeSequentially(api.url, 20); // warm-up
  const idle = latencySummary(await probeSequentially(api.url, PROBES));

  let flooding = true;
  const duringSamples = [];
  const prober = (async () => {
    while (flooding && duringSamples.length < MAX_FLOOD_PROBES) {
      duringSamples.push(await probeHealth(api.url));
    }
  })();
  const started = performance.now();
  const statuses = await floodFromChild(api.url);
  const floodSeconds = (performance.now() - started) / 1000;
  flooding = false;
  await prober;
  const during = latencySummary(duringSamples);

  console.log(
    `\nHostile flood: ${REQUESTS} requests of ~1 MB, ${CONCURRENCY} at a time, took ${floodSeconds.toFixed(1)} s`,
  );
  for (const [key, count] of Object.entries(statuses).sort()) console.log(`  ${key} × ${count}`);
  console.log('\nGET /api/health latency (ms)   count      p50      p99      max');
  for (const [label, figures] of [
    ['without the flood', idle],
    ['during the flood', during],
  ]) {
    console.log(
      `  ${label.padEnd(28)}${String(figures.count).padStart(6)}${ms(figures.p50).padStart(9)}${ms(figures.p99).padStart(9)}${ms(figures.max).padStart(9)}`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'abuse',
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      floodSeconds: round1(floodSeconds),
      statuses,
      healthIdle: { p50: round1(idle.p50), p99: round1(idle.p99), max: round1(idle.max) },
      healthDuringFlood: {
        count: during.count,
        p50: round1(during.p50),
        p99: round1(during.p99),
        max: round1(during.max),
      },
    }),
  );
}

const floodAt = process.argv.indexOf('--flood');
if (floodAt > 0) {
  const url = process.argv[floodAt + 1];
  if (!url.startsWith('http://127.0.0.1:')) throw new Error('The bench only targets 127.0.0.1');
  process.send(await flood(url));
  process.disconnect();
} else {
  await runBench(main);
}
