import { SHARE_NETWORKS } from '@chorus/core';
import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import type { Settings } from './use-settings';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

/** The settings as a new organisation has them, with these changes. */
function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    fourEyesApproval: true,
    shareRequiresStage: 1,
    editRequiresStage: 0,
    enabledNetworks: [...SHARE_NETWORKS],
    ...overrides,
  };
}

/** A fake of the settings API that keeps what it is sent. */
function settingsApi(initial: Settings) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let settings = initial;
  return mockApi({
    'GET /api/me': () => json(200, admin),
    'GET /api/settings': () => json(200, settings),
    'PATCH /api/settings': ({ body }) => {
      settings = { ...settings, ...(body as Partial<Settings>) };
      return json(200, settings);
    },
  });
}

describe('settings', () => {
  it('turns four-eyes approval off and on, explaining what it does', async () => {
    const api = settingsApi(makeSettings({ fourEyesApproval: true }));
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
      'GET /api/settings': () => json(200, makeSettings({ fourEyesApproval: true })),
      'PATCH /api/settings': () => apiError(403, 'Only administrators can change settings.'),
    });
    const { user } = renderApp('/settings');

    await user.click(await screen.findByRole('switch', { name: 'Four-eyes approval' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only administrators can change settings.',
    );
    expect(screen.getByRole('switch', { name: 'Four-eyes approval' })).toBeChecked();
  });

  it('sets the training stage needed to share, sending that setting alone', async () => {
    const api = settingsApi(makeSettings({ shareRequiresStage: 1, editRequiresStage: 0 }));
    const { user } = renderApp('/settings');

    const share = await screen.findByRole('combobox', { name: 'Training stage needed to share' });
    expect(share).toHaveValue('Stage 1: Foundations');
    await user.click(share);
    await user.click(await screen.findByRole('option', { name: 'Stage 2: Social media at work' }));

    expect(
      await screen.findByText('Sharing now requires Stage 2: Social media at work.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { shareRequiresStage: 2 },
    ]);
    await waitFor(() => expect(share).toHaveValue('Stage 2: Social media at work'));
    expect(
      screen.getByRole('combobox', { name: 'Training stage needed to edit suggested text' }),
    ).toHaveValue('No training needed');
  });

  it('sets the training stage needed to edit suggested text, sending that setting alone', async () => {
    const api = settingsApi(makeSettings({ shareRequiresStage: 1, editRequiresStage: 2 }));
    const { user } = renderApp('/settings');

    const edit = await screen.findByRole('combobox', {
      name: 'Training stage needed to edit suggested text',
    });
    expect(edit).toHaveValue('Stage 2: Social media at work');
    await user.click(edit);
    const options = await screen.findByRole('listbox');
    expect(
      within(options)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'No training needed',
      'Stage 1: Foundations',
      'Stage 2: Social media at work',
      'Stage 3: Ambassador',
    ]);
    await user.click(within(options).getByRole('option', { name: 'No training needed' }));

    expect(
      await screen.findByText('Employees can now edit suggested text without any training.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { editRequiresStage: 0 },
    ]);
  });

  it('offers employees only the networks checked, always keeping one', async () => {
    const api = settingsApi(makeSettings({ enabledNetworks: ['x', 'linkedin'] }));
    const { user } = renderApp('/settings');

    const networks = await screen.findByRole('group', { name: 'Networks offered to employees' });
    const box = (name: string) => within(networks).getByRole('checkbox', { name });
    expect(
      within(networks)
        .getAllByRole('checkbox')
        .filter((checkbox) => (checkbox as HTMLInputElement).checked)
        .map((checkbox) => checkbox.getAttribute('value')),
    ).toEqual(['linkedin', 'x']);
    expect(box('Facebook')).not.toBeChecked();
    expect(box('E-mail')).not.toBeChecked();

    await user.click(box('X'));

    expect(await screen.findByText('Employees can now share to LinkedIn.')).toBeInTheDocument();
    await waitFor(() => expect(box('X')).not.toBeChecked());
    // The last network offered cannot be turned off.
    expect(box('LinkedIn')).toBeChecked();
    expect(box('LinkedIn')).toBeDisabled();
    expect(box('Facebook')).toBeEnabled();

    await user.click(box('E-mail'));

    expect(
      await screen.findByText('Employees can now share to LinkedIn, E-mail.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(box('LinkedIn')).toBeEnabled());
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { enabledNetworks: ['linkedin'] },
      { enabledNetworks: ['linkedin', 'email'] },
    ]);
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
