import { screen, waitFor, within } from '@testing-library/react';
import type { GroupKind } from '@chorus/core';
import type { Schemas } from '../../api/client';
import { makeGroup, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { GroupsPage } from './GroupsPage';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });
const marketing = makeGroup({ name: 'Marketing', kind: 'department', memberCount: 3 });
const sales = makeGroup({ name: 'Sales', kind: 'department', memberCount: 0 });
const amsterdam = makeGroup({ name: 'Amsterdam', kind: 'location', memberCount: 1 });

function groupsApi(
  routes: Routes = {},
  lists: Record<GroupKind, Schemas['GroupDto'][]> | null = null,
) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  const data = lists ?? { department: [marketing, sales], location: [amsterdam] };
  return mockApi({
    'GET /api/groups/{kind}': ({ params }) => ok(data[params.kind]),
    ...routes,
  });
}

function section(name: 'Departments' | 'Locations') {
  return screen.getByRole('region', { name });
}

function rowOf(table: HTMLElement, name: string) {
  return within(table).getByRole('cell', { name }).closest('tr')!;
}

describe('groups', () => {
  it('lists departments and locations with their member counts', async () => {
    groupsApi();
    renderPage(GroupsPage, { path: '/groups', user: admin });

    const departments = await screen.findByRole('table', { name: 'Departments' });
    expect(
      within(departments)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...within(row).getAllByRole('cell')].slice(0, 2).map((c) => c.textContent)),
    ).toEqual([
      ['Marketing', '3'],
      ['Sales', '0'],
    ]);
    const locations = await screen.findByRole('table', { name: 'Locations' });
    expect(within(locations).getByRole('cell', { name: 'Amsterdam' })).toBeInTheDocument();
  });

  it('adds a department and refreshes the list', async () => {
    let list = [marketing];
    const research = makeGroup({ name: 'Research', kind: 'department' });
    const api = mockApi({
      'GET /api/groups/{kind}': ({ params }) => ok(params.kind === 'department' ? list : []),
      'POST /api/groups/{kind}': () => {
        list = [marketing, research];
        return reply(201, research);
      },
    });
    const { user } = renderPage(GroupsPage, { path: '/groups', user: admin });
    await screen.findByRole('table', { name: 'Departments' });

    await user.type(within(section('Departments')).getByLabelText('New department'), 'Research');
    await user.click(
      within(section('Departments')).getByRole('button', { name: 'Add department' }),
    );

    expect(await screen.findByText('Research was added.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/groups/department')[0]?.body).toEqual({
      name: 'Research',
    });
    expect(
      await within(screen.getByRole('table', { name: 'Departments' })).findByRole('cell', {
        name: 'Research',
      }),
    ).toBeInTheDocument();
    expect(within(section('Departments')).getByLabelText('New department')).toHaveValue('');
  });

  it("shows the API's message when the name is taken", async () => {
    groupsApi({
      'POST /api/groups/{kind}': () => apiError(409, 'There is already a location Amsterdam.'),
    });
    const { user } = renderPage(GroupsPage, { path: '/groups', user: admin });
    await screen.findByRole('table', { name: 'Locations' });

    await user.type(within(section('Locations')).getByLabelText('New location'), 'Amsterdam');
    await user.click(within(section('Locations')).getByRole('button', { name: 'Add location' }));

    expect(await within(section('Locations')).findByRole('alert')).toHaveTextContent(
      'There is already a location Amsterdam.',
    );
  });

  it("names each row's buttons after its group", async () => {
    groupsApi();
    renderPage(GroupsPage, { path: '/groups', user: admin });
    const table = await screen.findByRole('table', { name: 'Departments' });

    expect(
      within(rowOf(table, 'Sales'))
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Rename Sales', 'Delete Sales']);
    expect(within(table).getAllByRole('button', { name: /^Rename / })).toHaveLength(2);
  });

  it('renames a department, and the list shows the new name', async () => {
    const lists = { department: [marketing, sales], location: [amsterdam] };
    const api = groupsApi(
      {
        'PATCH /api/groups/{kind}/{id}': () => {
          const brand = { ...marketing, name: 'Brand' };
          lists.department = [brand, sales];
          return ok(brand);
        },
      },
      lists,
    );
    const { user } = renderPage(GroupsPage, { path: '/groups', user: admin });
    const table = await screen.findByRole('table', { name: 'Departments' });

    await user.click(within(table).getByRole('button', { name: 'Rename Marketing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename Marketing' });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Brand');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Marketing is now called Brand.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/groups/department/${marketing.id}`)[0]?.body).toEqual({
      name: 'Brand',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(table).findByRole('cell', { name: 'Brand' })).toBeInTheDocument();
    expect(within(table).queryByRole('cell', { name: 'Marketing' })).not.toBeInTheDocument();
  });

  it('keeps the rename open with the reason when the name is taken', async () => {
    groupsApi({
      'PATCH /api/groups/{kind}/{id}': () => apiError(409, 'There is already a department Sales.'),
    });
    const { user } = renderPage(GroupsPage, { path: '/groups', user: admin });
    const table = await screen.findByRole('table', { name: 'Departments' });

    await user.click(within(table).getByRole('button', { name: 'Rename Marketing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename Marketing' });
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Sales');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'There is already a department Sales.',
    );
  });

  it('deletes a department after saying how many people lose it', async () => {
    const lists = { department: [marketing, sales], location: [amsterdam] };
    const api = groupsApi(
      {
        'DELETE /api/groups/{kind}/{id}': () => {
          lists.department = [sales];
          return reply(204);
        },
      },
      lists,
    );
    const { user } = renderPage(GroupsPage, { path: '/groups', user: admin });
    const table = await screen.findByRole('table', { name: 'Departments' });

    await user.click(within(table).getByRole('button', { name: 'Delete Marketing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Marketing?' });
    expect(dialog).toHaveTextContent(
      '3 people are in this department and will have no department afterwards.',
    );
    expect(api.requestsTo('DELETE', `/api/groups/department/${marketing.id}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Marketing was deleted.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `/api/groups/department/${marketing.id}`)).toHaveLength(1);
    await waitFor(() =>
      expect(within(table).queryByRole('cell', { name: 'Marketing' })).not.toBeInTheDocument(),
    );
    expect(within(table).getByRole('cell', { name: 'Sales' })).toBeInTheDocument();
  });

  it('says so when nobody is in the group to delete, and can be cancelled', async () => {
    const api = groupsApi();
    const { user } = renderPage(GroupsPage, { path: '/groups', user: admin });
    const table = await screen.findByRole('table', { name: 'Departments' });

    await user.click(within(table).getByRole('button', { name: 'Delete Sales' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Sales?' });
    expect(dialog).toHaveTextContent('Nobody is in this department.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
  });

  it('says so when there are no groups of a kind yet', async () => {
    groupsApi({}, { department: [], location: [] });
    renderPage(GroupsPage, { path: '/groups', user: admin });

    expect(await screen.findByText('No departments yet.')).toBeInTheDocument();
    expect(screen.getByText('No locations yet.')).toBeInTheDocument();
  });
});
