import { screen, waitFor } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../../i18n';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

// The switch lives in the layout's header and on the sign-in page, and the layout follows the
// user's saved language: these tests are about the frame, so they render the whole portal.
describe('language switch', () => {
  it('switches to Nederlands at once and saves it with the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-abc; path=/';
    const ada = makeUser({ name: 'Ada Lovelace', language: 'en' });
    const api = mockApi({
      'GET /api/me': () => ok(ada),
      'PATCH /api/me': ({ body }) => ok({ ...ada, ...body }),
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' });

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'Nederlands' }));

    expect(
      await screen.findByRole('heading', { name: 'Welkom, Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afmelden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mijn account' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'nl');

    await waitFor(() => expect(api.requestsTo('PATCH', '/api/me')).toHaveLength(1));
    const [patch] = api.requestsTo('PATCH', '/api/me');
    expect(patch?.body).toEqual({ language: 'nl' });
    expect(patch?.headers.get('X-XSRF-TOKEN')).toBe('csrf-abc');
  });

  it("follows the signed-in user's saved language", async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ name: 'Ada', language: 'nl' })) });
    renderApp('/', { language: 'en' });

    expect(await screen.findByRole('heading', { name: 'Welkom, Ada' })).toBeInTheDocument();
  });

  it('before sign-in, switches without calling the API and remembers the choice', async () => {
    const api = mockApi({ 'GET /api/me': () => apiError(401, 'Please sign in.') });
    const { user } = renderApp('/sign-in');

    await user.click(await screen.findByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'Nederlands' }));

    expect(
      await screen.findByRole('heading', { name: 'Aanmelden bij Chorus' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(api.requestsTo('PATCH', '/api/me')).toHaveLength(0);
  });

  it('returns to the saved language and says why when saving fails', async () => {
    mockApi({
      'GET /api/me': () => ok(makeUser({ name: 'Ada', language: 'en' })),
      'PATCH /api/me': () => apiError(400, 'language must be one of: en, nl'),
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'Nederlands' }));

    expect(await screen.findByText('language must be one of: en, nl')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
  });

  it('shows the portal in English for a preferred language it is not translated into', async () => {
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ name: 'Ada', language: 'fi' })),
    });
    const { user, i18n } = renderApp('/', { language: 'nl' });

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(i18n.language).toBe('en');

    // English is what a Finnish speaker already sees: choosing it keeps Finnish as the preference.
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));
    expect(api.requestsTo('PATCH', '/api/me')).toHaveLength(0);
  });

  it('returns to English, not to an untranslated language, when saving fails', async () => {
    mockApi({
      'GET /api/me': () => ok(makeUser({ name: 'Ada', language: 'fi' })),
      'PATCH /api/me': () => apiError(503, 'The database is unavailable.'),
    });
    const { user, i18n } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'Nederlands' }));

    expect(await screen.findByText('The database is unavailable.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(i18n.language).toBe('en');
  });

  it('keeps a language chosen before sign-in and saves it for someone who never chose one', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'nl');
    const ada = makeUser({ name: 'Ada', language: 'en', languageChosen: false });
    const api = mockApi({
      'GET /api/me': () => ok(ada),
      'PATCH /api/me': ({ body }) => ok({ ...ada, ...body, languageChosen: true }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Welkom, Ada' })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo('PATCH', '/api/me')).toHaveLength(1));
    expect(api.requestsTo('PATCH', '/api/me')[0]?.body).toEqual({ language: 'nl' });
  });

  it('follows the language a person chose themselves over one chosen before sign-in', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'nl');
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ name: 'Ada', language: 'en', languageChosen: true })),
    });
    const { i18n } = renderApp('/', { language: 'nl' });

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(i18n.language).toBe('en');
    expect(api.requestsTo('PATCH', '/api/me')).toHaveLength(0);
  });
});
