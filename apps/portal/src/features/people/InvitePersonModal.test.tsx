import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeGroup, makePerson, makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok, reply } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { PeoplePage } from './PeoplePage';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'], language: 'en' });
const sales = makeGroup({ name: 'Sales', kind: 'department' });
const utrecht = makeGroup({ name: 'Utrecht', kind: 'location' });

function inviteApi(invite: Handler<'POST /api/people'>) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/people': () => ok({ items: [], total: 0, page: 1, pageSize: 25 }),
    'GET /api/groups/{kind}': ({ params }) =>
      ok(params.kind === 'department' ? [sales] : [utrecht]),
    'POST /api/people': invite,
  });
}

/** Pastes into a field: what is written matters here, not the keys that write it. */
async function paste(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openInvitation() {
  const view = renderPage(PeoplePage, { path: '/people', user: admin });
  await screen.findByText('No people match your search.');
  await view.user.click(screen.getByRole('button', { name: 'Invite person' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Invite person' }) };
}

describe('inviting a person', () => {
  it('sends the invitation with roles and groups, confirms it and refreshes the list', async () => {
    const api = inviteApi(({ body }) => reply(201, makePerson({ ...body, status: 'invited' })));
    const { user, dialog } = await openInvitation();

    await paste(user, within(dialog).getByLabelText(/^Email/), 'new@example.com');
    await paste(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await user.click(within(dialog).getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByRole('option', { name: 'Curator' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Department' }));
    await user.click(await screen.findByRole('option', { name: 'Sales' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Location' }));
    await user.click(await screen.findByRole('option', { name: 'Utrecht' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(
      await screen.findByText('Invitation sent to Nina New (new@example.com).'),
    ).toBeInTheDocument();
    const [invite] = api.requestsTo('POST', '/api/people');
    expect(invite?.body).toEqual({
      email: 'new@example.com',
      name: 'Nina New',
      roles: ['employee', 'curator'],
      departmentId: sales.id,
      locationId: utrecht.id,
      language: 'en',
    });
    expect(invite?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Invite person' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(api.requestsTo('GET', '/api/people')).toHaveLength(2));
  });

  it('invites in the language chosen for the person', async () => {
    const api = inviteApi(({ body }) => reply(201, makePerson({ ...body, status: 'invited' })));
    const { user, dialog } = await openInvitation();

    await paste(user, within(dialog).getByLabelText(/^Email/), 'new@example.com');
    await paste(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await user.click(within(dialog).getByRole('combobox', { name: 'Preferred language' }));
    await user.click(await screen.findByRole('option', { name: 'Deutsch' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(
      await screen.findByText('Invitation sent to Nina New (new@example.com).'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/people')[0]?.body).toEqual({
      email: 'new@example.com',
      name: 'Nina New',
      roles: ['employee'],
      departmentId: null,
      locationId: null,
      language: 'de',
    });
  });

  it("shows the API's message when the address is taken, and keeps the form", async () => {
    inviteApi(() => apiError(409, 'Someone already uses new@example.com.'));
    const { user, dialog } = await openInvitation();

    await paste(user, within(dialog).getByLabelText(/^Email/), 'new@example.com');
    await paste(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone already uses new@example.com.',
    );
    expect(within(dialog).getByLabelText(/^Email/)).toHaveValue('new@example.com');
  });

  it("shows the API's message for an invalid address", async () => {
    inviteApi(() => apiError(400, 'email must be an email address'));
    const { user, dialog } = await openInvitation();

    await paste(user, within(dialog).getByLabelText(/^Email/), 'not-an-address');
    await paste(user, within(dialog).getByLabelText(/^Name/), 'Nina New');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'email must be an email address',
    );
  });

  it('asks for an email address and a name before sending anything', async () => {
    const api = inviteApi(() => reply(201, makePerson()));
    const { user, dialog } = await openInvitation();

    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(within(dialog).getByText('Enter an email address')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a name')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/people')).toHaveLength(0);
  });

  it('asks for at least one role before sending anything', async () => {
    const api = inviteApi(() => reply(201, makePerson()));
    const { user, dialog } = await openInvitation();
    await paste(user, within(dialog).getByLabelText(/^Email/), 'new@example.com');
    await paste(user, within(dialog).getByLabelText(/^Name/), 'Nina New');

    await user.click(within(dialog).getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByRole('option', { name: 'Employee' }));
    expect(within(dialog).getByText('Choose at least one role')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(api.requestsTo('POST', '/api/people')).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Invite person' })).toBeInTheDocument();
  });

  it('can be cancelled', async () => {
    inviteApi(() => reply(201, makePerson()));
    const { user, dialog } = await openInvitation();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
