import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readApi, RunningProduct, startProduct, submitSignIn } from '../support/browser';
import { eventually } from '../support/eventually';
import {
  buildExtension,
  ChromiumWithExtension,
  launchChromiumWithExtension,
} from '../support/extension-chromium';
import { ROOT } from '../support/processes';
import { readZip } from '../support/zip-reader';

// The browser extension, built and loaded unpacked into Debian's Chromium: it asks for the
// person's Chorus address at install, and its toolbar button opens the page they are reading in
// their Chorus, which signs them in and then offers to suggest the page (not in Chorus yet) or
// opens its share dialog (live in their feed). The article is served by the test's own loopback
// server, which CHORUS_FETCH_ALLOW lets the product accept as a public web page.

const ARTICLE = `<!doctype html><html lang="en"><head>
  <title>Heat pumps for every street — Energy Weekly</title>
</head><body><h1>Heat pumps for every street</h1></body></html>`;

describe('the browser extension in Chromium', () => {
  let pages: Server;
  let articleUrl: string;
  let product: RunningProduct;
  let chromium: ChromiumWithExtension;
  /** The options page the extension opened at install (before any test opens a tab of its own). */
  let installed: Page;

  beforeAll(async () => {
    buildExtension();
    pages = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    articleUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/energy/heat-pumps`;
    product = await startProduct({ CHORUS_FETCH_ALLOW: new URL(articleUrl).host });
    chromium = await launchChromiumWithExtension();
    installed = await optionsPageAtInstall(chromium);
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    await product?.stop();
    await new Promise((resolve) => pages?.close(resolve));
  });

  /** A new tab showing the loopback article (a query string keeps each tab's address unique). */
  async function openArticle(tag: string): Promise<Page> {
    const page = await chromium.context.newPage();
    await page.goto(`${articleUrl}?tab=${tag}`);
    return page;
  }

  /** Saves `address` on the options page, as the person does once. */
  async function setAddress(address: string): Promise<void> {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    await options
      .getByRole('textbox', { name: 'Your organisation’s Chorus address' })
      .fill(address);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText(/^Saved\./).waitFor();
    await options.close();
  }

  it('asks for the Chorus address at install, sends the button there until it is set, keeps its origin, and explains tabs that are not web pages', async () => {
    await installed.getByRole('heading', { name: 'Chorus for your browser' }).waitFor();
    await installed.getByRole('heading', { name: 'Privacy' }).waitFor();
    await installed
      .getByText(/gives it the address and title of the page you are on\. That is all it sends/)
      .waitFor();

    // The button, pressed before an address is set, opens the options page saying why.
    const article = await openArticle('before-setup');
    const reminded = await chromium.pressButton(article);
    await reminded.waitForLoadState();
    expect(reminded.url()).toBe(chromium.extensionUrl('options.html?notice=noticeSetUp'));
    await reminded
      .getByRole('status')
      .getByText(/Enter your organisation’s Chorus address once/)
      .waitFor();

    const address = reminded.getByRole('textbox', { name: 'Your organisation’s Chorus address' });
    await address.fill('http://advocacy.example.com');
    await reminded.getByRole('button', { name: 'Save' }).click();
    await reminded
      .getByRole('alert')
      .getByText('Use https://: http:// is accepted only for Chorus running on this computer.')
      .waitFor();

    // Copied from the address bar, path and all: the origin is what is kept.
    await address.fill(`${product.baseUrl}/feed`);
    await reminded.getByRole('button', { name: 'Save' }).click();
    await reminded.getByText(/^Saved\./).waitFor();
    expect(await address.inputValue()).toBe(product.baseUrl);

    // A tab that is not a web page (here the extension's own page) cannot be shared: it says so.
    const explained = await chromium.pressButton(reminded);
    await explained.waitForLoadState();
    expect(explained.url()).toBe(chromium.extensionUrl('options.html?notice=noticeNotAWebPage'));
    await explained
      .getByRole('status')
      .getByText(/^The Chorus button works on web pages/)
      .waitFor();
    await explained.close();

    const opened = await chromium.pressButton(article);
    await opened.waitForURL(/\/(share-page|sign-in)\?/);
    const sharePage = new URL(
      opened.url().includes('/sign-in?')
        ? product.baseUrl + new URL(opened.url()).searchParams.get('next')
        : opened.url(),
    );
    expect(sharePage.origin + sharePage.pathname).toBe(`${product.baseUrl}/share-page`);
    expect(Object.fromEntries(sharePage.searchParams)).toEqual({
      url: `${articleUrl}?tab=before-setup`,
      title: 'Heat pumps for every street — Energy Weekly',
      source: 'extension',
    });
    await Promise.all([installed, reminded, opened, article].map((page) => page.close()));
  });

  it('suggests a page Chorus does not have, with a note, to the curators’ inbox', async () => {
    await setAddress(product.baseUrl);
    await chromium.context.clearCookies();
    const article = await openArticle('suggest');
    const opened = await chromium.pressButton(article);

    // Not signed in yet: the portal asks, then comes back to the page.
    await submitSignIn(opened, 'employee@chorus.example');
    await opened.getByRole('heading', { name: 'This page is not in Chorus yet' }).waitFor();
    expect(await opened.getByRole('textbox', { name: 'Page address' }).inputValue()).toBe(
      `${articleUrl}?tab=suggest`,
    );
    await opened
      .getByRole('textbox', { name: 'Why will our customers care?' })
      .fill('Our installers feature in it, with photos of three of our sites.');
    await opened.getByRole('button', { name: 'Send to the curators' }).click();
    await opened
      .getByText('“Heat pumps for every street — Energy Weekly” is in the curators’ inbox now.')
      .waitFor();

    // Carlos, a curator, finds it among people's suggestions, with who sent it and why.
    const curators = await chromium.browser.newContext();
    const carlos = await curators.newPage();
    await carlos.goto(`${product.baseUrl}/sources?origin=people`);
    await submitSignIn(carlos, 'curator@chorus.example');
    const row = carlos
      .getByRole('table', { name: 'Suggestions' })
      .getByRole('row')
      .filter({ hasText: 'Heat pumps for every street — Energy Weekly' });
    await row.getByText('Suggested by Emma Employee').waitFor();
    await row
      .getByText('“Our installers feature in it, with photos of three of our sites.”')
      .waitFor();
    expect(await row.getByRole('link').first().getAttribute('href')).toBe(
      `${articleUrl}?tab=suggest`,
    );
    await curators.close();
    await Promise.all([opened, article].map((page) => page.close()));
  });

  it('opens the share dialog for a page that is in the person’s feed, and the share counts as the extension’s', async () => {
    await setAddress(product.baseUrl);
    await chromium.context.clearCookies();
    const portal = await chromium.context.newPage();
    await portal.goto(product.baseUrl);
    await submitSignIn(portal, 'employee@chorus.example');
    await portal.getByRole('heading', { name: /^Welcome, / }).waitFor();
    const { body: feed } = await readApi(portal, '/api/feed');
    const [item] = (feed as { items: { id: string; title: string; url: string }[] }).items;

    // The item's page, as the person reads it on its own site (served here, offline).
    await chromium.context.route(item.url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<title>${item.title}</title>`,
      }),
    );
    await chromium.context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>LinkedIn</title>' }),
    );
    const article = await chromium.context.newPage();
    await article.goto(item.url);
    const opened = await chromium.pressButton(article);

    const dialog = opened.getByRole('dialog', { name: `Share “${item.title}”` });
    await dialog.getByRole('textbox', { name: 'Your post' }).waitFor();
    expect(opened.url()).toBe(`${product.baseUrl}/share/${item.id}?source=extension`);
    const [network] = await Promise.all([
      chromium.context.waitForEvent('page'),
      dialog.getByRole('button', { name: 'Share on LinkedIn' }).click(),
    ]);
    await network.waitForURL(/^https:\/\/www\.linkedin\.com\//);
    await dialog.getByText(/^Shared\./).waitFor();

    const { body } = await readApi(opened, '/api/shares/mine?page=1&pageSize=5');
    const [newest] = (body as { items: { item: { id: string }; source: string }[] }).items;
    expect(newest).toMatchObject({ item: { id: item.id }, source: 'extension' });
    await Promise.all([network, opened, article, portal].map((page) => page.close()));
  });
});

