import { Browser, chromium, Page } from 'playwright-core';
import { createTestDatabase, dropTestDatabase } from './database';
import { ensureBuilt, freePort, Watched } from './processes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Quiet, offline Chromium: without the networking flags it floods the closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface RunningProduct {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** The built product (API serving the portal) with demo data, on its own database and port. */
export async function startProduct(
  env: Record<string, string> = {},
  port?: number,
): Promise<RunningProduct> {
  ensureBuilt();
  const database = await createTestDatabase();
  const listenOn = port ?? (await freePort());
  const server = Watched.start(['dist/apps/api/src/main.js'], {
    DATABASE_URL: database.url,
    PORT: String(listenOn),
    HOST: '127.0.0.1',
    CHORUS_DEMO: 'true',
    CHORUS_SESSION_SECRET: 'browser-test-secret-of-sufficient-length',
    // The address the browser opens: mail links and the SSO redirect are built from it.
    CHORUS_PUBLIC_URL: `http://127.0.0.1:${listenOn}`,
    ...env,
  });
  await server.waitFor(/Chorus is running at/);
  return {
    baseUrl: `http://127.0.0.1:${listenOn}`,
    stop: async () => {
      server.kill('SIGTERM');
      await server.exited;
      await dropTestDatabase(database.name);
    },
  };
}

/** What the API answers a GET of `path` with `page`'s session: its status and JSON body. */
export function readApi(page: Page, path: string): Promise<{ status: number; body: unknown }> {
  return page.evaluate(async (address) => {
    const response = await fetch(address, { headers: { Accept: 'application/json' } });
    return { status: response.status, body: await response.json().catch(() => null) };
  }, path);
}

/** Fills and submits the sign-in form the page shows. */
export async function submitSignIn(
  page: Page,
  email: string,
  password = 'chorus-demo',
): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
