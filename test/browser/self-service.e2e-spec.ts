import danish from '../../apps/portal/src/i18n/locales/da.json';
import type { BrowserContext, Page } from 'playwright-core';
import { productInChromium, readApi, submitSignIn } from '../support/browser';
import { eventually } from '../support/eventually';
import { issuerOf, startOidcProvider, stop } from '../support/oidc';
import { freePort, Watched } from '../support/processes';

// What every person does on their own: single sign-on, a forgotten password, their profile and
// their right to take their data or erase it. Against the built product with demo data and a
// real OpenID provider.

describe('self-service in Chromium: SSO, password reset, profile and privacy', () => {
  let provider: Watched;
  let port: number;
  let issuer: URL;

  beforeAll(async () => {
    port = await freePort();
    provider = startOidcProvider({
      clientId: 'chorus',
      clientSecret: 'browser-sso-secret',
      redirectUris: [`http://127.0.0.1:${port}/api/auth/sso/callback`],
      accounts: [
        {
          sub: 'idp-noor',
          email: 'noor.haddad@chorus.example',
          name: 'Noor Haddad',
          department: 'Marketing',
        },
      ],
    });
    issuer = await issuerOf(provider);
  }, 60_000);

  afterAll(async () => {
    await stop(provider);
  });

  const product = productInChromium(() => ({
    env: {
      OIDC_ISSUER: issuer.href,
      OIDC_CLIENT_ID: 'chorus',
      OIDC_CLIENT_SECRET: 'browser-sso-secret',
      OIDC_DEPARTMENT_CLAIM: 'department',
    },
    port,
  }));

  // In English, which each colleague chooses on the sign-in page: the tests read English.
  async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const page = await product.signedIn(email, { language: 'en' });
    return { context: page.context(), page };
  }

  /** The newest mail to `email` in the outbox, read through the API as the demo admin. */
  async function outboxLink(email: string, path: string): Promise<string> {
    const { context, page } = await signedIn('admin@chorus.example');
    const response = await page.request.get(`${product.baseUrl}/api/outbox`);
    const { items } = (await response.json()) as { items: { recipient: string; text: string }[] };
    await context.close();
    // Among all their mail (their digest may arrive after the reset), newest first.
    const link = items
      .filter((item) => item.recipient === email)
      .flatMap((item) => item.text.match(/https?:\/\/\S+/g) ?? [])
      .find((url) => new URL(url).pathname === path);
    if (!link) throw new Error(`No ${path} link for ${email} in the outbox`);
    return link;
  }

  it('signs a new person in through the identity provider and lands them in the portal', async () => {
    const context = await product.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${product.baseUrl}/account`);

    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await page.locator('input[name="login"]').fill('idp-noor');
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back at the page first asked for, signed in as a new employee in the claimed department.
    await page.waitForURL(`${product.baseUrl}/account`);
    await page.getByLabel('Name', { exact: true }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Noor Haddad');
    expect(await page.getByLabel('Department').inputValue()).toBe('Marketing');
    await context.close();
  });

  it('resets a forgotten password through the mailed link', async () => {
    const context = await product.browser.newContext();
    const page = await context.newPage();
    await page.goto(product.baseUrl);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill('sofie.jensen@chorus.example');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText(/a reset link is on its way/).waitFor();

    const link = await eventually('the reset link kept in the outbox', () =>
      outboxLink('sofie.jensen@chorus.example', '/reset-password').catch(() => undefined),
    );
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('sofie-new-passphrase');
    await page.getByLabel('Repeat new password').fill('sofie-new-passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    // Signed in at once, in her own language: Sofie never chose another.
    await page
      .getByRole('heading', { name: danish.home.welcome.replace('{{name}}', 'Sofie Jensen') })
      .waitFor();

    const fresh = await product.browser.newContext();
    const again = await fresh.newPage();
    await again.goto(product.baseUrl);
    await submitSignIn(again, 'sofie.jensen@chorus.example', 'sofie-new-passphrase');
    await again
      .getByRole('heading', { name: danish.home.welcome.replace('{{name}}', 'Sofie Jensen') })
      .waitFor();
    expect(await readApi(again, '/api/me')).toMatchObject({
      status: 200,
      body: { email: 'sofie.jensen@chorus.example' },
    });
    await fresh.close();
    await context.close();
  });

  it('keeps declared social audiences on the profile', async () => {
    const { context, page } = await signedIn('lars.andersson@chorus.example');
    await page.goto(`${product.baseUrl}/account`);
    await page.getByLabel('Bluesky handle').fill('lars.bsky.social');
    await page.getByLabel('Bluesky audience size').fill('275');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText(/saved/i).first().waitFor();

    await page.reload();
    await page.getByLabel('Bluesky handle').waitFor();
    expect(await page.getByLabel('Bluesky handle').inputValue()).toBe('lars.bsky.social');
    expect(await page.getByLabel('Bluesky audience size').inputValue()).toBe('275');
    await context.close();
  });

  it('deletes an account once its owner types their address, and it can no longer sign in', async () => {
    const { context, page } = await signedIn('priya.nair@chorus.example');
    await page.goto(`${product.baseUrl}/account`);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Type your email address to confirm').fill('priya.nair@chorus.example');
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();

    await submitSignIn(page, 'priya.nair@chorus.example');
    await page.getByText('Email or password is incorrect.').waitFor();
    expect((await readApi(page, '/api/me')).status).toBe(401);
    await context.close();
  });
});
