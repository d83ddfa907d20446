import path from 'node:path';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';
import { ConfigError, redact } from './config/env-reader';
import { publicAddress } from './config/public-address';
import { describeTarget, runMigrations, waitForDatabase } from './database/prepare-database';
import { seededDemoAccounts } from './demo';

/** Longest a graceful stop may take before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 9_000;

/** Messages for the launcher (scripts/start.mjs) when it started us; plain logs otherwise. */
function tellLauncher(message: object): void {
  process.send?.(message);
}

function fail(message: string): never {
  console.error(`\nChorus could not start: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const target = describeTarget(config.databaseUrl);
  await waitForDatabase(config.databaseUrl, config.databaseConnectTimeoutMs, (cause) =>
    console.warn(`Waiting for PostgreSQL at ${target}: ${cause}`),
  );
  await runMigrations(config.databaseUrl);

  const app = await createApp(config, { portalDir: path.resolve(__dirname, '../../../portal') });
  await app.listen({ port: config.port, host: config.host });

  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = publicAddress(config, port);
  const demoAccounts = config.demo ? seededDemoAccounts(app) : [];
  tellLauncher({ type: 'ready', url, port, demo: config.demo, demoAccounts });
  if (!process.send) console.log(`Chorus is running at ${url} (database ${redact(target)})`);

  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping Chorus (${reason}): finishing requests in flight`);
    setTimeout(() => {
      console.error('Chorus did not stop in time; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // Stops accepting connections, waits for requests in flight, then closes the database pool.
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // Started by the launcher: when it goes away, so do we.
  process.once('disconnect', () => stop('launcher gone'));
}

main().catch((error: unknown) => {
  if (error instanceof Error && error.name === 'DatabaseUnreachableError') fail(error.message);
  if (error instanceof Error && error.name === 'NoAdministratorError') fail(error.message);
  console.error(error);
  fail(error instanceof Error ? error.message : String(error));
});
