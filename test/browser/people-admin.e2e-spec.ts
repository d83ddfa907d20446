import french from '../../apps/portal/src/i18n/locales/fr.json';
import type { Page } from 'playwright-core';
import { productInChromium, readApi } from '../support/browser';
import { eventually } from '../support/eventually';

// An administrator getting people in: inviting one by mail, importing a CSV from HR, and
// deactivating someone who left. Against the built product with demo data and no SMTP server,
// so mail is read from the outbox like an offline installation would.

describe('people administration in Chromium', () => {
  const product = productInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await product.signedIn('admin@chorus.example');
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();
  });

  it('invites someone, who follows the link from the outbox, chooses a password and is signed in', async () => {
    await page.goto(`${product.baseUrl}/people`);
    await page.getByRole('button', { name: 'Invite person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('hanna.berg@chorus.example');
    await dialog.getByLabel('Name').fill('Hanna Berg');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'hanna.berg@chorus.example' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Outbox' })
      .click();
    const outbox = page.getByRole('table', { name: 'Outbox' });
    const invitation = outbox.getByRole('row', { name: /hanna\.berg@chorus\.example/ }).first();
    // The mail queue keeps the invitation moments after it is written: look again until it is.
    await eventually('the invitation kept in the outbox', async () => {
      await outbox.waitFor();
      if ((await invitation.count()) > 0) return true;
      await page.reload();
      return false;
    });
    await invitation.getByText('You are invited to Chorus').click();
    const link = await page
      .getByRole('link', { name: /\/invitation\?token=/ })
      .first()
      .getAttribute('href');

    const invitee = await product.browser.newContext();
    const welcome = await invitee.newPage();
    await welcome.goto(link!);
    await welcome.getByText('Welcome, Hanna Berg').waitFor();
    await welcome.getByLabel('Choose a password').fill('hanna-private-passphrase');
    await welcome.getByLabel('Repeat password').fill('hanna-private-passphrase');
    await welcome.getByRole('button', { name: 'Join Chorus' }).click();
    // The invitation page greets her by name too: the portal's navigation shows she is in.
    await welcome.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await welcome.getByRole('heading', { name: 'Welcome, Hanna Berg' }).waitFor();
    expect(await readApi(welcome, '/api/me')).toMatchObject({
      status: 200,
      body: { name: 'Hanna Berg', status: 'active' },
    });
    await invitee.close();
  });

  it('previews a CSV import with its problems, then imports a corrected file', async () => {
    await page.goto(`${product.baseUrl}/people/import`);
    const upload = (content: string) =>
      page.locator('input[type="file"]').setInputFiles({
        name: 'people.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(content),
      });

    await upload(
      'email,name,department,location,language,roles\n' +
        'ola.nordmann@chorus.example,Ola Nordmann,Engineering,Oslo,no,employee\n' +
        'broken-address,Someone,Sales,,,\n',
    );
    await page.getByText('Create them').click();
    await page.getByRole('button', { name: 'Preview' }).click();
    const problems = page.getByRole('table', { name: 'Import problems' });
    await problems.getByRole('cell', { name: '3', exact: true }).waitFor();
    expect(await problems.getByRole('row').count()).toBe(2);
    expect(await page.getByRole('button', { name: /^Import \d+ people$/ }).isDisabled()).toBe(true);

    await upload(
      'email,name,department,location,language,roles\n' +
        'ola.nordmann@chorus.example,Ola Nordmann,Engineering,Oslo,no,employee\n' +
        'kari.hansen@chorus.example,Kari Hansen,Sales,Oslo,no,employee;curator\n',
    );
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByRole('table', { name: 'Import changes' })
      .getByRole('cell', { name: 'kari.hansen@chorus.example' })
      .waitFor();
    await page.getByRole('button', { name: 'Import 2 people' }).click();
    await page.getByText('Import complete').first().waitFor();

    await page.goto(`${product.baseUrl}/people`);
    await page.getByRole('cell', { name: 'kari.hansen@chorus.example' }).waitFor();
    const row = page.getByRole('row', { name: /kari\.hansen@chorus\.example/ });
    expect(await row.textContent()).toMatch(/Oslo/);
  });

  it('deactivates someone who left: their open session ends at once', async () => {
    const welcome = french.home.welcome.replace('{{name}}', 'Marc Dubois');
    const theirPage = await product.signedIn('marc.dubois@chorus.example', {
      welcome: new RegExp(`^${welcome}$`),
    });

    await page.goto(`${product.baseUrl}/people`);
    await page.getByRole('link', { name: 'Marc Dubois' }).click();
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('button', { name: 'Reactivate' }).waitFor();

    const me = await theirPage.request.get(`${product.baseUrl}/api/me`);
    expect(me.status()).toBe(401);
    await theirPage.context().close();

    // The newest entry of the audit log is this deactivation, by the admin, with its request id.
    await page.goto(`${product.baseUrl}/audit`);
    const newest = page.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1);
    await newest.getByText('Person deactivated').waitFor();
    expect(await newest.textContent()).toMatch(
      /admin@chorus\.example.*marc\.dubois@chorus\.example/,
    );
  });
});
