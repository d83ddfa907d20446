import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Builds the API and portal if their sources are newer than dist/ (instant when up to date). */
export function ensureBuilt(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A child process whose output is collected, with a way to wait for a line to appear. */
export class Watched {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Runs node with `args`; the API gets a click journal folder of its own unless `env` names one. */
  static start(args: string[], env: Record<string, string | undefined>): Watched {
    const journalDir = env.CHORUS_CLICK_JOURNAL_DIR
      ? undefined
      : mkdtempSync(path.join(tmpdir(), 'chorus-test-journal-'));
    const watched = new Watched(
      spawn(process.execPath, args, {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn', CHORUS_CLICK_JOURNAL_DIR: journalDir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    if (journalDir) {
      void watched.exited.then(() => rmSync(journalDir, { recursive: true, force: true }));
    }
    return watched;
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(
          `Did not see ${pattern} (exit code ${this.child.exitCode}). Output:\n${this.output}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
