import { screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../api/client';
import { makeGroup, makePerson, makeUser } from '../../../test/factories';
import { apiError, mockApi, ok, type Routes } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { PeoplePage } from '../PeoplePage';
import { PersonPage } from './PersonPage';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'], language: 'en' });
const marketing = makeGroup({ name: 'Marketing', kind: 'department' });
const sales = makeGroup({ name: 'Sales', kind: 'department' });
const amsterdam = makeGroup({ name: 'Amsterdam', kind: 'location' });
const ID = '00000000-0000-4000-8000-000000000777';
const PATH = `/api/people/${ID}`;

function alan(overrides: Partial<User> = {}) {
  return makePerson({
    id: ID,
    name: 'Alan Turing',
    email: 'alan@example.com',
    roles: ['employee'],
    status: 'active',
    language: 'en',
    department: { id: marketing.id, name: 'Marketing' },
    location: { id: amsterdam.id, name: 'Amsterdam' },
    lastSignInAt: '2024-04-01T08:00:00.000Z',
    createdAt: '2024-03-15T09:30:00.000Z',
    ...overrides,
  });
}

function personApi(person: User, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/people/{id}': () => ok(person),
    'GET /api/groups/{kind}': ({ params }) =>
      ok(params.kind === 'department' ? [marketing, sales] : [amsterdam]),
    ...routes,
  });
}

async function openPerson() {
  const view = renderPage(PersonPage, { path: `/people/${ID}`, route: '/people/:id', user: admin });
  await screen.findByRole('heading', { name: 'Alan Turing' });
  return view;
}

