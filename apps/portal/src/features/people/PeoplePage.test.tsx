import { screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../api/client';
import { makePerson, makeUser } from '../../test/factories';
import { apiError, json, mockApi, type RecordedRequest } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'], language: 'en' });

function page(items: Person[], { total = items.length, page = 1, pageSize = 25 } = {}) {
  return json(200, { items, total, page, pageSize });
}

function peopleApi(answer: (request: RecordedRequest) => Response) {
  return mockApi({ 'GET /api/me': () => json(200, admin), 'GET /api/people': answer });
}

function queries(api: ReturnType<typeof mockApi>) {
  return api.requestsTo('GET', '/api/people').map((request) => request.url.search);
}

describe('people', () => {
  it('lists people with name, email, roles, status and joined date', async () => {
    peopleApi(() =>
      page([
        makePerson({
          name: 'Alan Turing',
          email: 'alan@example.com',
          roles: ['curator', 'admin'],
          status: 'deactivated',
          createdAt: '2024-03-15T09:30:00.000Z',
        }),
      ]),
    );
    renderApp('/people');

    const table = await screen.findByRole('table', { name: 'People' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name', 'Email', 'Roles', 'Status', 'Joined']);
    const [, row] = within(table).getAllByRole('row');
    const cells = within(row!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Alan Turing',
      'alan@example.com',
      'CuratorAdmin',
      'Deactivated',
      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
        new Date('2024-03-15T09:30:00Z'),
      ),
    ]);
    expect(screen.getByText('1–1 of 1')).toBeInTheDocument();
  });

  it('formats the joined date and labels in the current language', async () => {
    mockApi({
      'GET /api/me': () => json(200, { ...admin, language: 'nl' }),
      'GET /api/people': () => page([makePerson({ createdAt: '2024-03-15T09:30:00.000Z' })]),
    });
    renderApp('/people');

    const table = await screen.findByRole('table', { name: 'Personen' });
    const dutchDate = new Intl.DateTimeFormat('nl', { dateStyle: 'medium' }).format(
      new Date('2024-03-15T09:30:00Z'),
    );
    expect(dutchDate).not.toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
        new Date('2024-03-15T09:30:00Z'),
      ),
    );
    expect(within(table).getByText(dutchDate)).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Lid sinds' })).toBeInTheDocument();
  });

  it('searches once the user pauses typing', async () => {
    const api = peopleApi(() => page([makePerson()]));
    const { user } = renderApp('/people');
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ada');

    await waitFor(() =>
      expect(queries(api)).toEqual(['?page=1&pageSize=25', '?search=ada&page=1&pageSize=25']),
    );
  });

  it('filters by role', async () => {
    const api = peopleApi(() => page([makePerson()]));
    const { user } = renderApp('/people');
    await screen.findByRole('table');

    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Curator' }));

    await waitFor(() => expect(queries(api)).toContain('?role=curator&page=1&pageSize=25'));
  });

  it('pages through the results', async () => {
    const api = peopleApi(({ url }) => {
      const current = Number(url.searchParams.get('page'));
      return page([makePerson({ name: `Person on page ${current}` })], {
        total: 60,
        page: current,
      });
    });
    const { user } = renderApp('/people');
    expect(await screen.findByRole('cell', { name: 'Person on page 1' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('cell', { name: 'Person on page 2' })).toBeInTheDocument();
    expect(queries(api)).toContain('?page=2&pageSize=25');
    expect(screen.getByText('26–26 of 60')).toBeInTheDocument();
  });

  it('says so when nobody matches', async () => {
    peopleApi(() => page([]));
    renderApp('/people');

    expect(await screen.findByText('No people match your search.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows the server's message when the list cannot be loaded, and can try again", async () => {
    let fail = true;
    peopleApi(() =>
      fail ? apiError(503, 'The database is not reachable.') : page([makePerson({ name: 'Alan' })]),
    );
    const { user } = renderApp('/people');

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('cell', { name: 'Alan' })).toBeInTheDocument();
  });
});
