// What the benchmarks (bench-*.mjs) share: command-line numbers, percentiles, a database for one
// run, the built API in a child process, sign-in, timed requests and their table, and clean-up
// that also runs on Ctrl-C. Their data comes from the data generator (lib/built.mjs).
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { apiHeapOptions } from './api-heap.mjs';
import { findFreePort, PostgresServer } from './postgres-server.mjs';

/** `--name N` from the command line, or `fallback`. */
export function argument(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** `--name` given on the command line. */
export const flag = (name) => process.argv.includes(name);

/** Nearest-rank percentile (0-100) of numbers already sorted ascending. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  return percentile(Float64Array.from(values).sort(), 50);
}

/** Latency figures (ms) of one set of samples. */
export function latencySummary(samples) {
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

export const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-');
export const round1 = (value) => Math.round(value * 10) / 10;

/**
 * Clean-up steps, run last-in first-out once: at the end of `main` and on Ctrl-C or SIGTERM
 * (PostgreSQL runs in its own process group, so a Ctrl-C does not reach it by itself).
 */
export class Cleanup {
  constructor() {
    this.steps = [];
    this.done = undefined;
    this.onSignal = (signal) => {
      console.error(`\n${signal}: cleaning up…`);
      this.run().finally(() => process.exit(130));
    };
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  add(step) {
    this.steps.push(step);
  }

  run() {
    this.done ??= (async () => {
      while (this.steps.length > 0) {
        const step = this.steps.pop();
        try {
          await step();
        } catch (error) {
          console.error(`Clean-up step failed: ${error.message}`);
        }
      }
      process.off('SIGINT', this.onSignal);
      process.off('SIGTERM', this.onSignal);
    })();
    return this.done;
  }
}

/**
 * Runs a bench's `main(cleanup)`: the clean-up steps it adds run once it ends, fails or is
 * interrupted (Ctrl-C, SIGTERM); then an error is printed and the exit code set to 1.
 */
export function runBench(main) {
  const cleanup = new Cleanup();
  const run = async () => {
    try {
      await main(cleanup);
    } finally {
      await cleanup.run();
    }
  };
  return run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/**
 * A database for this run: DATABASE_URL when set (it should name an empty database), otherwise
 * a fresh embedded PostgreSQL in a temporary folder, removed at clean-up.
 */
export async function startDatabase(cleanup, name = 'bench') {
  if (process.env.DATABASE_URL) return { databaseUrl: process.env.DATABASE_URL, embedded: false };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-bench-'));
  cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }));
  const postgres = new PostgresServer({ dataDir });
  cleanup.add(() => postgres.stop());
  await postgres.start();
  await postgres.createDatabase(name);
  return { databaseUrl: postgres.url(name), embedded: true, pid: postgres.process.pid };
}

/** utime + stime of a process in seconds, from /proc (Linux); 0 when it is gone. */
function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

/**
 * CPU seconds used so far by a process and its children (e.g. the PostgreSQL server and its
 * backends). Undefined where /proc is missing. Children that exited in between are not counted.
 */
export function treeCpuSeconds(pid) {
  if (pid === undefined || !existsSync('/proc/self/stat')) return undefined;
  let total = processCpuSeconds(pid);
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry) && parentOf(Number(entry)) === pid) {
      total += processCpuSeconds(Number(entry));
    }
  }
  return total;
}

/** CPU seconds this process used so far. */
export const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The secret the API started by `startApi` signs session tokens with. */
export const BENCH_SESSION_SECRET = 'bench-secret-that-is-long-enough-for-hs256';

export const BENCH_ADMIN = { email: 'bench-admin@chorus.test', password: 'bench-admin-password' };

/**
 * Forks the built API (it migrates the schema at start) and resolves when it listens. `execArgv`
 * are Node options for it (e.g. `--cpu-prof`, which NODE_OPTIONS does not allow); `execPath` another
 * Node.js to run it on; `stdout: 'pipe'` to read its log (`api.stdout`). `stop()` sends SIGTERM and resolves with the exit code once it has exited
 * (after flushing what it buffers).
 */
export async function startApi(
  root,
  databaseUrl,
  { execArgv = [], env = {}, execPath = process.execPath, stdout = 'ignore' } = {},
) {
  const port = await findFreePort();
  // Its own click journal: a throwaway database's clicks must never reach a real one. Removed
  // when the API has exited.
  const journalDir = mkdtempSync(path.join(tmpdir(), 'chorus-bench-journal-'));
  const api = fork(path.join(root, 'dist/apps/api/src/main.js'), [], {
    // As `npm start` runs it, with the options given after.
    execArgv: [...apiHeapOptions(), ...execArgv],
    execPath,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHORUS_DEMO: 'false',
      CHORUS_ADMIN_EMAIL: BENCH_ADMIN.email,
      CHORUS_ADMIN_PASSWORD: BENCH_ADMIN.password,
      CHORUS_SESSION_SECRET: BENCH_SESSION_SECRET,
      LOG_LEVEL: 'warn',
      CHORUS_CLICK_JOURNAL_DIR: journalDir,
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) =>
    api.once('exit', (code, signal) => {
      rmSync(journalDir, { recursive: true, force: true });
      resolve(code ?? signal);
    }),
  );
  await new Promise((resolve, reject) => {
    api.once('message', resolve);
    exited.then((code) => reject(new Error(`The API exited during start-up (${code})`)));
  });
  let stopped;
  const stop = () => {
    stopped ??=
      api.exitCode !== null || api.signalCode !== null ? exited : (api.kill('SIGTERM'), exited);
    return stopped;
  };
  return { api, pid: api.pid, url: `http://127.0.0.1:${port}`, port, stop };
}

