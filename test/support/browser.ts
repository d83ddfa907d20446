import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { createTestDatabase, dropTestDatabase } from './database';
import { ensureBuilt, freePort, Watched } from './processes';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Quiet, offline Chromium: without the networking flags it floods the closed network.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function launchChromium(): Promise<Browser> {
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

export interface ProductOptions {
  /** Extra environment for the product (an allow-list, an identity provider, ...). */
  env?: Record<string, string>;
  /** A port chosen beforehand, when something else must know the address first. */
  port?: number;
}

export interface SignInOptions {
  password?: string;
  /** Options of the new browser context (a phone's viewport, ...). */
  context?: BrowserContextOptions;
  /** Runs on the new context before the first page opens (routes for offline networks, ...). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  /** The home page's greeting once signed in, for someone whose portal is in another language. */
  welcome?: RegExp;
  /**
   * The language chosen with the sign-in page's switch before signing in: it stays for someone
   * who never chose one themselves (a test reading English as a Danish colleague).
   */
  language?: string;
}

/** The product and a Chromium, started before a file's tests and stopped after them. */
export interface ProductInChromium {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A page in a new browser context, signed in as `email` and showing the home page. */
  signedIn(email: string, options?: SignInOptions): Promise<Page>;
}

/**
 * Starts the built product with demo data and a Chromium for the tests of the calling file, and
 * stops both after them. `options` is read when they start, after the file's own `beforeAll`s
 * declared above the call (a page server, an identity provider), so it may use what they made.
 */
export function productInChromium(
  options: () => ProductOptions | Promise<ProductOptions> = () => ({}),
): ProductInChromium {
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const { env, port } = await options();
    product = await startProduct(env, port);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The product starts in beforeAll: use it in tests.');
    return value;
  };

  return {
    get baseUrl() {
      return started(product).baseUrl;
    },
    get browser() {
      return started(browser);
    },
    async signedIn(email, { password, context: contextOptions, prepare, welcome, language } = {}) {
      const context = await started(browser).newContext(contextOptions);
      if (language) {
        const remember = `localStorage.setItem('chorus.language', ${JSON.stringify(language)})`;
        await context.addInitScript({ content: remember });
      }
      await prepare?.(context);
      const page = await context.newPage();
      await page.goto(started(product).baseUrl);
      await submitSignIn(page, email, password);
      await page.getByRole('heading', { name: welcome ?? /^(Welcome|Welkom), / }).waitFor();
      return page;
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
