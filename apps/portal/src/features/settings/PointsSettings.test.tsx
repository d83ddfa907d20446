import { act, screen, waitFor, within } from '@testing-library/react';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { makePointRules } from '../points/points-factories';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { PointsSettings } from './PointsSettings';

const admin = makeUser({ roles: ['admin'] });

describe('the points settings', () => {
  it('save the rules as a new version and say that it applies from now on', async () => {
    let answer = makePointRules();
    const api = mockApi({
      'GET /api/points/rules': () => ok(answer),
      'PUT /api/points/rules': ({ body }) => {
        answer = makePointRules({ rules: body, effectiveFrom: '2026-12-07T10:00:00.000Z' });
        return ok(answer);
      },
    });
    const { user } = renderPage(PointsSettings, { path: '/settings', user: admin });

    const form = await screen.findByRole('form', { name: 'Points' });
    const ownWords = within(form).getByRole('switch', { name: 'Count ‘In your own words’' });
    expect(ownWords).toBeChecked();
    await user.click(ownWords);
    const cap = within(form).getByRole('textbox', { name: /Shares that count per day/ });
    await user.clear(cap);
    await user.type(cap, '5');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    // The saved rules start the form afresh: it is found again.
    expect(await screen.findByText('Saved: the new rules apply from now on.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('form', { name: 'Points' })).getByRole('switch', {
        // Its name stays what it turns on; the state is the switch's own.
        name: 'Count ‘In your own words’',
      }),
    ).not.toBeChecked();
    const [sent] = api.requestsTo('PUT', '/api/points/rules').map((request) => request.body);
    expect(sent).toMatchObject({ ownWords: { enabled: false, points: 1 }, dailyShareCap: 5 });
  });

  it('refuse a value out of range before sending it', async () => {
    const api = mockApi({ 'GET /api/points/rules': () => ok(makePointRules()) });
    const { user } = renderPage(PointsSettings, { path: '/settings', user: admin });

    const form = await screen.findByRole('form', { name: 'Points' });
    const cap = within(form).getByRole('textbox', { name: /Shares that count per day/ });
    await user.clear(cap);
    await user.type(cap, '0');

    expect(within(form).getByText('Enter a whole number from 1 to 50.')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(api.requestsTo('PUT', '/api/points/rules')).toEqual([]);
  });
});

describe('the points settings, as a section of the settings', () => {
  const guarded = () => (
    <UnsavedChangesGuard>
      <PointsSettings />
    </UnsavedChangesGuard>
  );

  it("puts the API's refusal on the field it names", async () => {
    const api = mockApi({
      'GET /api/points/rules': () => ok(makePointRules()),
      'PUT /api/points/rules': () =>
        apiError(400, 'The server words it; the portal says it by key.', {
          code: 'invalid_input',
          details: {
            key: 'errors:input.invalid',
            params: { count: 1 },
            problems: [{ key: 'errors:http.wrongFormat', params: {}, field: 'clicks.max' }],
          },
        }),
    });
    const { user, i18n } = renderPage(guarded, { path: '/settings', user: admin });
    const form = await screen.findByRole('form', { name: 'Points' });
    const most = within(form).getByRole('textbox', { name: 'Maximum click points per post' });
    await user.clear(most);
    await user.type(most, '20');

    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(most).toBeInvalid());
    expect(most).toHaveAccessibleDescription(i18n.t('errors:http.wrongFormat'));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requestsTo('PUT', '/api/points/rules')).toHaveLength(1);
  });

  it('asks before leaving with an unsaved change', async () => {
    mockApi({ 'GET /api/points/rules': () => ok(makePointRules()) });
    const { user, router } = renderPage(guarded, { path: '/settings', user: admin });
    const form = await screen.findByRole('form', { name: 'Points' });
    await user.click(within(form).getByRole('switch', { name: 'Count ‘A share’' }));

    act(() => void router.navigate('/people'));

    expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toHaveTextContent(
      'Points',
    );
    expect(router.state.location.pathname).toBe('/settings');
  });
});