/**
 * Chorus for one run: a database (`startDatabase`), the built API on it (`startApi` with the
 * `api` options) and a pg client of the bench's own, each stopped at clean-up. `description`
 * says which API runs on which PostgreSQL, for the bench's first lines.
 */
export async function startChorus(root, cleanup, { database = 'bench', api: apiOptions } = {}) {
  const { databaseUrl, embedded, pid: databasePid } = await startDatabase(cleanup, database);
  const api = await startApi(root, databaseUrl, apiOptions);
  cleanup.add(() => api.stop());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  cleanup.add(() => client.end());
  const description =
    `Chorus (pid ${api.pid}) at ${api.url} on ` +
    `${embedded ? 'an embedded' : 'the given'} PostgreSQL`;
  return { api, client, databaseUrl, databasePid, embedded, description };
}

/** Signs in; resolves with the Cookie header value (session and XSRF cookies). */
export async function signIn(url, credentials) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`Sign-in of ${credentials.email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/**
 * One GET on a keep-alive `agent` with `headers` (e.g. the session's cookie); resolves with the
 * status, the body (a Buffer) and the milliseconds taken.
 */
export function timedGet(agent, url, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
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
    });
    request.on('error', reject);
  });
}

/**
 * The table a load bench prints, one row a phase: its header, and the row of a phase's figures
 * (`{ all: latencies in ms, errors, seconds }`), the label column `width` characters wide.
 */
export function phaseTable(width) {
  const header =
    `${'phase'.padEnd(width)} ${'requests'.padStart(8)} ${'req/s'.padStart(7)} ` +
    `${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ` +
    `${'errors'.padStart(6)}`;
  const row = (label, phase) => {
    const s = latencySummary(phase.all);
    return (
      `${label.padEnd(width)} ${String(s.count).padStart(8)} ` +
      `${(s.count / phase.seconds).toFixed(0).padStart(7)} ${ms(s.p50).padStart(7)} ` +
      `${ms(s.p95).padStart(7)} ${ms(s.p99).padStart(7)} ${ms(s.max).padStart(7)} ` +
      `${String(phase.errors).padStart(6)}`
    );
  };
  return { header, row };
}

/**
 * Where Chorus spent its CPU between `from` and `to` (process.hrtime.bigint() values, which share
 * V8's monotonic clock): the functions with the most self time, and the inclusive time of a few
 * frames of interest (regular expressions matched against "function file:line").
 */
export function summariseProfile(file, from, to, { root, interesting = [] }) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${url.replace(`file://${root}/`, '').replace(/^.*node_modules\//, '')}:${lineNumber + 1}`
      : '';
    const name = functionName || '(anonymous)';
    return `${name.length > 90 ? `${name.slice(0, 90)}…` : name} ${where}`.trim();
  };
  const self = new Map();
  const inclusive = new Map();
  let time = profile.startTime;
  let counted = 0;
  let idle = 0;
  const fromUs = Number(from / 1000n);
  const toUs = Number(to / 1000n);
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i];
    if (time < fromUs || time > toUs) continue;
    const node = byId.get(profile.samples[i]);
    if (node.callFrame.functionName === '(idle)') {
      idle += 1;
      continue;
    }
    counted += 1;
    const name = label(node);
    self.set(name, (self.get(name) ?? 0) + 1);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = label(byId.get(id));
      if (seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + 1);
    }
  }
  const share = (count) => `${((100 * count) / Math.max(1, counted)).toFixed(1).padStart(5)}%`;
  console.log(
    `\nChorus CPU profile while measured: ${counted} busy samples, ${idle} idle ` +
      `(${((100 * idle) / Math.max(1, idle + counted)).toFixed(0)}% idle). Top self time:`,
  );
  for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${share(count)}  ${name}`);
  }
  console.log('Inclusive time of frames of interest (self + callees):');
  for (const pattern of interesting) {
    const matches = [...inclusive].filter(([name]) => pattern.test(name));
    const total = matches.reduce((max, [, count]) => Math.max(max, count), 0);
    const anyOf = matches.reduce((sum, [, count]) => sum + count, 0);
    if (matches.length === 0) {
      console.log(`  ${share(0)}  ${pattern.source} (no samples)`);
    } else if (matches.length === 1) {
      console.log(`  ${share(total)}  ${matches[0][0]}`);
    } else {
      console.log(
        `  ${share(total)}  ${pattern.source} (largest of ${matches.length} frames; their sum ${share(anyOf).trim()})`,
      );
    }
  }
}
