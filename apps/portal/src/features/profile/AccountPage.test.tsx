import { screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../api/client';
import { makeProfile, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, undocumented } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { ME_QUERY_KEY } from '../../lib/me-queries';
import { AccountPage } from './AccountPage';
import type { Profile } from './api/profile-queries';

/** A signed-in Ada whose profile the fake API keeps and updates like the real one. */
function accountApi(profileOverrides: Partial<Profile> = {}, userOverrides: Partial<User> = {}) {
  let me = makeUser({ name: 'Ada Lovelace', email: 'ada@example.com', ...userOverrides });
  let profile = makeProfile(me, { language: 'en', ...profileOverrides });
  const signedIn = me;
  const api = mockApi({
    'GET /api/me': () => ok(me),
    'GET /api/me/profile': () => ok(profile),
    'PATCH /api/me/profile': ({ body }) => {
      profile = { ...profile, ...body };
      me = { ...me, name: profile.name, language: profile.language };
      return ok(profile);
    },
  });
  return { ...api, me: signedIn };
}

function renderAccount(me: User) {
  return renderPage(AccountPage, { path: '/account', user: me });
}

describe('my account: profile', () => {
  it('shows the profile, with what an administrator set as read-only', async () => {
    const { me } = accountApi(
      {
        department: { id: '00000000-0000-4000-9000-000000000001', name: 'Marketing' },
        socialProfiles: [{ network: 'linkedin', handle: 'ada-lovelace', audienceSize: 500 }],
      },
      { roles: ['curator', 'analyst'] },
    );
    renderAccount(me);

    expect(await screen.findByLabelText('Name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('Email')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    const roles = screen.getByRole('list', { name: 'Roles' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Curator', 'Analyst']);
    expect(screen.getByRole('combobox', { name: 'Preferred language' })).toHaveValue('English');
    expect(screen.getByLabelText('Department')).toHaveValue('Marketing');
    expect(screen.getByLabelText('Department')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Location')).toHaveValue('');
    expect(screen.getByLabelText('LinkedIn handle')).toHaveValue('ada-lovelace');
    expect(screen.getByLabelText('LinkedIn audience size')).toHaveValue('500');
    expect(screen.getByLabelText('Mastodon handle')).toHaveValue('');
    expect(screen.getByLabelText('Threads handle')).toHaveValue('');
    expect(screen.getByLabelText('Threads audience size')).toHaveValue('');
    expect(
      screen.getByText('Chorus never asks for your social network passwords or tokens.'),
    ).toBeInTheDocument();
  });

  it('leads to my notification preferences', async () => {
    const { me } = accountApi();
    renderAccount(me);

    expect(await screen.findByRole('link', { name: 'Notification preferences' })).toHaveAttribute(
      'href',
      '/profile/notifications',
    );
  });

  it('saves name, language and the whole list of social profiles in one request', async () => {
    document.cookie = 'XSRF-TOKEN=t0k3n; path=/';
    const api = accountApi({
      socialProfiles: [{ network: 'x', handle: '@ada', audienceSize: 80 }],
    });
    const { user, queryClient } = renderAccount(api.me);

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.paste('  Ada King  ');
    await user.click(screen.getByLabelText('LinkedIn handle'));
    await user.paste(' ada-king ');
    await user.type(screen.getByLabelText('LinkedIn audience size'), '1200');
    await user.click(screen.getByLabelText('Mastodon handle'));
    await user.paste('@ada@example.social');
    await user.clear(screen.getByLabelText('X handle'));
    await user.clear(screen.getByLabelText('X audience size'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile has been saved.')).toBeInTheDocument();
    const [patch] = api.requestsTo('PATCH', '/api/me/profile');
    expect(patch?.body).toEqual({
      name: 'Ada King',
      language: 'en',
      socialProfiles: [
        { network: 'linkedin', handle: 'ada-king', audienceSize: 1200 },
        { network: 'mastodon', handle: '@ada@example.social', audienceSize: null },
      ],
    });
    expect(patch?.headers.get('X-XSRF-TOKEN')).toBe('t0k3n');
    // The signed-in user is to be fetched again, for the header's name (see the Nederlands test).
    expect(queryClient.getQueryState(ME_QUERY_KEY)?.isInvalidated).toBe(true);
  });

  it('takes a Mastodon handle only as @name@server, and saves it so however it was written', async () => {
    const api = accountApi();
    const { user } = renderAccount(api.me);
    const mastodon = await screen.findByLabelText('Mastodon handle');
    expect(mastodon).toHaveAttribute('placeholder', '@name@mastodon.social');

    // An IP address is no Mastodon server.
    await user.type(mastodon, 'ada@127.0.0.1');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(mastodon).toBeInvalid();
    expect(mastodon).toHaveAccessibleDescription(
      'This is not a Mastodon handle: write it as @name@server, for example @ada@mastodon.social, or paste the address of your profile.',
    );
    expect(api.requestsTo('PATCH', '/api/me/profile')).toHaveLength(0);

    await user.clear(mastodon);
    await user.type(mastodon, 'https://mastodon.social/@ada');
    expect(mastodon).toBeValid();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile has been saved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/me/profile')[0]?.body).toMatchObject({
      socialProfiles: [{ network: 'mastodon', handle: '@ada@mastodon.social', audienceSize: null }],
    });
    expect(mastodon).toHaveValue('@ada@mastodon.social');
  });

  it('keeps the portal in English for a language it is not translated into, and says so', async () => {
    const api = accountApi();
    // The header and the portal's language follow the saved user: the app shell is under test too.
    const { user } = renderApp('/account');

    await user.click(await screen.findByRole('combobox', { name: 'Preferred language' }));
    await user.click(await screen.findByRole('option', { name: 'Suomi' }));

    expect(
      screen.getByText(/The portal itself is not translated into that language/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile has been saved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/me/profile')[0]?.body).toMatchObject({ language: 'fi' });
    await waitFor(() => expect(api.requestsTo('GET', '/api/me')).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Language: English' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Preferred language' })).toHaveValue('Suomi');
  });

  it('switches the portal to Nederlands, and the header to the new name, once they are saved', async () => {
    accountApi();
    // The header and the portal's language follow the saved user: the app shell is under test too.
    const { user } = renderApp('/account');

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Ada King');
    await user.click(screen.getByRole('combobox', { name: 'Preferred language' }));
    await user.click(await screen.findByRole('option', { name: 'Nederlands' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('heading', { name: 'Mijn account' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Ada King')).toBeInTheDocument();
  });

  it('follows a language chosen from the header menu', async () => {
    const ada = makeUser({ name: 'Ada Lovelace', email: 'ada@example.com', language: 'en' });
    let profile = makeProfile(ada);
    mockApi({
      'GET /api/me': () => ok(ada),
      'GET /api/me/profile': () => ok(profile),
      'PATCH /api/me': () => {
        profile = { ...profile, language: 'nl' };
        return ok({ ...ada, language: 'nl' });
      },
    });
    // The language menu is in the header: the app shell is under test too.
    const { user } = renderApp('/account');
    await screen.findByLabelText('Name');

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'Nederlands' }));

    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Voorkeurstaal' })).toHaveValue('Nederlands'),
    );
  });

  it('asks for a name instead of saving an empty one', async () => {
    const api = accountApi();
    const { user } = renderAccount(api.me);

    await user.clear(await screen.findByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(screen.getByText('Enter your name')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/me/profile')).toHaveLength(0);
  });

  it("shows the server's message when saving fails", async () => {
    mockApi({
      'GET /api/me/profile': () => ok(makeProfile({ name: 'Ada', email: 'a@example.com' })),
      'PATCH /api/me/profile': () => apiError(400, 'name must be at most 200 characters'),
    });
    const { user } = renderAccount(makeUser({ name: 'Ada' }));

    await user.type(await screen.findByLabelText('Name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'name must be at most 200 characters',
    );
  });

  it('says so when the profile cannot be loaded', async () => {
    mockApi({
      'GET /api/me/profile': () => undocumented(500, 'The database is unavailable.'),
    });
    renderAccount(makeUser({ name: 'Ada' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is unavailable.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
