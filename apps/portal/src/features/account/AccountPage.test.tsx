import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

describe('my account', () => {
  it('shows name, read-only email, roles and preferred language', async () => {
    mockApi({
      'GET /api/me': () =>
        json(
          200,
          makeUser({ name: 'Ada', email: 'ada@example.com', roles: ['curator', 'analyst'] }),
        ),
    });
    renderApp('/account');

    expect(await screen.findByLabelText('Name')).toHaveValue('Ada');
    const email = screen.getByLabelText('Email');
    expect(email).toHaveValue('ada@example.com');
    expect(email).toHaveAttribute('readonly');
    const roles = screen.getByRole('list', { name: 'Roles' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Curator', 'Analyst']);
    expect(screen.getByRole('combobox', { name: 'Preferred language' })).toHaveValue('English');
  });

  it('saves a new name, confirms it and shows it in the header', async () => {
    document.cookie = 'XSRF-TOKEN=t0k3n; path=/';
    const ada = makeUser({ name: 'Ada Lovelace' });
    const api = mockApi({
      'GET /api/me': () => json(200, ada),
      'PATCH /api/me': ({ body }) => json(200, { ...ada, ...(body as object) }),
    });
    const { user } = renderApp('/account');

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, '  Ada King  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Your name has been saved.')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Ada King')).toBeInTheDocument();
    const [patch] = api.requestsTo('PATCH', '/api/me');
    expect(patch?.body).toEqual({ name: 'Ada King' });
    expect(patch?.headers.get('X-XSRF-TOKEN')).toBe('t0k3n');
  });

  it('asks for a name instead of saving an empty one', async () => {
    const api = mockApi({ 'GET /api/me': () => json(200, makeUser({ name: 'Ada' })) });
    const { user } = renderApp('/account');

    await user.clear(await screen.findByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText('Enter your name')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/me')).toHaveLength(0);
  });

  it("shows the server's message when saving fails", async () => {
    mockApi({
      'GET /api/me': () => json(200, makeUser({ name: 'Ada' })),
      'PATCH /api/me': () => apiError(400, 'name must be at most 100 characters'),
    });
    const { user } = renderApp('/account');

    await user.type(await screen.findByLabelText('Name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'name must be at most 100 characters',
    );
  });

  it('changes the preferred language from the select', async () => {
    const ada = makeUser({ name: 'Ada', language: 'en' });
    const api = mockApi({
      'GET /api/me': () => json(200, ada),
      'PATCH /api/me': ({ body }) => json(200, { ...ada, ...(body as object) }),
    });
    const { user } = renderApp('/account');

    await user.click(await screen.findByRole('combobox', { name: 'Preferred language' }));
    await user.click(await screen.findByRole('option', { name: 'Nederlands' }));

    expect(await screen.findByRole('heading', { name: 'Mijn account' })).toBeInTheDocument();
    await waitFor(() =>
      expect(api.requestsTo('PATCH', '/api/me').map((request) => request.body)).toEqual([
        { language: 'nl' },
      ]),
    );
  });
});
