import type { Page } from 'playwright-core';
import { productInChromium, readApi, submitSignIn } from '../support/browser';

const EVERYONE = [
  'Home',
  'My account',
  'Advocacy programme',
  'Social media policy',
  'Training',
  'Check a post',
  'Report a comment',
  'My activity',
  'Challenges',
  'Leaderboards',
  'How points are earned',
];
const CURATION = ['Content', 'Sources', 'Topics', 'Campaigns', 'Comment inbox', 'Edit training'];
const INSIGHTS = ['Analytics', 'Content performance'];

const DEMO = [
  {
    email: 'admin@chorus.example',
    name: 'Ada Admin',
    nav: [
      ...EVERYONE,
      ...CURATION,
      ...INSIGHTS,
      'Policy & training',
      'People',
      'Groups',
      'Restricted terms',
      'Policy versions',
      'Tracked links',
      'Audit log',
      'Outbox',
      'Settings',
      'Chat channels',
    ],
  },
  {
    email: 'curator@chorus.example',
    name: 'Carlos Curator',
    nav: [...EVERYONE, ...CURATION, ...INSIGHTS],
  },
  {
    email: 'analyst@chorus.example',
    name: 'Anna Analyst',
    nav: [...EVERYONE, ...INSIGHTS, 'Policy & training'],
  },
  { email: 'employee@chorus.example', name: 'Emma Employee', nav: EVERYONE },
];

describe('the portal in Chromium, against the built product with demo data', () => {
  const product = productInChromium();

  function navigationLinks(page: Page) {
    return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
  }

  it.each(DEMO)(
    'signs in as $email, shows only the pages that role may use, and signs out',
    async (account) => {
      const page = await product.signedIn(account.email);
      await page.getByRole('heading', { name: `Welcome, ${account.name}` }).waitFor();
      expect(await navigationLinks(page).allInnerTexts()).toEqual(account.nav);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
      const me = await page.request.get(`${product.baseUrl}/api/me`);
      expect(me.status()).toBe(401);
      await page.context().close();
    },
  );

  it('shows the server’s message for a wrong password', async () => {
    const page = await product.browser.newPage();
    await page.goto(product.baseUrl);
    await submitSignIn(page, 'employee@chorus.example', 'not-the-password');
    await page.getByText('Email or password is incorrect.').waitFor();
    expect((await readApi(page, '/api/me')).status).toBe(401);
    await page.close();
  });

  it('returns to the sign-in page when the session has ended, then back to the page asked for', async () => {
    const page = await product.signedIn('admin@chorus.example');
    const context = page.context();
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();

    await context.clearCookies();
    await page.goto(`${product.baseUrl}/people`);
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();

    await submitSignIn(page, 'admin@chorus.example');
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.getByRole('cell', { name: 'jan.devries@chorus.example' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people');
    expect(await readApi(page, '/api/me')).toMatchObject({
      status: 200,
      body: { email: 'admin@chorus.example' },
    });
    await context.close();
  });

  it('switches the portal to Dutch and keeps the choice with the account', async () => {
    const page = await product.signedIn('curator@chorus.example');
    await page.getByRole('heading', { name: 'Welcome, Carlos Curator' }).waitFor();

    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();

    await page.context().close();

    // Another browser, nothing remembered locally: the preference comes from the account.
    const again = await product.signedIn('curator@chorus.example');
    const elsewhere = again.context();
    await again.getByRole('heading', { name: 'Welkom, Carlos Curator' }).waitFor();
    // Leave the demo account as it was found.
    const xsrf = (await elsewhere.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const reset = await again.request.patch(`${product.baseUrl}/api/me`, {
      data: { language: 'en' },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    expect(reset.status()).toBe(200);
    await elsewhere.close();
  });
});
