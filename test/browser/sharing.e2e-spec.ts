import type { Page } from 'playwright-core';
import { productInChromium, readApi, submitSignIn } from '../support/browser';

// An employee shares an item on X in one click: the window that opens is X's share page with
// the employee's tracked link, and a reader's click on that link shows up in My activity. The
// analyst then reads the demo's weeks of figures on the Analytics dashboard.

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('sharing in one click, in Chromium', () => {
  const product = productInChromium();

  function signedIn(email: string): Promise<Page> {
    return product.signedIn(email, {
      // The machine is offline: X's share page is answered here, so the window can open.
      prepare: (context) =>
        context.route('https://x.com/**', (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<title>X</title>' }),
        ),
    });
  }

  it('shares an item on X through a tracked link whose click appears in My activity', async () => {
    const emma = await signedIn('employee@chorus.example');
    const title = 'How Nordbank cut reporting time in half with Chorus';
    await emma.getByRole('button', { name: `Share: ${title}` }).click();
    const dialog = emma.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'X', exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Your post' }).waitFor();

    const [popup] = await Promise.all([
      emma.context().waitForEvent('page'),
      dialog.getByRole('button', { name: 'Share on X' }).click(),
    ]);
    await popup.waitForURL(/^https:\/\/x\.com\/intent\/tweet\?/);
    const intent = new URL(popup.url());
    const tracked = intent.searchParams.get('url') ?? '';
    expect(tracked).toMatch(new RegExp(`^${product.baseUrl}/r/[0-9A-Za-z]{10}$`));
    expect(intent.searchParams.get('text')).toBeTruthy();
    await dialog.getByText(/^Shared\./).waitFor();

    // A reader clicks the link in the post, in a browser of their own.
    const reader = await product.browser.newContext();
    const click = await reader.request.get(tracked, {
      headers: { 'User-Agent': CHROME },
      maxRedirects: 0,
    });
    await reader.close();
    expect(click.status()).toBe(302);
    expect(click.headers().location).toMatch(/^https:\/\/news\.chorus\.example\/.+utm_source=x/);
    // Emma opens her own link too: her browser sends her session, so it is no click.
    const own = await emma.request.get(tracked, {
      headers: { 'User-Agent': CHROME },
      maxRedirects: 0,
    });
    expect(own.status()).toBe(302);

    await dialog.getByRole('button', { name: 'Done' }).click();
    await emma
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'My activity' })
      .click();
    const table = emma.getByRole('table', { name: 'My shares' });
    const row = table.getByRole('row').filter({ hasText: title }).filter({ hasText: 'X' }).first();
    await row.waitFor();
    // The click is written within a quarter of a second; the page shows it once reloaded.
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const clicksColumn = headers.findIndex((header) => header.trim() === 'Clicks');
    expect(clicksColumn).toBeGreaterThan(0);
    // The reader's click and Emma's own visit are both written: the cell says so.
    let clicks = '';
    for (let attempt = 0; attempt < 20 && !clicks.includes('own visit'); attempt += 1) {
      clicks = (await row.getByRole('cell').nth(clicksColumn).innerText()).trim();
      if (!clicks.includes('own visit')) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await emma.reload();
      }
    }
    expect(
      clicks
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['1', '1 own visit, not counted']);
    await row.getByText('Verified').waitFor();
  });

  it('follows a share link to sign in, then to the dialog on its network, and counts the share under its source', async () => {
    const anna = await signedIn('analyst@chorus.example');
    const digestShares = async () => {
      const { body } = await readApi(anna, '/api/analytics/summary');
      const bySource = (body as { sharesBySource: { source: string; shares: number }[] })
        .sharesBySource;
      return bySource.find((row) => row.source === 'digest')?.shares ?? 0;
    };
    const before = await digestShares();
    const emma = await signedIn('employee@chorus.example');
    const { body: feed } = await readApi(emma, '/api/feed');
    const [item] = (feed as { items: { id: string; title: string }[] }).items;

    // Signed out, as someone who follows a digest's LinkedIn button.
    const context = await product.browser.newContext();
    await context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>LinkedIn</title>' }),
    );
    const page = await context.newPage();
    const link = `/share/${item.id}?network=linkedin&source=digest`;
    await page.goto(`${product.baseUrl}${link}`);
    await page.waitForURL(`${product.baseUrl}/sign-in?next=${encodeURIComponent(link)}`);
    expect(await digestShares()).toBe(before);
    await submitSignIn(page, 'employee@chorus.example');

    const dialog = page.getByRole('dialog', { name: `Share “${item.title}”` });
    await dialog.getByRole('textbox', { name: 'Your post' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'LinkedIn' }).isChecked()).toBe(true);
    expect(page.url()).toBe(`${product.baseUrl}${link}`);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      dialog.getByRole('button', { name: 'Share on LinkedIn' }).click(),
    ]);
    await popup.waitForURL(/^https:\/\/www\.linkedin\.com\//);
    await dialog.getByText(/^Shared\./).waitFor();

    expect(await digestShares()).toBe(before + 1);
    await context.close();
  });

  it("shows the analyst the demo's figures with their definitions, and a CSV of the same view", async () => {
    const anna = await signedIn('analyst@chorus.example');
    await anna
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Analytics' })
      .click();
    await anna.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();

    const clicks = anna.getByRole('region', { name: 'Clicks', exact: true });
    await clicks
      .getByText("Visits to tracked links from people's browsers", { exact: false })
      .waitFor();
    // The card reads: title, figure, definition.
    const [, figure] = (await clicks.innerText()).split('\n').filter((line) => line.trim());
    expect(Number(figure.replace(/[^0-9]/g, ''))).toBeGreaterThan(0);

    // Jan de Vries shared in the demo, then left the programme: he is never ranked.
    const advocates = anna.getByRole('table', { name: 'Top advocates' });
    await advocates.getByRole('row').nth(1).waitFor();
    expect(await advocates.innerText()).not.toContain('Jan de Vries');

    // The view is in the address, and the CSV link carries it.
    await anna.getByText('Last 7 days', { exact: true }).click();
    await anna.waitForURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
    const from = new URL(anna.url()).searchParams.get('from');
    // The link follows the figures shown: it changes once the new period's have loaded.
    const csvLink = anna
      .getByRole('link', { name: 'Download CSV: Top advocates' })
      .and(anna.locator(`[href*="from=${from}"]`));
    await csvLink.waitFor();
    const href = (await csvLink.getAttribute('href')) ?? '';
    expect(href).toContain('format=csv');
    const csv = await anna.request.get(new URL(href, product.baseUrl).toString());
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toContain(
      `chorus-advocates-by-clicks-${from}-to-`,
    );
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'rank,name,department,shares,verified shares,clicks,unique visitors',
    );
  });
});
