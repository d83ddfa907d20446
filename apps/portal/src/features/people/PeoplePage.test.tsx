import { act, screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../api/client';
import { makeGroup, makePerson, makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { cardFields, PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import { SEARCH_DEBOUNCE_MS } from '../../components/DebouncedSearchInput';
import { PersonPage } from './person/PersonPage';
import { PeoplePage } from './PeoplePage';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'], language: 'en' });
const marketing = makeGroup({ name: 'Marketing', kind: 'department', memberCount: 4 });
const amsterdam = makeGroup({ name: 'Amsterdam', kind: 'location', memberCount: 2 });

function page(items: Person[], { total = items.length, page = 1, pageSize = 25 } = {}) {
  return ok({ items, total, page, pageSize });
}

function peopleApi(answer: Handler<'GET /api/people'>, more: Routes = {}) {
  return mockApi({
    'GET /api/people': answer,
    'GET /api/groups/{kind}': ({ params }) =>
      ok(params.kind === 'department' ? [marketing] : [amsterdam]),
    ...more,
  });
}

function queries(api: ReturnType<typeof mockApi>) {
  return api.requestsTo('GET', '/api/people').map((request) => request.url.search);
}

/** The page with a clock the test moves, for the search that waits for a pause in typing. */
function renderWithClock(path = '/people') {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  return renderPage(PeoplePage, {
    path,
    user: admin,
    userEvent: { advanceTimers: vi.advanceTimersByTime },
  });
}

const pause = () => act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));

afterEach(() => {
  vi.useRealTimers();
});

const mediumDate = (iso: string, language = 'en') =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));

