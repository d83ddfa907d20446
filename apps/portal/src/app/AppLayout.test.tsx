import { act, screen, waitFor, within } from '@testing-library/react';
import { ME_QUERY_KEY } from '../lib/me-queries';
import { makeContentItem, makePerson, makeProfile, makeUser } from '../test/factories';
import { apiError, mockApi, ok, reply, type ReplyOf } from '../test/mock-api';
import { pageRequestPaths, renderApp } from '../test/render-app';
import { PHONE_WIDTH, showAtWidth } from '../test/viewport';

function navigationLinks() {
  const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
  return within(navigation)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

/** The pages everyone has, then the curators' pages, in navigation order. */
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
/** The analytics pages: for curators, analysts and admins. */
const ANALYTICS = ['Analytics', 'Content performance'];

describe('app shell', () => {
  it("shows the product name, the user's name and Sign out in the header", async () => {
    showAtWidth(1280);
    mockApi({ 'GET /api/me': () => ok(makeUser({ name: 'Ada Lovelace' })) });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Chorus')).toBeInTheDocument();
    expect(within(header).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('keeps Sign out at the foot of the navigation on a phone, where the header has no room', async () => {
    showAtWidth(PHONE_WIDTH);
    mockApi({ 'GET /api/me': () => ok(makeUser({ name: 'Ada Lovelace' })) });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('does not offer People to an employee', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee'] })) });
    renderApp('/');

    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(navigationLinks()).toEqual(EVERYONE);
  });

  it("offers an admin's pages in order, without the pages reached from People", async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee', 'admin'] })) });
    renderApp('/');

    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(navigationLinks()).toEqual([
      ...EVERYONE,
      ...CURATION,
      ...ANALYTICS,
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
    ]);
  });

  it("offers a curator the curation pages, without the admin's", async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee', 'curator'] })) });
    renderApp('/');

    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(navigationLinks()).toEqual([...EVERYONE, ...CURATION, ...ANALYTICS]);
  });

  it('offers an analyst the analytics pages and the policy and training figures', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee', 'analyst'] })) });
    renderApp('/');

    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(navigationLinks()).toEqual([...EVERYONE, ...ANALYTICS, 'Policy & training']);
  });

  it('groups the navigation into sections for the roles held', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee', 'analyst'] })) });
    renderApp('/');

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByText('Advocacy')).toBeInTheDocument();
    expect(within(navigation).getByText('Insights')).toBeInTheDocument();
    expect(within(navigation).queryByText('Curation')).not.toBeInTheDocument();
    expect(within(navigation).queryByText('Administration')).not.toBeInTheDocument();
  });

  it('marks only the most specific entry: Edit training, not Training', async () => {
    mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['curator'] })),
      'GET /api/training/stages/{stage}': () =>
        ok({
          stage: 1,
          title: 'Foundations',
          summary: '',
          passMark: 80,
          language: 'en',
          availableIn: ['en'],
          translations: [],
          lessons: [],
          questions: [],
        }),
    });
    renderApp('/training/edit');

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Edit training' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(navigation).getByRole('link', { name: 'Training' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('keeps Content marked while on one of its items', async () => {
    const id = '00000000-0000-4000-a400-000000000999';
    mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['curator'] })),
      'GET /api/content/{id}': () => ok(makeContentItem({ id })),
    });
    renderApp(`/content/${id}`);

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Content' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('marks Content performance, not Analytics, on the content figures', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['analyst'] })) });
    renderApp('/analytics/content');

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Content performance' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(navigation).getByRole('link', { name: 'Analytics' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('keeps People marked while on a person of the list', async () => {
    mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['admin'] })),
      'GET /api/people/{id}': () => ok(makePerson({ id: '00000000-0000-4000-8000-000000000999' })),
    });
    renderApp('/people/00000000-0000-4000-8000-000000000999');

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'People' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('names the browser tab after the page, a person by the page they are on', async () => {
    const id = '00000000-0000-4000-8000-000000000998';
    mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['admin'] })),
      'GET /api/people/{id}': () => ok(makePerson({ id })),
    });
    const { router } = renderApp('/account');

    await waitFor(() => expect(document.title).toBe('My account · Chorus'));
    await act(() => router.navigate(`/people/${id}`));
    await waitFor(() => expect(document.title).toBe('Person · Chorus'));
  });

  it('offers keyboard users a first link that skips to the page itself', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser()) });
    const { user } = renderApp('/account');
    await screen.findByRole('navigation', { name: 'Main navigation' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('tells an employee who opens a person or the import that they are not allowed', async () => {
    const api = mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee'] })) });
    renderApp('/people/import');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(pageRequestPaths(api)).toEqual(['/api/me']);
  });

  it('marks the current page in the navigation', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser()) });
    renderApp('/account');

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'My account' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(navigation).getByRole('link', { name: 'Home' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('tells an employee who types /people that they are not allowed, without asking the API', async () => {
    const api = mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee'] })) });
    renderApp('/people');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/people')).toHaveLength(0);
  });

  it('says so when a page does not exist', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser()) });
    renderApp('/no-such-page');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
  });

  it('shows a loader while finding out who is signed in', async () => {
    let answer: (reply: ReplyOf<'GET /api/me'>) => void = () => {};
    mockApi({
      'GET /api/me': () => new Promise<ReplyOf<'GET /api/me'>>((resolve) => (answer = resolve)),
    });
    renderApp('/');

    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument();
    answer(ok(makeUser({ name: 'Ada Lovelace' })));
    expect(
      await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' }),
    ).toBeInTheDocument();
  });

  it('offers to try again when it cannot tell who is signed in', async () => {
    let up = false;
    mockApi({
      'GET /api/me': () =>
        up ? ok(makeUser({ name: 'Ada' })) : apiError(503, 'Chorus is starting up.'),
    });
    const { user } = renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('Chorus is starting up.');
    up = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
  });

  it('signs out: calls logout with the CSRF token, forgets the user and shows the sign-in page', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ name: 'Ada Lovelace', roles: ['admin'] })),
      'GET /api/people': () => ok({ items: [], total: 0, page: 1, pageSize: 25 }),
      'POST /api/auth/logout': () => reply(204),
    });
    const { user, router, queryClient } = renderApp('/people');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Chorus' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
    const [logout] = api.requestsTo('POST', '/api/auth/logout');
    expect(logout?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toBeNull();
    expect(queryClient.getQueryCache().findAll({ queryKey: ['people'] })).toHaveLength(0);
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
  });
});

