#!/usr/bin/env node
// `npm test`: every check CI runs, stopping after the first stage with a failure.
// Lint, types, build; the API contract drift, unit tests (jest + vitest) and the production
// runtime (the Docker image's runtime stage without Docker); API tests against a real PostgreSQL
// (migration drift included) beside browser tests in Chromium against the built product.
// The steps of a stage do not depend on each other and run at once; each step's output is
// printed whole when it ends, so that the steps' lines do not interleave.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Jest leaves a core free by default; the API tests wait on PostgreSQL as much as they compute.
const EVERY_CORE = ['--maxWorkers=100%'];

const STAGES = [
  [
    ['lint', 'npm', ['run', '--silent', 'lint']],
    ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
    ['build', 'node', ['scripts/build.mjs']],
  ],
  [
    ['API contract', 'node', ['scripts/generate-api-contract.mjs', '--check']],
    ['unit tests (api, libs)', 'npx', ['jest', '--ci', '--selectProjects', 'unit', ...EVERY_CORE]],
    ['unit tests (portal)', 'npx', ['vitest', 'run', '--config', 'apps/portal/vite.config.mts']],
    ['production runtime', 'node', ['scripts/check-runtime.mjs']],
  ],
  [
    ['API tests', 'npx', ['jest', '--ci', '--selectProjects', 'api', ...EVERY_CORE]],
    ['browser tests', 'npx', ['jest', '--ci', '--selectProjects', 'browser', '--runInBand']],
  ],
];

const totals = { passed: 0, failed: 0 };
const timings = [];

/** Adds up the closing counts of jest ("Tests: 1 failed, 30 passed, 31 total") and vitest ("Tests  12 passed (12)"). */
function count(output) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const line of clean.split('\n').filter((l) => /^\s*Tests:?\s/.test(l))) {
    totals.passed += Number(line.match(/(\d+) passed/)?.[1] ?? 0);
    totals.failed += Number(line.match(/(\d+) failed/)?.[1] ?? 0);
  }
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      count(output);
      timings.push([name, seconds(started), code === 0]);
      console.log(`\n── ${name} ──\n${output.trimEnd()}`);
      console.log(`── ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${seconds(started)} s)`);
      resolve(code === 0);
    });
  });
}

const started = Date.now();
let ok = true;
for (const stage of STAGES) {
  console.log(`\n── running: ${stage.map(([name]) => name).join(', ')} ──`);
  const results = await Promise.all(stage.map(run));
  if (results.includes(false)) {
    ok = false;
    const failed = stage.filter((_, index) => !results[index]).map(([name]) => name);
    console.error(`\nnpm test stopped: ${failed.join(', ')} failed.`);
    break;
  }
}
console.log(`\n── times ──`);
for (const [name, time, passed] of timings) {
  console.log(`${`${name}${passed ? '' : ' (failed)'}`.padEnd(32)} ${time.padStart(7)} s`);
}
console.log(`${'npm test'.padEnd(32)} ${seconds(started).padStart(7)} s`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