describe('people', () => {
  it('lists people with their roles, status, groups, last sign-in and joined date', async () => {
    peopleApi(() =>
      page([
        makePerson({
          id: '00000000-0000-4000-8000-000000000042',
          name: 'Alan Turing',
          email: 'alan@example.com',
          roles: ['curator', 'admin'],
          status: 'deactivated',
          department: { id: marketing.id, name: 'Marketing' },
          location: { id: amsterdam.id, name: 'Amsterdam' },
          lastSignInAt: '2024-04-01T08:00:00.000Z',
          createdAt: '2024-03-15T09:30:00.000Z',
        }),
        makePerson({ name: 'Ada Lovelace', status: 'invited', lastSignInAt: null }),
      ]),
    );
    renderPage(PeoplePage, { path: '/people', user: admin });

    const table = await screen.findByRole('table', { name: 'People' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Name',
      'Email',
      'Roles',
      'Status',
      'Department',
      'Location',
      'Last sign-in',
      'Joined',
    ]);
    const [, alan, ada] = within(table).getAllByRole('row');
    expect(
      within(alan!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Alan Turing',
      'alan@example.com',
      'CuratorAdmin',
      'Deactivated',
      'Marketing',
      'Amsterdam',
      mediumDate('2024-04-01T08:00:00Z'),
      mediumDate('2024-03-15T09:30:00Z'),
    ]);
    expect(within(ada!).getByText('Invited')).toBeInTheDocument();
    expect(within(ada!).getByText('Never')).toBeInTheDocument();
    expect(within(alan!).getByRole('link', { name: 'Alan Turing' })).toHaveAttribute(
      'href',
      '/people/00000000-0000-4000-8000-000000000042',
    );
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
  });

  it('shows each person as a card on a phone, sorted by a list instead of the headings', async () => {
    showAtWidth(PHONE_WIDTH);
    const api = peopleApi(() =>
      page([
        makePerson({
          id: '00000000-0000-4000-8000-000000000042',
          name: 'Alan Turing',
          email: 'alan@example.com',
          roles: ['curator', 'admin'],
          status: 'deactivated',
          department: { id: marketing.id, name: 'Marketing' },
          location: null,
          lastSignInAt: null,
          createdAt: '2024-03-15T09:30:00.000Z',
        }),
      ]),
    );
    const { user } = renderPage(PeoplePage, { path: '/people', user: admin });

    const cards = await screen.findByRole('list', { name: 'People' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [alan] = within(cards).getAllByRole('listitem');
    expect(within(alan!).getByRole('link', { name: 'Alan Turing' })).toHaveAttribute(
      'href',
      '/people/00000000-0000-4000-8000-000000000042',
    );
    expect(cardFields(alan!)).toEqual({
      Email: 'alan@example.com',
      Roles: 'CuratorAdmin',
      Status: 'Deactivated',
      Department: 'Marketing',
      'Last sign-in': 'Never',
      Joined: mediumDate('2024-03-15T09:30:00Z'),
    });

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Joined, descending',
    );
    await waitFor(() =>
      expect(queries(api)).toContain('?sort=createdAt&order=desc&page=1&pageSize=25'),
    );
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue(
      'Joined, descending',
    );
  });

  it('formats the joined date and labels in the current language', async () => {
    mockApi({
      'GET /api/people': () => page([makePerson({ createdAt: '2024-03-15T09:30:00.000Z' })]),
      'GET /api/groups/{kind}': () => ok([]),
    });
    renderPage(PeoplePage, { path: '/people', user: { ...admin, language: 'nl' }, language: 'nl' });

    const table = await screen.findByRole('table', { name: 'Personen' });
    const dutchDate = mediumDate('2024-03-15T09:30:00Z', 'nl');
    expect(dutchDate).not.toBe(mediumDate('2024-03-15T09:30:00Z'));
    expect(within(table).getByText(dutchDate)).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Lid sinds' })).toBeInTheDocument();
  });

  it('searches once the user pauses typing', async () => {
    const api = peopleApi(() => page([makePerson()]));
    const { user } = renderWithClock();
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ada');
    expect(queries(api)).toEqual(['?page=1&pageSize=25']);
    await pause();

    await waitFor(() =>
      expect(queries(api)).toEqual(['?page=1&pageSize=25', '?search=ada&page=1&pageSize=25']),
    );
  });

  it('filters by role and status', async () => {
    const api = peopleApi(() => page([makePerson()]));
    const { user } = renderPage(PeoplePage, { path: '/people', user: admin });
    await screen.findByRole('table');

    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Curator' }));
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Invited' }));

    await waitFor(() =>
      expect(queries(api)).toContain('?role=curator&status=invited&page=1&pageSize=25'),
    );
  });

  it('filters by department and location, listed from the groups', async () => {
    const api = peopleApi(() => page([makePerson()]));
    const { user } = renderPage(PeoplePage, { path: '/people', user: admin });
    await screen.findByRole('table');

    await user.click(screen.getByRole('combobox', { name: 'Department' }));
    await user.click(await screen.findByRole('option', { name: 'Marketing' }));
    await user.click(screen.getByRole('combobox', { name: 'Location' }));
    await user.click(await screen.findByRole('option', { name: 'Amsterdam' }));

    await waitFor(() =>
      expect(queries(api)).toContain(
        `?departmentId=${marketing.id}&locationId=${amsterdam.id}&page=1&pageSize=25`,
      ),
    );
  });

  it('sorts by a column, and reverses the order on a second click', async () => {
    const api = peopleApi(() => page([makePerson()]));
    const { user } = renderPage(PeoplePage, { path: '/people', user: admin });
    const table = await screen.findByRole('table', { name: 'People' });
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(within(table).getByRole('button', { name: 'Last sign-in' }));
    await waitFor(() =>
      expect(queries(api)).toContain('?sort=lastSignInAt&order=asc&page=1&pageSize=25'),
    );
    await user.click(within(table).getByRole('button', { name: 'Last sign-in' }));

    await waitFor(() =>
      expect(queries(api)).toContain('?sort=lastSignInAt&order=desc&page=1&pageSize=25'),
    );
    expect(within(table).getByRole('columnheader', { name: 'Last sign-in' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('pages through the results', async () => {
    const api = peopleApi(({ query }) => {
      const current = Number(query.page ?? 0);
      return page([makePerson({ name: `Person on page ${current}` })], {
        total: 60,
        page: current,
      });
    });
    const { user } = renderPage(PeoplePage, { path: '/people', user: admin });
    expect(await screen.findByRole('cell', { name: 'Person on page 1' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('cell', { name: 'Person on page 2' })).toBeInTheDocument();
    expect(queries(api)).toContain('?page=2&pageSize=25');
    expect(screen.getByText('26–26 of 60')).toBeInTheDocument();
  });

  it('keeps the filters, order and page in the address', async () => {
    const api = peopleApi(({ query }) =>
      page([makePerson()], { total: 60, page: Number(query.page ?? 0) }),
    );
    const { user, router } = renderWithClock();
    const table = await screen.findByRole('table', { name: 'People' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ada');
    await pause();
    await waitFor(() => expect(router.state.location.search).toBe('?search=ada'));
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Curator' }));
    await user.click(screen.getByRole('combobox', { name: 'Department' }));
    await user.click(await screen.findByRole('option', { name: 'Marketing' }));
    await user.click(within(table).getByRole('button', { name: 'Joined' }));
    await user.click(within(table).getByRole('button', { name: 'Joined' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        search: 'ada',
        role: 'curator',
        departmentId: marketing.id,
        sort: 'createdAt',
        order: 'desc',
        page: '2',
      }),
    );
    await waitFor(() =>
      expect(queries(api).at(-1)).toBe(
        `?search=ada&role=curator&departmentId=${marketing.id}&sort=createdAt&order=desc&page=2&pageSize=25`,
      ),
    );
  });

  it('opens a shared view: filters, order and page from the address', async () => {
    const api = peopleApi(() => page([makePerson()], { total: 60, page: 2 }));
    renderPage(PeoplePage, {
      path: `/people?search=ada&role=curator&status=invited&locationId=${amsterdam.id}&sort=email&order=desc&page=2`,
      user: admin,
    });

    const table = await screen.findByRole('table', { name: 'People' });
    expect(queries(api)).toEqual([
      `?search=ada&role=curator&status=invited&locationId=${amsterdam.id}&sort=email&order=desc&page=2&pageSize=25`,
    ]);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('ada');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('Curator');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Invited');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Amsterdam'),
    );
    expect(within(table).getByRole('columnheader', { name: 'Email' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByText('26–26 of 60')).toBeInTheDocument();
  });

  it('comes back to the same view from a person', async () => {
    const alan = makePerson({ name: 'Alan Turing', roles: ['admin'] });
    const api = peopleApi(() => page([alan]), {
      'GET /api/people/{id}': () => ok(alan),
    });
    const { user, router } = renderPage(PeoplePage, {
      path: '/people?role=admin&sort=email',
      user: admin,
      otherPages: { '/people/:id': PersonPage },
    });

    await user.click(await screen.findByRole('link', { name: 'Alan Turing' }));
    await screen.findByRole('heading', { name: 'Alan Turing' });
    await user.click(screen.getByRole('link', { name: 'Back to People' }));

    expect(await screen.findByRole('table', { name: 'People' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/people');
    expect(router.state.location.search).toBe('?role=admin&sort=email');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('Admin');
    expect(queries(api).at(-1)).toBe('?role=admin&sort=email&order=asc&page=1&pageSize=25');
  });

  it('goes to the last page from a page past the end', async () => {
    const api = peopleApi(({ query }) => {
      const current = Number(query.page ?? 0);
      return current > 3
        ? page([], { total: 60, page: current })
        : page([makePerson({ name: `Person on page ${current}` })], { total: 60, page: current });
    });
    const { router } = renderPage(PeoplePage, {
      path: '/people?role=curator&page=99',
      user: admin,
    });

    expect(await screen.findByRole('cell', { name: 'Person on page 3' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?role=curator&page=3');
    expect(queries(api)).toEqual([
      '?role=curator&page=99&pageSize=25',
      '?role=curator&page=3&pageSize=25',
    ]);
  });

  it('goes to the first page when nobody is left to show past it', async () => {
    peopleApi(({ query }) => page([], { total: 0, page: Number(query.page ?? 0) }));
    const { router } = renderPage(PeoplePage, { path: '/people?page=4', user: admin });

    expect(await screen.findByText('No people match your search.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('says so when nobody matches', async () => {
    peopleApi(() => page([]));
    renderPage(PeoplePage, { path: '/people', user: admin });

    expect(await screen.findByText('No people match your search.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows the server's message when the list cannot be loaded, and can try again", async () => {
    let fail = true;
    peopleApi(() =>
      fail ? apiError(503, 'The database is not reachable.') : page([makePerson({ name: 'Alan' })]),
    );
    const { user } = renderPage(PeoplePage, { path: '/people', user: admin });

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('cell', { name: 'Alan' })).toBeInTheDocument();
  });

  it('links to the import page', async () => {
    peopleApi(() => page([makePerson()]));
    const { user, router } = renderPage(PeoplePage, { path: '/people', user: admin });
    await screen.findByRole('table');

    await user.click(screen.getByRole('link', { name: 'Import from CSV' }));

    expect(router.state.location.pathname).toBe('/people/import');
  });
});