describe('a person', () => {
  it('shows who they are, their status, last sign-in and when they joined', async () => {
    personApi(alan());
    await openPerson();

    expect(screen.getByText('alan@example.com')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(
      screen.getByText(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date('2024-04-01T08:00:00Z'),
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Alan Turing');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue('Marketing'),
    );
    expect(screen.getByRole('combobox', { name: 'Preferred language' })).toHaveValue('English');
    expect(screen.getByRole('link', { name: "View this person's audit entries" })).toHaveAttribute(
      'href',
      `/audit?targetId=${ID}`,
    );
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Resend invitation' })).not.toBeInTheDocument();
  });

  it('saves only the fields that changed, and can clear a group', async () => {
    const api = personApi(alan(), {
      'PATCH /api/people/{id}': () =>
        ok(alan({ name: 'Alan M. Turing', roles: ['employee', 'curator'], location: null })),
    });
    const { user } = await openPerson();

    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.paste('Alan M. Turing');
    await user.click(screen.getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByRole('option', { name: 'Curator' }));
    await user.click(screen.getByRole('combobox', { name: 'Location' }));
    await user.click(await screen.findByRole('option', { name: 'No location' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    const [patch] = api.requestsTo('PATCH', PATH);
    expect(patch?.body).toEqual({
      name: 'Alan M. Turing',
      roles: ['employee', 'curator'],
      locationId: null,
    });
    expect(patch?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(await screen.findByRole('heading', { name: 'Alan M. Turing' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it("shows the API's refusal to remove the last administrator", async () => {
    personApi(alan({ roles: ['admin'] }), {
      'PATCH /api/people/{id}': () =>
        apiError(409, 'Chorus needs at least one active administrator.', { code: 'conflict' }),
    });
    const { user } = await openPerson();

    await user.click(screen.getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByRole('option', { name: 'Curator' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chorus needs at least one active administrator.',
    );
  });

  it('deactivates after a confirmation that explains what happens', async () => {
    const api = personApi(alan(), {
      'POST /api/people/{id}/deactivate': () => ok(alan({ status: 'deactivated' })),
    });
    const { user } = await openPerson();

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Alan Turing?' });
    expect(dialog).toHaveTextContent('will no longer be able to sign in');
    expect(dialog).toHaveTextContent('ends at once');
    expect(api.requestsTo('POST', `${PATH}/deactivate`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('Alan Turing has been deactivated.')).toBeInTheDocument();
    expect(api.requestsTo('POST', `${PATH}/deactivate`)).toHaveLength(1);
    expect(screen.getByText('Deactivated')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reactivate' })).toBeInTheDocument();
  });

  it('keeps the confirmation open with the reason when deactivating is refused', async () => {
    personApi(alan(), {
      'POST /api/people/{id}/deactivate': () =>
        apiError(409, 'You cannot deactivate your own account. Ask another administrator.'),
    });
    const { user } = await openPerson();

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Alan Turing?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You cannot deactivate your own account. Ask another administrator.',
    );
  });

  it('reactivates a deactivated person', async () => {
    const api = personApi(alan({ status: 'deactivated' }), {
      'POST /api/people/{id}/reactivate': () => ok(alan({ status: 'active' })),
    });
    const { user } = await openPerson();
    expect(screen.queryByRole('button', { name: 'Deactivate' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reactivate' }));

    expect(await screen.findByText('Alan Turing has been reactivated.')).toBeInTheDocument();
    expect(api.requestsTo('POST', `${PATH}/reactivate`)).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Deactivate' })).toBeInTheDocument();
  });

  it('sends an invited person a new invitation', async () => {
    const api = personApi(alan({ status: 'invited', lastSignInAt: null }), {
      'POST /api/people/{id}/invitation': () => ok(alan({ status: 'invited' })),
    });
    const { user } = await openPerson();
    expect(screen.getByText('Invited')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resend invitation' }));

    expect(
      await screen.findByText('A new invitation was sent to alan@example.com.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', `${PATH}/invitation`)).toHaveLength(1);
  });

  it("shows the API's message when the invitation cannot be sent again", async () => {
    personApi(alan({ status: 'invited' }), {
      'POST /api/people/{id}/invitation': () => apiError(409, 'Alan Turing has already joined.'),
    });
    const { user } = await openPerson();

    await user.click(screen.getByRole('button', { name: 'Resend invitation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Alan Turing has already joined.');
  });

  it('says so when the person does not exist', async () => {
    mockApi({
      'GET /api/people/{id}': () => apiError(404, `No person with id ${ID}.`),
    });
    renderPage(PersonPage, { path: `/people/${ID}`, route: '/people/:id', user: admin });

    expect(await screen.findByRole('alert')).toHaveTextContent(`No person with id ${ID}.`);
    expect(screen.getByRole('link', { name: 'Back to People' })).toHaveAttribute('href', '/people');
    // Asking again would get the same answer.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('can try again when the server fails', async () => {
    let fail = true;
    personApi(alan(), {
      'GET /api/people/{id}': () =>
        fail ? apiError(503, 'The database is not reachable.') : ok(alan()),
    });
    const { user } = renderPage(PersonPage, {
      path: `/people/${ID}`,
      route: '/people/:id',
      user: admin,
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Alan Turing' })).toBeInTheDocument();
  });

  it('leaves the people lists to be fetched again when they are next opened', async () => {
    const api = personApi(alan(), {
      'GET /api/people': ({ query }) =>
        ok({
          items: [query.role !== undefined ? alan({ roles: ['admin'] }) : alan()],
          total: 1,
          page: 1,
          pageSize: 25,
        }),
      'POST /api/people/{id}/deactivate': () => ok(alan({ status: 'deactivated' })),
    });
    const { user } = renderPage(PeoplePage, {
      path: '/people?role=admin',
      user: admin,
      otherPages: { '/people/:id': PersonPage },
    });
    await user.click(await screen.findByRole('link', { name: 'Alan Turing' }));
    await screen.findByRole('heading', { name: 'Alan Turing' });
    const lists = () => api.requestsTo('GET', '/api/people');
    const person = () => api.requestsTo('GET', PATH);
    expect(lists()).toHaveLength(1);
    expect(person()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Alan Turing?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByText('Alan Turing has been deactivated.')).toBeInTheDocument();

    // Neither the list nor this person is fetched: the answer already shows the change.
    expect(lists()).toHaveLength(1);
    expect(person()).toHaveLength(1);
    expect(screen.getByText('Deactivated')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to People' }));
    await waitFor(() => expect(lists()).toHaveLength(2));
    expect(lists()[1]?.url.searchParams.get('role')).toBe('admin');
  });
});
