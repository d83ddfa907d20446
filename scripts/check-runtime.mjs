#!/usr/bin/env node
// `npm run check:runtime`: the Docker image's runtime stage, checked without a Docker engine.
// Installs the production dependencies alone into a scratch folder exactly as docker/Dockerfile's
// runtime stage does (`npm ci --omit=dev` from the committed lock), copies the
// built `dist/` beside them, and starts `dist/apps/api/src/main.js` there on the Node.js version
// the image uses (its `NODE_VERSION`, from the npm registry's node-<platform>-<arch> package)
// against a fresh PostgreSQL (embedded unless DATABASE_URL names an empty database). Passes when
// `/api/health` is healthy, the portal is served and the first administrator can sign in (argon2's
// native module loads). Needs `npm run build` first (npm test builds before this step).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ADMIN, Cleanup, signIn, startApi, startDatabase } from './lib/bench-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Node.js version of the image: `ARG NODE_VERSION=…` in docker/Dockerfile, its one source. */
function imageNodeVersion() {
  const dockerfile = readFileSync(path.join(root, 'docker/Dockerfile'), 'utf8');
  const version = dockerfile.match(/^ARG NODE_VERSION=(\d+\.\d+\.\d+)\s*$/m)?.[1];
  if (!version) throw new Error('docker/Dockerfile has no "ARG NODE_VERSION=x.y.z" line.');
  return version;
}

function npm(args, cwd) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status}).`);
  }
}

/**
 * The image's Node.js binary, installed once per version into a folder of its own under the
 * system's temporary folder (kept for the next run). Falls back to the running Node.js, saying
 * so, where npm has no package for this platform.
 */
function nodeBinary(version) {
  const name = `node-${platform()}-${arch()}`;
  const folder = path.join(tmpdir(), 'chorus-runtime-node', `${name}-${version}`);
  const binary = path.join(folder, 'node_modules', name, 'bin', 'node');
  if (existsSync(binary)) return binary;
  try {
    mkdirSync(folder, { recursive: true });
    // A package.json of its own, or npm would install into the nearest project above.
    writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n');
    npm(['install', '--no-audit', '--no-fund', `${name}@${version}`], folder);
  } catch (error) {
    console.warn(`Could not install Node.js ${version} (${name}): ${error.message}`);
    console.warn(`Checking with this machine's Node.js ${process.version} instead.`);
    return process.execPath;
  }
  return binary;
}

async function expectOk(url, what, check = () => true) {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok || !check(body, response)) {
    throw new Error(`${what}: ${url} answered ${response.status}: ${body.slice(0, 300)}`);
  }
}

async function main() {
  const dist = path.join(root, 'dist/apps/api/src/main.js');
  if (!existsSync(dist) || !existsSync(path.join(root, 'dist/portal/index.html'))) {
    throw new Error('Nothing is built: run `npm run build` first.');
  }
  const started = Date.now();
  const cleanup = new Cleanup();
  try {
    const version = imageNodeVersion();
    const scratch = mkdtempSync(path.join(tmpdir(), 'chorus-runtime-'));
    cleanup.add(() => rmSync(scratch, { recursive: true, force: true }));

    console.log('Installing the production dependencies alone (npm ci --omit=dev)…');
    cpSync(path.join(root, 'package.json'), path.join(scratch, 'package.json'));
    cpSync(path.join(root, 'package-lock.json'), path.join(scratch, 'package-lock.json'));
    npm(['ci', '--omit=dev', '--no-audit', '--no-fund'], scratch);
    cpSync(path.join(root, 'dist'), path.join(scratch, 'dist'), { recursive: true });

    const node = nodeBinary(version);
    const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const { databaseUrl } = await startDatabase(cleanup, 'runtime');
    console.log(`Starting dist/apps/api/src/main.js on Node.js ${nodeVersion}…`);
    const api = await startApi(scratch, databaseUrl, {
      execPath: node,
      env: { NODE_ENV: 'production' },
    });
    cleanup.add(() => api.stop());

    await expectOk(`${api.url}/api/health`, 'health', (body) => JSON.parse(body).status === 'ok');
    await expectOk(`${api.url}/`, 'portal', (body) => body.includes('<div id="root">'));
    await signIn(api.url, BENCH_ADMIN);
    const code = await api.stop();
    if (code !== 0) throw new Error(`The API exited with ${code} after SIGTERM.`);
    console.log(
      `Production runtime ok: healthy, portal served, sign-in works, clean stop on Node.js ` +
        `${nodeVersion} with production dependencies only (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  } finally {
    await cleanup.run();
  }
}

main().catch((error) => {
  console.error(`Production runtime check failed: ${error.message}`);
  process.exit(1);
});
