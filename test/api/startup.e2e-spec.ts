import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt, freePort, isAlive, Watched } from '../support/processes';

/** The pid of the PostgreSQL server that owns a data folder, from its postmaster.pid. */
function postgresPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

describe('npm start (scripts/start.mjs) with the embedded PostgreSQL', () => {
  let dataDir: string;
  const running: Watched[] = [];

  beforeAll(() => {
    ensureBuilt();
    dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-start-'));
  }, 300_000);

  afterAll(async () => {
    for (const launcher of running) launcher.kill('SIGKILL');
    try {
      process.kill(postgresPid(dataDir), 'SIGINT');
    } catch {
      // already stopped
    }
    await new Promise((r) => setTimeout(r, 500));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function launch() {
    const port = await freePort();
    const launcher = Watched.start(['scripts/start.mjs'], {
      CHORUS_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: undefined,
      CHORUS_DEMO: 'true',
      CHORUS_SKIP_BUILD: 'true',
    });
    running.push(launcher);
    await launcher.waitFor(/Chorus is running at (\S+)/);
    return { launcher, port };
  }

  it('starts PostgreSQL and the product, prints the URL and the demo sign-ins, and stops cleanly on SIGTERM', async () => {
    const { launcher, port } = await launch();
    expect(launcher.output).toContain(`Chorus is running at http://localhost:${port}`);
    expect(launcher.output).toContain('employee@chorus.example');
    // The framework's start-up chatter (every module and route) stays out of the default log.
    expect(launcher.output).not.toContain('RouterExplorer');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    const portal = await fetch(`http://127.0.0.1:${port}/people`);
    expect(await portal.text()).toContain('<div id="root">');
    const icon = await fetch(`http://127.0.0.1:${port}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\//);
    expect((await fetch(`http://127.0.0.1:${port}/apple-touch-icon.png`)).status).toBe(404);
    const pid = postgresPid(dataDir);
    expect(isAlive(pid)).toBe(true);

    const started = Date.now();
    launcher.kill('SIGTERM');
    const { code } = await launcher.exited;

    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(isAlive(pid)).toBe(false);
  });

  it('recovers from a launcher killed with SIGKILL: the leftover PostgreSQL is stopped and the data kept', async () => {
    const first = await launch();
    const leftover = postgresPid(dataDir);
    first.launcher.kill('SIGKILL');
    await first.launcher.exited;
    expect(isAlive(leftover)).toBe(true);

    const second = await launch();
    expect(second.launcher.output).toContain('left running by an earlier run');
    expect(second.launcher.output).toContain('demo data from an earlier start');
    expect(isAlive(leftover)).toBe(false);
    const login = await fetch(`http://127.0.0.1:${second.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@chorus.example', password: 'chorus-demo' }),
    });
    expect(login.status).toBe(200);

    second.launcher.kill('SIGINT');
    expect((await second.launcher.exited).code).toBe(0);
  });
});

describe('the API process refuses to start on bad ground', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('gives up on an unreachable database after the timeout, naming the host and the cause', async () => {
    const port = await freePort();
    const api = Watched.start(['dist/apps/api/src/main.js'], {
      DATABASE_URL: `postgres://chorus:secret@127.0.0.1:${port}/chorus`,
      DATABASE_CONNECT_TIMEOUT: '2',
      CHORUS_SESSION_SECRET: 'x'.repeat(40),
    });
    const { code } = await api.exited;
    expect(code).toBe(1);
    expect(api.output).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${port}/chorus`);
    expect(api.output).toContain('ECONNREFUSED');
    expect(api.output).not.toContain('secret@');
  });

  it('stops with a message naming each bad variable', async () => {
    const api = Watched.start(['dist/apps/api/src/main.js'], {
      DATABASE_URL: 'mysql://nope',
      PORT: 'eighty',
      CHORUS_SESSION_SECRET: 'short',
      CHORUS_DEMO: 'maybe',
    });
    const { code } = await api.exited;
    expect(code).toBe(1);
    expect(api.output).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(api.output).toContain('DATABASE_URL must be a postgres: or postgresql: URL');
    expect(api.output).toContain('CHORUS_SESSION_SECRET must be at least 32 characters long');
    expect(api.output).toContain('CHORUS_DEMO must be true or false (got "maybe")');
  });
});
