import { SSO_ERROR_REASONS } from '@chorus/core';
import { screen, waitFor } from '@testing-library/react';
import { createI18n } from '../../i18n';
import { apiError, type Handler, mockApi, ok, undocumented } from '../../test/mock-api';
import { makeUser } from '../../test/factories';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import type { User } from '../../api/client';
import type { UiLanguage } from '@chorus/core';
import { browserNavigation } from './browser-navigation';
import { SignInPage } from './SignInPage';
import { AUTH_OPTIONS_QUERY_KEY } from './api/auth-options-queries';
import { ME_QUERY_KEY } from '../../lib/me-queries';

function signedOutApi(login: Handler<'POST /api/auth/login'>) {
  return mockApi({
    'GET /api/me': () => apiError(401, 'Please sign in.'),
    'POST /api/auth/login': login,
  });
}

/** The sign-in page at `path`, for nobody signed in unless `user` is. */
function renderSignIn(
  path = '/sign-in',
  { user = null, language = 'en' }: { user?: User | null; language?: UiLanguage } = {},
) {
  return renderPage(SignInPage, { path, user, language });
}

async function signIn(
  user: ReturnType<typeof renderSignIn>['user'],
  email: string,
  password: string,
) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('is shown when GET /api/me answers 401', async () => {
    signedOutApi(() => undocumented(500, 'unused'));
    // The redirect is the routes' guard's: the whole portal is under test.
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Sign in to Chorus' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it("shows the server's message when the credentials are wrong", async () => {
    signedOutApi(() => apiError(401, 'Wrong email or password.'));
    const { user } = renderSignIn();

    await signIn(user, 'ada@example.com', 'not-her-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(screen.getByRole('heading', { name: 'Sign in to Chorus' })).toBeInTheDocument();
  });

  it("shows the server's message after too many attempts", async () => {
    signedOutApi(() => apiError(429, 'Too many sign-in attempts. Try again in 15 minutes.'));
    const { user } = renderSignIn();

    await signIn(user, 'ada@example.com', 'guess');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 15 minutes.',
    );
  });

  it('says so when the server cannot be reached', async () => {
    signedOutApi(() => Promise.reject(new TypeError('fetch failed')));
    const { user } = renderSignIn();

    await signIn(user, 'ada@example.com', 'correct horse');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chorus could not be reached. Check your connection and try again.',
    );
  });

  it('asks for both fields before calling the API', async () => {
    const api = signedOutApi(() => undocumented(500, 'unused'));
    const { user } = renderSignIn();

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('lands on Home, signed in as the user, after signing in', async () => {
    const ada = makeUser({ name: 'Ada Lovelace', email: 'ada@example.com' });
    const api = signedOutApi(() => ok(ada));
    const { user, router, queryClient } = renderSignIn();

    await signIn(user, ' ada@example.com ', 'correct horse');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toEqual(ada);
    expect(api.requestsTo('POST', '/api/auth/login')[0]?.body).toEqual({
      email: 'ada@example.com',
      password: 'correct horse',
    });
  });

  it('returns to the page that was asked for after signing in', async () => {
    const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });
    signedOutApi(() => ok(admin));
    // Sent to sign in by the routes' guard, and back: the whole portal is under test.
    const { user, router } = renderApp('/account');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Faccount');

    await signIn(user, 'grace@example.com', 'cobol');

    expect(await screen.findByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });

  it('ignores a next address on another site', async () => {
    const ada = makeUser({ name: 'Ada Lovelace' });
    signedOutApi(() => ok(ada));
    const { user, router } = renderSignIn('/sign-in?next=%2F%2Fevil.example%2Fphish');

    await signIn(user, 'ada@example.com', 'correct horse');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('');
  });

  it('sends a signed-in visitor straight on', async () => {
    mockApi({});
    const { router } = renderSignIn('/sign-in', { user: makeUser({ name: 'Ada Lovelace' }) });

    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});

describe('other ways in from the sign-in page', () => {
  function signInOptions(sso: boolean) {
    return mockApi({
      'GET /api/me': () => apiError(401, 'Please sign in.'),
      'GET /api/auth/options': () => ok({ sso }),
    });
  }

  it('offers no single sign-on when it is not configured', async () => {
    signInOptions(false);
    const { queryClient } = renderSignIn();

    await screen.findByRole('heading', { name: 'Sign in to Chorus' });
    // Until the answer has arrived, the button would be missing anyway.
    await waitFor(() =>
      expect(queryClient.getQueryState(AUTH_OPTIONS_QUERY_KEY)?.status).toBe('success'),
    );

    expect(screen.queryByRole('button', { name: 'Sign in with SSO' })).not.toBeInTheDocument();
  });

  it('leaves for single sign-on, coming back to the page that was asked for', async () => {
    signInOptions(true);
    const assign = vi.spyOn(browserNavigation, 'assign').mockImplementation(() => {});
    const { user } = renderSignIn('/sign-in?next=%2Fpeople%3Fpage%3D2');

    await user.click(await screen.findByRole('button', { name: 'Sign in with SSO' }));

    expect(assign).toHaveBeenCalledWith('/api/auth/sso/start?returnTo=%2Fpeople%3Fpage%3D2');
  });

  it('sends single sign-on back to Home rather than to another site', async () => {
    signInOptions(true);
    const assign = vi.spyOn(browserNavigation, 'assign').mockImplementation(() => {});
    const { user } = renderSignIn('/sign-in?next=%2F%2Fevil.example%2Fphish');

    await user.click(await screen.findByRole('button', { name: 'Sign in with SSO' }));

    expect(assign).toHaveBeenCalledWith('/api/auth/sso/start?returnTo=%2F');
  });

  it.each([...SSO_ERROR_REASONS])('explains why single sign-on failed: %s', async (reason) => {
    signInOptions(true);
    const { i18n } = renderSignIn(`/sign-in?sso_error=${reason}`);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `${i18n.t('signIn.ssoFailed')}${i18n.t(`signIn.ssoErrors.${reason}`)}`,
    );
  });

  it('has an explanation for every reason the API can give', () => {
    // nl.json has the same keys as en.json (see i18n.test.ts).
    const { exists } = createI18n('en');
    for (const reason of SSO_ERROR_REASONS) {
      expect(exists(`signIn.ssoErrors.${reason}`), reason).toBe(true);
    }
  });

  it('never shows text from the address, only a general explanation', async () => {
    signInOptions(true);
    const { i18n } = renderSignIn(
      '/sign-in?sso_error=Call%200800-SCAM%20to%20unlock%20your%20account',
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `${i18n.t('signIn.ssoFailed')}${i18n.t('signIn.ssoErrors.unknown')}`,
    );
    expect(screen.queryByText(/0800-SCAM/)).not.toBeInTheDocument();
  });

  it('explains the reason in the language of the page', async () => {
    signInOptions(true);
    renderSignIn('/sign-in?sso_error=deactivated', { language: 'nl' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Je account is gedeactiveerd. Vraag een beheerder om het weer te activeren.',
    );
  });

  it('leads to the page for a forgotten password', async () => {
    signInOptions(false);
    const { user, router } = renderSignIn();

    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
  });
});
