import { screen, within } from '@testing-library/react';
import { makePointRules } from '../points/points-factories';
import { makeUser } from '../../test/factories';
import { mockApi, ok } from '../../test/mock-api';
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
    await user.click(within(form).getByRole('switch', { name: 'In your own words: on' }));
    const cap = within(form).getByRole('textbox', { name: /Shares that count per day/ });
    await user.clear(cap);
    await user.type(cap, '5');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    // The saved rules start the form afresh: it is found again.
    expect(await screen.findByText('Saved: the new rules apply from now on.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('form', { name: 'Points' })).getByRole('switch', {
        name: 'In your own words: on',
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