describe('expired session', () => {
  it('sends the user to sign in when an API call answers 401, then back to the page', async () => {
    let signedIn = true;
    const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });
    mockApi({
      'GET /api/me': () => (signedIn ? ok(admin) : apiError(401, 'Please sign in.')),
      'GET /api/people': () =>
        signedIn
          ? ok({
              items: [makePerson({ name: 'Alan Turing' })],
              total: 1,
              page: 1,
              pageSize: 25,
            })
          : apiError(401, 'Your session has expired.'),
      'POST /api/auth/login': () => {
        signedIn = true;
        return ok(admin);
      },
    });
    const { user, router, queryClient } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Grace Hopper' });

    signedIn = false;
    await user.click(screen.getByRole('link', { name: 'People' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Chorus' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fpeople');
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toBeNull();
    expect(
      await screen.findByText('Your session has expired. Please sign in again.'),
    ).toBeInTheDocument();

    // Pasted rather than typed: each keystroke would re-render the whole portal.
    await user.click(screen.getByLabelText('Email'));
    await user.paste('grace@example.com');
    await user.click(screen.getByLabelText('Password'));
    await user.paste('cobol');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('cell', { name: 'Alan Turing' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/people'));
  });

  it('sends the user to sign in when a write answers 401', async () => {
    const ada = makeUser({ name: 'Ada Lovelace' });
    mockApi({
      'GET /api/me': () => ok(ada),
      'GET /api/me/profile': () => ok(makeProfile(ada)),
      'PATCH /api/me/profile': () => apiError(401, 'Your session has expired.'),
    });
    const { user, router } = renderApp('/account');

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.paste('Ada King');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Chorus' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Faccount');
  });
});
