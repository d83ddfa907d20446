import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { productInChromium, readApi } from '../support/browser';

// A curator pastes a URL, writes a suggested post and submits the item; a second curator
// approves it. The page is served by the test's own loopback server, which CHORUS_FETCH_ALLOW
// lets the product read.

const PAGE = `<!doctype html><html lang="en"><head>
  <title>Plain</title>
  <meta property="og:title" content="Chorus opens a studio in Copenhagen">
  <meta property="og:description" content="A new home for design and research.">
  <meta property="og:site_name" content="Chorus Newsroom">
</head><body></body></html>`;

describe('curating in Chromium', () => {
  let pages: Server;
  let articleUrl: string;

  beforeAll(async () => {
    pages = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    articleUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/news/copenhagen-studio`;
  });

  afterAll(async () => {
    await new Promise((resolve) => pages?.close(resolve));
  });

  const product = productInChromium(() => ({
    env: { CHORUS_FETCH_ALLOW: new URL(articleUrl).host },
  }));
  const { signedIn } = product;

  it('goes from a pasted URL to an approved item with a suggested post, by two curators', async () => {
    const carlos = await signedIn('curator@chorus.example');
    await carlos
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Content', exact: true })
      .click();
    await carlos.getByRole('button', { name: 'Add content' }).click();
    const add = carlos.getByRole('dialog');
    await add.getByRole('textbox', { name: 'URL' }).fill(articleUrl);
    await add.getByRole('button', { name: 'Add', exact: true }).click();

    // The editor opens and fills in from the page once the background job has read it.
    const title = carlos.getByRole('textbox', { name: 'Title', exact: true });
    await expectValue(title, 'Chorus opens a studio in Copenhagen');

    await carlos.getByRole('button', { name: 'Add suggested post' }).click();
    const post = carlos.getByRole('dialog');
    await post
      .getByRole('textbox', { name: 'Post text' })
      .fill('Our new Copenhagen studio is open! #WeAreChorus');
    await post.getByRole('button', { name: 'Save post' }).click();
    await post.waitFor({ state: 'hidden' });
    await carlos.getByText('Our new Copenhagen studio is open! #WeAreChorus').first().waitFor();

    await carlos.getByRole('button', { name: 'Submit for review' }).click();
    await carlos.getByText('This item is waiting for review.').waitFor();
    const itemUrl = carlos.url();

    // Lotte reviews in Dutch, her preferred language.
    const lotte = await signedIn('lotte.bakker@chorus.example');
    await lotte.goto(itemUrl);
    await lotte.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    await lotte
      .getByText('Dit item is goedgekeurd: medewerkers zien het binnen de planning.')
      .waitFor();

    await lotte.goto(`${product.baseUrl}/content`);
    await lotte.getByRole('tab', { name: /^Goedgekeurd/ }).click();
    await lotte
      .getByRole('table', { name: 'Content' })
      .getByText('Chorus opens a studio in Copenhagen')
      .waitFor();

    // What the two curators made is what the API holds: approved, with Carlos's post.
    const id = new URL(itemUrl).pathname.split('/').at(-1);
    expect(await readApi(lotte, `/api/content/${id}`)).toMatchObject({
      status: 200,
      body: {
        status: 'approved',
        title: 'Chorus opens a studio in Copenhagen',
        author: { name: 'Carlos Curator' },
        variants: [{ text: 'Our new Copenhagen studio is open! #WeAreChorus' }],
      },
    });
  });
});

/** Waits until an input shows `expected` (the editor refreshes while the page is being read). */
async function expectValue(input: ReturnType<Page['getByLabel']>, expected: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await input.inputValue().catch(() => '');
    if (value === expected) return;
    if (Date.now() > deadline) throw new Error(`Expected "${expected}", saw "${value}"`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
