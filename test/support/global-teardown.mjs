import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__chorusPostgres;
  if (!server) return;
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}
