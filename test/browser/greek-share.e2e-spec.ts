import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import el from '../../apps/portal/src/i18n/locales/el.json';
import { productInChromium, readApi } from '../support/browser';

// Eleni, the demo's Greek colleague (preferred language Greek, ready to share), signs in and
// sees the portal in Greek. Curators add an item with an English and a Greek suggested post
// through the API; in her feed the share dialog offers her the Greek one, and sharing it on
// LinkedIn records the share with a tracked link that leads to the article.

const TITLE = 'Our new lab in Athens';
const ENGLISH_POST = 'Our new lab in Athens is open. Come and see it! #WeAreChorus';
const GREEK_POST = 'Το νέο μας εργαστήριο στην Αθήνα άνοιξε. Ελάτε να το δείτε! #WeAreChorus';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A sentence of the Greek locale file with its placeholders filled in. */
function greek(text: string, values: Record<string, string>): string {
  return text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? '');
}

/** A write to the API with `page`'s session, as the portal makes it; its JSON answer. */
async function writeApi(
  page: Page,
  method: 'post' | 'patch',
  path: string,
  data: object = {},
): Promise<{ id: string }> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request[method](new URL(path, page.url()).toString(), {
    data,
    headers: { 'X-XSRF-TOKEN': xsrf },
  });
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

describe('a Greek colleague sharing in Greek, in Chromium', () => {
  const product = productInChromium();

  it('offers Eleni the Greek suggested post in a Greek portal and records her share', async () => {
    // Curators add the item with both posts; another curator approves it (four-eyes).
    const carlos = await product.signedIn('curator@chorus.example');
    const url = `https://news.chorus.example/2026/12/athens-lab-${randomUUID()}`;
    const { id } = await writeApi(carlos, 'post', '/api/content', { url, kind: 'company_news' });
    await writeApi(carlos, 'patch', `/api/content/${id}`, { title: TITLE, language: 'en' });
    await writeApi(carlos, 'post', `/api/content/${id}/variants`, {
      network: 'any',
      language: 'en',
      text: ENGLISH_POST,
    });
    await writeApi(carlos, 'post', `/api/content/${id}/variants`, {
      network: 'any',
      language: 'el',
      text: GREEK_POST,
    });
    await writeApi(carlos, 'post', `/api/content/${id}/submit`);
    const lotte = await product.signedIn('lotte.bakker@chorus.example');
    await writeApi(lotte, 'post', `/api/content/${id}/approve`);

    const eleni = await product.signedIn('eleni.papadopoulou@chorus.example', {
      welcome: new RegExp(`^${greek(el.home.welcome, { name: 'Eleni Papadopoulou' })}$`),
      // The machine is offline: LinkedIn's share page is answered here, so the window opens.
      prepare: (context) =>
        context.route('https://www.linkedin.com/**', (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<title>LinkedIn</title>' }),
        ),
    });
    expect(await eleni.locator('html').getAttribute('lang')).toBe('el');
    await eleni.getByRole('button', { name: greek(el.shell.signOut, {}), exact: true }).waitFor();

    await eleni
      .getByRole('button', { name: greek(el.feed.card.shareLabel, { title: TITLE }), exact: true })
      .click();
    const dialog = eleni.getByRole('dialog', { name: greek(el.sharing.title, { title: TITLE }) });
    await dialog.getByRole('radio', { name: 'LinkedIn', exact: true }).check();
    // The Greek post is offered, not the item's English one.
    await dialog.getByText(GREEK_POST, { exact: true }).first().waitFor();
    expect(await dialog.getByText(ENGLISH_POST).count()).toBe(0);

    const [popup] = await Promise.all([
      eleni.context().waitForEvent('page'),
      dialog
        .getByRole('button', {
          name: greek(el.sharing.shareOn, { network: 'LinkedIn' }),
          exact: true,
        })
        .click(),
    ]);
    // LinkedIn's composer, with the Greek post and its tracked link filled in.
    await popup.waitForURL(/^https:\/\/www\.linkedin\.com\/feed\/\?shareActive=true&text=/);
    const prefilled = new URL(popup.url()).searchParams.get('text') ?? '';
    expect(prefilled.startsWith(`${GREEK_POST} `)).toBe(true);
    const tracked = prefilled.slice(GREEK_POST.length + 1);
    expect(tracked).toMatch(new RegExp(`^${product.baseUrl}/r/[0-9A-Za-z]{10}$`));
    await dialog
      .getByText(greek(el.sharing.done.window, { network: 'LinkedIn' }), { exact: true })
      .waitFor();

    // The share is recorded with the Greek text, and its tracked link leads to the article.
    const { body } = await readApi(eleni, '/api/shares/mine');
    const [share] = (body as { items: { trackedUrl: string; text: string; network: string }[] })
      .items;
    expect(share).toMatchObject({ trackedUrl: tracked, text: GREEK_POST, network: 'linkedin' });
    const click = await eleni.request.get(tracked, {
      headers: { 'User-Agent': CHROME },
      maxRedirects: 0,
    });
    expect(click.status()).toBe(302);
    expect(click.headers().location).toMatch(new RegExp(`^${url}\\?.*utm_source=linkedin`));
  });
});
