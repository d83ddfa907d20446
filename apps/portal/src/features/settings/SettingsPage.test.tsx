import { screen, waitFor, within } from '@testing-library/react';
import { makeSettings, makeUser } from '../../test/factories';
import { apiError, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { SettingsPage } from './SettingsPage';
import type { Settings } from './use-settings';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

/** A fake of the settings API that keeps what it is sent. */
function settingsApi(initial: Settings) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let settings = initial;
  return mockApi({
    'GET /api/settings': () => json(200, settings),
    'PATCH /api/settings': ({ body }) => {
      settings = { ...settings, ...(body as Partial<Settings>) };
      return json(200, settings);
    },
  });
}

// The page offers every time zone and currency the browser knows: hundreds of options, which
// make a slow page under jsdom. This browser knows a few, before the page's module reads them.
const { supportedValuesOf } = vi.hoisted(() => {
  const original = Intl.supportedValuesOf;
  const known: Record<string, string[]> = {
    timeZone: ['America/New_York', 'Asia/Tokyo', 'Europe/Amsterdam', 'Europe/Berlin'],
    currency: ['EUR', 'GBP', 'JPY', 'USD'],
  };
  Intl.supportedValuesOf = (key) => known[key] ?? original(key);
  return { supportedValuesOf: original };
});

afterAll(() => {
  Intl.supportedValuesOf = supportedValuesOf;
});

describe('settings', () => {
  it('turns four-eyes approval off and on, explaining what it does', async () => {
    const api = settingsApi(makeSettings({ fourEyesApproval: true }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    const toggle = await screen.findByRole('switch', { name: 'Four-eyes approval' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription();
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
      'GET /api/settings': () => json(200, makeSettings({ fourEyesApproval: true })),
      'PATCH /api/settings': () => apiError(403, 'Only administrators can change settings.'),
    });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    await user.click(await screen.findByRole('switch', { name: 'Four-eyes approval' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only administrators can change settings.',
    );
    expect(screen.getByRole('switch', { name: 'Four-eyes approval' })).toBeChecked();
  });

  it('sets the training stage needed to share, sending that setting alone', async () => {
    const api = settingsApi(makeSettings({ shareRequiresStage: 1, editRequiresStage: 0 }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

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
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

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
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

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

  it("sets analytics' time zone, sending that setting alone", async () => {
    const api = settingsApi(makeSettings({ timeZone: 'UTC' }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveValue('UTC');
    await user.clear(zone);
    await user.type(zone, 'Amsterdam');
    await user.click(await screen.findByRole('option', { name: 'Europe/Amsterdam' }));

    expect(
      await screen.findByText('Analytics now counts days in Europe/Amsterdam.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { timeZone: 'Europe/Amsterdam' },
    ]);
  });

  it('keeps click events for the months chosen, saved on request', async () => {
    const api = settingsApi(makeSettings({ clickRetentionMonths: 13 }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    const months = await screen.findByRole('textbox', { name: 'Keep click events for (months)' });
    expect(months).toHaveValue('13');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.clear(months);
    await user.type(months, '6');
    await user.click(save);

    expect(await screen.findByText('Click events are now kept for 6 months.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { clickRetentionMonths: 6 },
    ]);
  });

  it('shows top advocates by their initials when chosen', async () => {
    const api = settingsApi(makeSettings({ advocateNames: 'full' }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    expect(await screen.findByRole('radio', { name: 'Full names' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Initials only' }));

    expect(
      await screen.findByText('Top advocates are now shown by their initials.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { advocateNames: 'initials' },
    ]);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Initials only' })).toBeChecked());
  });

  it('sets the currency of earned media value', async () => {
    const api = settingsApi(makeSettings({ currency: 'EUR' }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    const currency = await screen.findByRole('combobox', { name: 'Currency' });
    expect(currency).toHaveValue('EUR – Euro');
    await user.clear(currency);
    await user.type(currency, 'USD');
    await user.click(await screen.findByRole('option', { name: 'USD – US Dollar' }));

    expect(await screen.findByText('Earned media value is now in USD.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { currency: 'USD' },
    ]);
  });

  it('values clicks per network, a network left empty not being valued', async () => {
    const api = settingsApi(makeSettings({ costPerClick: { x: 0.5 }, currency: 'EUR' }));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    const costs = await screen.findByRole('group', { name: 'Cost per click (EUR)' });
    const cost = (network: string) => within(costs).getByRole('textbox', { name: network });
    expect(cost('X')).toHaveValue('0.5');
    expect(cost('LinkedIn')).toHaveValue('');
    await user.type(cost('LinkedIn'), '2.4');
    await user.clear(cost('X'));
    await user.click(within(costs).getByRole('button', { name: 'Save costs per click' }));

    expect(await screen.findByText('Costs per click saved: LinkedIn valued.')).toBeInTheDocument();

    await user.clear(cost('LinkedIn'));
    await user.click(within(costs).getByRole('button', { name: 'Save costs per click' }));

    expect(
      await screen.findByText('Earned media value is off: no network has a cost per click.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/settings').map((request) => request.body)).toEqual([
      { costPerClick: { linkedin: 2.4 } },
      { costPerClick: {} },
    ]);
  });

  it('is for administrators only', async () => {
    // Who may open a page is the route table's: this test goes through the whole portal.
    const api = mockApi({
      'GET /api/me': () => json(200, makeUser({ roles: ['curator'] })),
    });
    renderApp('/settings');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/settings')).toHaveLength(0);
  });
});
