import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { LOCKS, withAdvisoryLock } from './advisory-lock';
import { dataSourceOptions } from './data-source-options';

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly target: string,
    override readonly cause: string,
    waitedMs: number,
  ) {
    super(`Cannot reach PostgreSQL at ${target} after ${Math.round(waitedMs / 1000)} s: ${cause}`);
    this.name = 'DatabaseUnreachableError';
  }
}

/** host:port/database of a connection URL, without credentials, for messages. */
export function describeTarget(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Retries until the server answers, or gives up after `timeoutMs` with the last cause. */
export async function waitForDatabase(
  databaseUrl: string,
  timeoutMs: number,
  onRetry: (cause: string) => void = () => {},
): Promise<void> {
  const started = Date.now();
  let delay = 250;
  for (;;) {
    const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      const cause = describeError(error);
      if (Date.now() - started + delay > timeoutMs) {
        throw new DatabaseUnreachableError(
          describeTarget(databaseUrl),
          cause,
          Date.now() - started,
        );
      }
      onRetry(cause);
      await sleep(delay);
      delay = Math.min(delay * 2, 2_000);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** Applies pending migrations under an advisory lock; returns the names of those applied. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    const applied = await withAdvisoryLock(dataSource, LOCKS.migrations, () =>
      dataSource.runMigrations({ transaction: 'each' }),
    );
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describeError(error.errors[0]);
  }
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}
