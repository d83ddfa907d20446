import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { RunningProduct, startProduct } from '../support/browser';
import {
  buildExtension,
  ChromiumWithExtension,
  launchChromiumWithExtension,
} from '../support/extension-chromium';

// The browser extension, built and loaded unpacked into Debian's Chromium: it asks for the
// person's Chorus address at install, and its toolbar button opens the page the person is reading
// in their Chorus. The page is served by the test's own loopback server, which CHORUS_FETCH_ALLOW
// lets the product accept as a public web page.

const ARTICLE = `<!doctype html><html lang="en"><head>
  <title>Heat pumps for every street — Energy Weekly</title>
</head><body><h1>Heat pumps for every street</h1></body></html>`;

describe('the browser extension in Chromium', () => {
  let pages: Server;
  let articleUrl: string;
  let product: RunningProduct;
  let chromium: ChromiumWithExtension;

  beforeAll(async () => {
    buildExtension();
    pages = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    articleUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/energy/heat-pumps`;
    product = await startProduct({ CHORUS_FETCH_ALLOW: new URL(articleUrl).host });
    chromium = await launchChromiumWithExtension();
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

  it('asks for the Chorus address at install, with its privacy statement', async () => {
    const options = await optionsPage();
    await options.getByRole('heading', { name: 'Chorus for your browser' }).waitFor();
    await options.getByRole('heading', { name: 'Privacy' }).waitFor();
    await options
      .getByText(/gives it the address and title of the page you are on\. That is all it sends/)
      .waitFor();
    await options.close();
  });

  it('sends someone who presses the button before setting an address to the options page', async () => {
    const article = await openArticle('before-setup');
    const opened = await chromium.pressButton(article);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(chromium.extensionUrl('options.html?notice=noticeSetUp'));
    await opened
      .getByRole('status')
      .getByText(/Enter your organisation’s Chorus address once/)
      .waitFor();
    await opened.close();
    await article.close();
  });

  it('refuses an address that is not https, then keeps the one given', async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    const address = options.getByRole('textbox', { name: 'Your organisation’s Chorus address' });

    await address.fill('http://advocacy.example.com');
    await options.getByRole('button', { name: 'Save' }).click();
    await options
      .getByRole('alert')
      .getByText('Use https://: http:// is accepted only for Chorus running on this computer.')
      .waitFor();

    // Copied from the address bar, path and all: the origin is what is kept.
    await address.fill(`${product.baseUrl}/feed`);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText(/^Saved\./).waitFor();
    expect(await address.inputValue()).toBe(product.baseUrl);
    await options.close();
  });

  it('opens the page the person is reading in their Chorus', async () => {
    const article = await openArticle('share');
    const opened = await chromium.pressButton(article);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    expect(url.origin).toBe(product.baseUrl);
    expect(url.pathname).toBe('/share-page');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      url: `${articleUrl}?tab=share`,
      title: 'Heat pumps for every street — Energy Weekly',
      source: 'extension',
    });
  });

  /** The options page the extension opened at install (already open, or about to be). */
  async function optionsPage(): Promise<Page> {
    const isOptions = (page: Page) => page.url().startsWith(chromium.extensionUrl('options.html'));
    const open = chromium.context.pages().find(isOptions);
    const page = open ?? (await chromium.context.waitForEvent('page', { predicate: isOptions }));
    await page.waitForLoadState();
    return page;
  }
});
