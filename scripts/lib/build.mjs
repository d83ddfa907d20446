// Builds the API and the portal when their output is missing or older than their sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const IGNORED = new Set(['node_modules', 'dist', '.git']);

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (!IGNORED.has(entry)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function oldestOutput(files) {
  return Math.min(...files.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
}

const targets = (root) =>
  [
    {
      name: 'api',
      script: 'build:api',
      sources: [
        'apps/api/src',
        'libs',
        'apps/api/tsconfig.app.json',
        'tsconfig.json',
        'package.json',
      ],
      outputs: ['dist/apps/api/src/main.js'],
    },
    {
      name: 'portal',
      script: 'build:portal',
      sources: ['apps/portal', 'libs', 'package.json'],
      outputs: ['dist/portal/index.html'],
    },
  ].map((target) => ({
    ...target,
    sources: target.sources.map((p) => path.join(root, p)),
    outputs: target.outputs.map((p) => path.join(root, p)),
  }));

/** Runs `npm run build:<name>` for each stale target (or only those named); returns the names built. */
export function buildIfNeeded(root, log = console.log, only = undefined) {
  const built = [];
  for (const target of targets(root).filter((t) => !only || only.includes(t.name))) {
    const sourcesChanged = Math.max(...target.sources.map(newestMtime));
    if (oldestOutput(target.outputs) >= sourcesChanged) continue;
    log(`Building the ${target.name} (its sources changed since the last build)…`);
    runScript(root, target.script);
    built.push(target.name);
  }
  return built;
}

/**
 * Runs `npm run <script>` in the repository, showing its output; throws when it fails. Always a
 * production build, whoever asks: jest sets NODE_ENV=test, which Vite would otherwise keep, and
 * build a portal without what only production builds have (the service worker's registration).
 */
function runScript(root, script) {
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0)
    throw new Error(`npm run ${script} failed (exit code ${result.status}).`);
}
