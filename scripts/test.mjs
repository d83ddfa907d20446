#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
// Lint, types, build, API contract drift, unit tests (jest + vitest), API tests against a real
// PostgreSQL (migration drift included), browser tests in Chromium against the built product.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const STEPS = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'node', ['scripts/build.mjs']],
  ['API contract', 'node', ['scripts/generate-api-contract.mjs', '--check']],
  ['unit tests (api, libs)', 'npx', ['jest', '--ci', '--selectProjects', 'unit']],
  ['unit tests (portal)', 'npx', ['vitest', 'run', '--config', 'apps/portal/vite.config.mts']],
  ['API tests', 'npx', ['jest', '--ci', '--selectProjects', 'api']],
  ['browser tests', 'npx', ['jest', '--ci', '--selectProjects', 'browser', '--runInBand']],
];

const totals = { passed: 0, failed: 0 };

/** Adds up the closing counts of jest ("Tests: 1 failed, 30 passed, 31 total") and vitest ("Tests  12 passed (12)"). */
function count(output) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const line of clean.split('\n').filter((l) => /^\s*Tests:?\s/.test(l))) {
    totals.passed += Number(line.match(/(\d+) passed/)?.[1] ?? 0);
    totals.failed += Number(line.match(/(\d+) failed/)?.[1] ?? 0);
  }
}

function run([name, command, args]) {
  return new Promise((resolve) => {
    console.log(`\n── ${name} ──`);
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('close', (code) => {
      count(output);
      console.log(
        `── ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      resolve(code === 0);
    });
  });
}

let ok = true;
for (const step of STEPS) {
  if (!(await run(step))) {
    ok = false;
    console.error(`\nnpm test stopped: ${step[0]} failed.`);
    break;
  }
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