describe('the browser extension in a Norwegian Chromium', () => {
  let chromium: ChromiumWithExtension;

  beforeAll(async () => {
    buildExtension();
    chromium = await launchChromiumWithExtension({ language: 'nb' });
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows the options page and its privacy statement in Bokmål', async () => {
    const options = await optionsPageAtInstall(chromium);
    await options.goto(chromium.extensionUrl('options.html?notice=noticeNotAWebPage'));
    await options.getByRole('heading', { name: 'Chorus for nettleseren din' }).waitFor();
    await options.getByRole('heading', { name: 'Personvern' }).waitFor();
    await options
      .getByRole('status')
      .getByText(/^Chorus-knappen virker på nettsider/)
      .waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe('nb');
  });
});

describe('the extension packages', () => {
  const out = path.join(ROOT, 'dist/extension');
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const LANGUAGES = ['da', 'de', 'el', 'en', 'fr', 'nl', 'sv'];

  beforeAll(() => buildExtension(), 60_000);

  const files = (browser: string) => listFiles(path.join(out, browser));
  const json = (browser: string, file: string) =>
    JSON.parse(readFileSync(path.join(out, browser, file), 'utf8')) as Record<string, unknown>;

  it.each(['chromium', 'firefox'])(
    'asks %s for activeTab and storage only, and runs nothing in web pages',
    (browser) => {
      const manifest = json(browser, 'manifest.json');
      expect(manifest).toMatchObject({ manifest_version: 3, version, default_locale: 'en' });
      expect(manifest.permissions).toEqual(['activeTab', 'storage']);
      for (const key of ['host_permissions', 'optional_permissions', 'content_scripts']) {
        expect(manifest).not.toHaveProperty(key);
      }
      // Everything the extension runs is in the package: no script from anywhere else.
      for (const file of files(browser).filter((f) => /\.(js|html)$/.test(f))) {
        const text = readFileSync(path.join(out, browser, file), 'utf8');
        expect(text).not.toMatch(/(src|import\s*\(|from)\s*=?\s*['"](https?:)?\/\//);
      }
    },
  );

  it('gives Chromium a service worker and Firefox background scripts with its add-on id', () => {
    expect(json('chromium', 'manifest.json')).toMatchObject({
      background: { service_worker: 'background.js', type: 'module' },
    });
    expect(json('chromium', 'manifest.json')).not.toHaveProperty('browser_specific_settings');
    expect(json('firefox', 'manifest.json')).toMatchObject({
      background: { scripts: ['background.js'], type: 'module' },
      browser_specific_settings: {
        gecko: { id: expect.stringMatching(/@/), strict_min_version: '140.0' },
      },
    });
  });

  it.each([
    ['chromium', ['nb', 'no']],
    ['firefox', ['nb']],
  ])('speaks eight languages in %s, Norwegian as %j, each with every message', (browser, no) => {
    const locales = readdirSync(path.join(out, browser, '_locales')).sort();
    expect(locales).toEqual([...LANGUAGES, ...no].sort());
    const messages = (locale: string) =>
      json(browser, `_locales/${locale}/messages.json`) as Record<string, { message: string }>;
    const names = Object.keys(messages('en')).sort();
    for (const locale of locales) {
      expect(Object.keys(messages(locale)).sort()).toEqual(names);
      for (const { message } of Object.values(messages(locale)))
        expect(message.trim()).not.toBe('');
    }
    // Every message the manifest and the options page name exists.
    const named = [
      ...readFileSync(path.join(out, browser, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g),
      ...readFileSync(path.join(out, browser, 'options.html'), 'utf8').matchAll(
        /data-message="(\w+)"/g,
      ),
    ].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(10);
    expect(names).toEqual(expect.arrayContaining(named));
  });

  it('draws the icons the manifest names at their sizes', () => {
    const manifest = json('chromium', 'manifest.json') as { icons: Record<string, string> };
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(manifest.icons)) {
      const png = readFileSync(path.join(out, 'chromium', file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  it.each(['chromium', 'firefox'])('zips the %s folder as it is', (browser) => {
    const archive = readZip(readFileSync(path.join(out, `chorus-${version}-${browser}.zip`)));
    expect([...archive.keys()].sort()).toEqual(files(browser).sort());
    for (const [name, data] of archive) {
      expect(data.equals(readFileSync(path.join(out, browser, name)))).toBe(true);
    }
  });
});

/**
 * The options page the extension opened at install: its tab may be open before Playwright
 * connected, or open and not yet at its address, so the open tabs are looked at until it is.
 */
async function optionsPageAtInstall(chromium: ChromiumWithExtension): Promise<Page> {
  const page = await eventually(
    'the options page opened at install',
    () =>
      chromium.context
        .pages()
        .find((tab) => tab.url().startsWith(chromium.extensionUrl('options.html'))),
    30_000,
  );
  await page.waitForLoadState();
  return page;
}

/** The files under `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory()
      ? listFiles(path.join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`],
  );
}
