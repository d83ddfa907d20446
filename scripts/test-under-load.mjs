#!/usr/bin/env node
// `npm run test:under-load`: `npm test` while another process keeps one CPU core fully busy, as
// on a shared CI machine. Prints npm test's own step times and the whole run's time; exits with
// npm test's code. The busy process is this script's child and is stopped by its pid at the end.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
const stopBusy = () => {
  if (busy.exitCode === null && busy.signalCode === null) busy.kill('SIGKILL');
};
process.once('SIGINT', () => (stopBusy(), process.exit(130)));
process.once('SIGTERM', () => (stopBusy(), process.exit(143)));
console.log(`A busy loop (pid ${busy.pid}) keeps one core fully busy while npm test runs.`);

const started = Date.now();
const test = spawn(process.execPath, [path.join(root, 'scripts/test.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
const code = await new Promise((resolve) => test.once('close', (exit) => resolve(exit ?? 1)));
stopBusy();
console.log(
  `\nnpm test under load: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s with one core busy.`,
);
process.exit(code);
