import { screen, within } from '@testing-library/react';
import { makeProfile, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes, undocumented } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { ME_QUERY_KEY } from '../../lib/me-queries';
import { AccountPage } from './AccountPage';

const ada = makeUser({ name: 'Ada Lovelace', email: 'ada@example.com' });

function privacyApi(routes: Routes = {}) {
  return mockApi({
    'GET /api/me/profile': () => ok(makeProfile(ada)),
    ...routes,
  });
}

function renderAccount() {
  return renderPage(AccountPage, { path: '/account', user: ada });
}

/** Captures what the browser would save, instead of the test DOM's missing download support. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const saved: { fileName: string; href: string }[] = [];
  class DownloadableUrl extends URL {
    static override createObjectURL(blob: Blob) {
      blobs.push(blob);
      return `blob:http://localhost/${blobs.length}`;
    }
    static override revokeObjectURL() {}
  }
  vi.stubGlobal('URL', DownloadableUrl);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ fileName: this.download, href: this.href });
  });
  return { blobs, saved };
}

describe('my account: privacy', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('downloads my data as a dated JSON file', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-06T12:00:00Z'));
    const data = { profile: { name: 'Ada Lovelace' }, shares: [] };
    const api = privacyApi({ 'GET /api/me/export': () => ok(data) });
    const downloads = captureDownloads();
    const { user } = renderAccount();

    await user.click(await screen.findByRole('button', { name: 'Download my data' }));

    await vi.waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(downloads.saved[0]).toEqual({
      fileName: 'chorus-my-data-2024-05-06.json',
      href: 'blob:http://localhost/1',
    });
    expect(downloads.blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await downloads.blobs[0]!.text())).toEqual(data);
    expect(api.requestsTo('GET', '/api/me/export')).toHaveLength(1);
  });

  it('says so when the data cannot be downloaded', async () => {
    privacyApi({ 'GET /api/me/export': () => undocumented(500, 'The database is unavailable.') });
    const downloads = captureDownloads();
    const { user } = renderAccount();

    await user.click(await screen.findByRole('button', { name: 'Download my data' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is unavailable.');
    expect(downloads.saved).toHaveLength(0);
  });

  it('deletes the account only after the email address is typed, then signs out', async () => {
    const api = privacyApi({ 'DELETE /api/me': () => reply(204) });
    const { user, router, queryClient } = renderAccount();

    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete my account' });
    expect(dialog).toHaveTextContent('anonymous totals');
    const confirm = within(dialog).getByRole('button', { name: 'Delete my account' });
    expect(confirm).toBeDisabled();

    const email = within(dialog).getByLabelText('Type your email address to confirm');
    await user.type(email, 'ada@example.org');
    expect(confirm).toBeDisabled();
    await user.clear(email);
    await user.type(email, 'ada@example.com');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await screen.findByText('Your account has been deleted.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
    expect(router.state.location.state).toEqual({ signedOut: true });
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toBeNull();
    expect(api.requestsTo('DELETE', '/api/me')[0]?.body).toEqual({
      confirmEmail: 'ada@example.com',
    });
  });

  it('shows nothing of the deleted account to whoever signs in next', async () => {
    const bob = makeUser({ name: 'Bob Baker', email: 'bob@example.com' });
    let me: typeof ada | null = ada;
    mockApi({
      'GET /api/me': () => (me ? ok(me) : apiError(401, 'Please sign in.')),
      'GET /api/me/profile': () => (me ? ok(makeProfile(me)) : apiError(401, 'Please sign in.')),
      'DELETE /api/me': () => {
        me = null;
        return reply(204);
      },
      'POST /api/auth/login': () => {
        me = bob;
        return ok(bob);
      },
    });
    // Signing out and in again as someone else: the whole portal is under test.
    const { user } = renderApp('/account');
    expect(await screen.findByLabelText('Name')).toHaveValue('Ada Lovelace');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete my account' });
    // Pasted rather than typed key by key: this test walks through the whole portal.
    await user.click(within(dialog).getByLabelText('Type your email address to confirm'));
    await user.paste('ada@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account' }));

    await user.click(await screen.findByLabelText('Email'));
    await user.paste('bob@example.com');
    await user.click(screen.getByLabelText('Password'));
    await user.paste('correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Welcome, Bob Baker' });
    await user.click(screen.getByRole('link', { name: 'My account' }));

    expect(await screen.findByLabelText('Name')).toHaveValue('Bob Baker');
    expect(screen.getByLabelText('Email')).toHaveValue('bob@example.com');
  });

  it("shows the API's message when the account cannot be deleted", async () => {
    const message = 'You are the last administrator. Make someone else an administrator first.';
    privacyApi({ 'DELETE /api/me': () => apiError(409, message, { code: 'last_admin' }) });
    const { user, router } = renderAccount();

    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete my account' });
    await user.type(
      within(dialog).getByLabelText('Type your email address to confirm'),
      'ada@example.com',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(router.state.location.pathname).toBe('/account');
  });
});
