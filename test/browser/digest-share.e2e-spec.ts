import type { Page } from 'playwright-core';
import { productInChromium, readApi, submitSignIn } from '../support/browser';
import { eventually } from '../support/eventually';

// The demo employee's digest waits in the Outbox. Its LinkedIn button, followed by someone not
// signed in, asks them to sign in and then opens the share dialog for that item on LinkedIn;
// sharing from there records the share as coming from the digest, and Analytics counts it there.

interface KeptMail {
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
}

describe('sharing from the digest, in Chromium', () => {
  // Mail leaves the queue at once, so the digest reaches the Outbox without waiting for a slot.
  const product = productInChromium(() => ({ env: { MAIL_RATE_PER_MINUTE: '60000' } }));

  /** The "Digest" row of Analytics' shares by source, as the analyst's page shows it now. */
  async function digestSharesOnAnalytics(analyst: Page): Promise<number> {
    await analyst.goto(`${product.baseUrl}/analytics`);
    const table = analyst.getByRole('table', { name: 'Shares by source' });
    const row = table
      .getByRole('row')
      .filter({ has: analyst.getByRole('rowheader', { name: 'Digest', exact: true }) });
    await row.waitFor();
    const [shares] = await row.getByRole('cell').allInnerTexts();
    return Number(shares.replace(/[^0-9]/g, ''));
  }

  it('follows the digest’s LinkedIn button through sign-in to the share dialog, and shares', async () => {
    const analyst = await product.signedIn('analyst@chorus.example');
    const before = await digestSharesOnAnalytics(analyst);
    const admin = await product.signedIn('admin@chorus.example');
    const digest = await eventually('the demo employee’s digest in the Outbox', async () => {
      const { body } = await readApi(admin, '/api/outbox?page=1&pageSize=100');
      return (body as { items: KeptMail[] }).items.find(
        (mail) =>
          mail.recipient === 'employee@chorus.example' &&
          / to share, picked for you$/.test(mail.subject),
      );
    });
    const button = new RegExp(
      `${product.baseUrl.replace(/[.]/g, '\\.')}/share/([0-9a-f-]{36})\\?network=linkedin&source=digest`,
    );
    const match = digest.text.match(button);
    if (!match) throw new Error(`No LinkedIn button in the digest:\n${digest.text}`);
    const [link, itemId] = match;
    expect(digest.html).toContain(link.replace('&', '&amp;'));

    // Someone following the button from their mailbox: not signed in to Chorus.
    const context = await product.browser.newContext();
    await context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>LinkedIn</title>' }),
    );
    const page = await context.newPage();
    await page.goto(link);
    await submitSignIn(page, 'employee@chorus.example');

    const dialog = page.getByRole('dialog');
    await expect(
      dialog.getByRole('radio', { name: 'LinkedIn', exact: true }).isChecked(),
    ).resolves.toBe(true);
    await dialog.getByRole('textbox', { name: 'Your post' }).waitFor();
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      dialog.getByRole('button', { name: 'Share on LinkedIn' }).click(),
    ]);
    await popup.waitForURL(/^https:\/\/www\.linkedin\.com\//);
    await dialog.getByText(/^Shared\./).waitFor();

    const { body } = await readApi(page, '/api/shares/mine?page=1&pageSize=5');
    const [newest] = (
      body as { items: { item: { id: string }; network: string; source: string }[] }
    ).items;
    expect(newest).toMatchObject({ item: { id: itemId }, network: 'linkedin', source: 'digest' });
    expect(await digestSharesOnAnalytics(analyst)).toBe(before + 1);
    await context.close();
  });
});
