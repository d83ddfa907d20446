import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, productInChromium } from '../support/browser';
import { eventually } from '../support/eventually';

// Chorus as an installable app: the manifest and its icons as browsers read them, the service
// worker registered and in control, the feed readable offline (and forgotten at sign-out), and
// the feed's first Share button on screen without scrolling on a phone. Against the built
// product with demo data.

const PHONE = { width: 390, height: 844 };

// The page's globals, as far as these checks read them in the browser: the test project
// compiles without the DOM's types.
declare const navigator: {
  serviceWorker: {
    controller: { scriptURL: string } | null;
    getRegistration(): Promise<{ scope: string } | undefined>;
  };
};
declare const caches: {
  has(name: string): Promise<boolean>;
  open(name: string): Promise<{ keys(): Promise<{ url: string }[]> }>;
};

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** The width and height a PNG's header declares. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The URLs the service worker keeps for reading offline, for the signed-in person. */
function keptForOffline(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    if (!(await caches.has('chorus-personal'))) return [];
    const cache = await caches.open('chorus-personal');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
}

describe('the installable portal in Chromium', () => {
  const product = productInChromium();

  it('links a manifest with the fields and icons browsers ask for, each icon of its stated size', async () => {
    const response = await fetch(`${product.baseUrl}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Chorus',
      short_name: 'Chorus',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#4c6ef5',
    });
    const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(icons).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

    const page = await product.browser.newPage();
    await page.goto(product.baseUrl);
    const links = await page.evaluate(`[...document.querySelectorAll('link[rel]')].map((l) =>
      [l.rel, l.getAttribute('href'), l.getAttribute('sizes')])`);
    expect(links).toEqual(
      expect.arrayContaining([
        ['manifest', '/manifest.webmanifest', null],
        ['apple-touch-icon', '/icons/apple-touch-icon-180.png', '180x180'],
      ]),
    );
    await page.context().close();

    const files: [string, string][] = [
      ...manifest.icons.map((icon): [string, string] => [icon.src, icon.sizes]),
      ['/icons/apple-touch-icon-180.png', '180x180'],
    ];
    for (const [src, sizes] of files) {
      const icon = await fetch(new URL(src, product.baseUrl));
      expect({ src, status: icon.status, type: icon.headers.get('content-type') }).toEqual({
        src,
        status: 200,
        type: 'image/png',
      });
      expect({ src, size: pngSize(Buffer.from(await icon.arrayBuffer())) }).toEqual({
        src,
        size: sizes,
      });
    }
  });

  it('is installable by Chromium: the manifest parses cleanly and nothing stands in the way', async () => {
    // A profile of its own: Chromium installs nothing from incognito-like contexts, such as the
    // ones the other tests open.
    const profile = mkdtempSync(path.join(tmpdir(), 'chorus-pwa-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      await page.goto(product.baseUrl);
      await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const devtools = await context.newCDPSession(page);
      const manifest = await devtools.send('Page.getAppManifest');
      expect(manifest.url).toBe(`${product.baseUrl}/manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
      expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('serves the service worker fresh every time', async () => {
    const response = await fetch(`${product.baseUrl}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('is controlled by its service worker, reads the last feed page offline and forgets it at sign-out', async () => {
    const page = await product.signedIn('employee@chorus.example');
    const context = page.context();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${product.baseUrl}/sw.js`,
    );
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.scope,
    );
    expect(scope).toBe(`${product.baseUrl}/`);

    // Opened again under the worker's control: the feed's answer is kept for reading offline.
    await page.reload();
    const firstShare = page.getByRole('button', { name: /^Share: / }).first();
    await firstShare.waitFor();
    const title = ((await firstShare.getAttribute('aria-label')) ?? '').replace(/^Share: /, '');
    await eventually('the feed kept for reading offline', async () =>
      (await keptForOffline(page)).includes('/api/feed'),
    );

    await context.setOffline(true);
    await page.reload();
    await page.getByText('You are offline').waitFor();
    await page.getByText(/^What you see is from /).waitFor();
    await page.getByRole('button', { name: `Share: ${title}` }).waitFor();

    // Another page, with nothing kept for it: the banner stays, saying it needs the connection.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'My activity' })
      .click();
    await page.getByText('Sharing and the other pages need a connection.').waitFor();

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    await eventually('the copies forgotten', async () => (await keptForOffline(page)).length === 0);
    await context.close();
  });

  it("shows the feed's first Share button without scrolling on a 390 × 844 phone", async () => {
    const page = await product.signedIn('employee@chorus.example', {
      context: { viewport: PHONE, isMobile: true, hasTouch: true },
    });
    const firstShare = page.getByRole('button', { name: /^Share: / }).first();
    await firstShare.waitFor();
    // Everything above the feed has loaded (the topics come in their own request).
    await page.getByRole('button', { name: /^Topics you follow/ }).waitFor();
    const box = await firstShare.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate('window.scrollY')).toBe(0);
    await page.context().close();
  });
});
