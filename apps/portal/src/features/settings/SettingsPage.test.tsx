import { screen, waitFor } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

describe('settings', () => {
  it('turns four-eyes approval off and on, explaining what it does', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    let fourEyesApproval = true;
    const api = mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/settings': () => json(200, { fourEyesApproval }),
      'PATCH /api/settings': ({ body }) => {
        ({ fourEyesApproval } = body as { fourEyesApproval: boolean });
        return json(200, { fourEyesApproval });
      },
    });
    const { user } = renderApp('/settings');

    const toggle = await screen.findByRole('switch', { name: 'Four-eyes approval' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(
      'Nobody approves content they added themselves: another curator or administrator must.',
    );
    await user.click(toggle);

    expect(await screen.findByText('Four-eyes approval is off.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings')[0]?.body).toEqual({
      fourEyesApproval: false,
    });
    expect(api.requestsTo('PATCH', '/api/settings')[0]?.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
    await waitFor(() => expect(toggle).not.toBeChecked());
    await waitFor(() => expect(toggle).toBeEnabled());

    await user.click(toggle);
    expect(await screen.findByText('Four-eyes approval is on.')).toBeInTheDocument();
    await waitFor(() => expect(toggle).toBeChecked());
  });

  it("shows the API's message when the change is refused, and the setting as it was", async () => {
    mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/settings': () => json(200, { fourEyesApproval: true }),
      'PATCH /api/settings': () => apiError(403, 'Only administrators can change settings.'),
    });
    const { user } = renderApp('/settings');

    await user.click(await screen.findByRole('switch', { name: 'Four-eyes approval' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only administrators can change settings.',
    );
    expect(screen.getByRole('switch', { name: 'Four-eyes approval' })).toBeChecked();
  });

  it('is for administrators only', async () => {
    const api = mockApi({
      'GET /api/me': () => json(200, makeUser({ roles: ['curator'] })),
    });
    renderApp('/settings');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/settings')).toHaveLength(0);
  });
});
