import { screen, within } from '@testing-library/react';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { makeMyPoints } from '../points/points-factories';
import { MyPointsCard } from './MyPointsCard';

describe('my points card', () => {
  it('says my total, how I earned it per rule, and my badges with their dates', async () => {
    const api = mockApi({
      'GET /api/me/points': ({ query }) =>
        ok(
          makeMyPoints({
            total: query.period === 'month' ? 8 : 20,
            rules: [
              { rule: 'share', points: 3, count: 3 },
              { rule: 'ownWords', points: 0, count: 0 },
              { rule: 'verified', points: 4, count: 2 },
              { rule: 'clicks', points: 1, count: 1 },
              { rule: 'suggestion', points: 0, count: 0 },
              { rule: 'training', points: 0, count: 0 },
            ],
            badges: [{ badge: 'first-share', earnedAt: '2026-11-03T09:00:00.000Z' }],
          }),
        ),
    });

    renderPage(() => <MyPointsCard period="month" />, { path: '/activity' });

    expect(await screen.findByText('8 points')).toBeInTheDocument();
    const byRule = screen.getByRole('table', { name: 'Points by rule' });
    expect(
      within(byRule)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['A share+3', 'Verified share+4', 'Clicks+1']);
    expect(
      within(screen.getByRole('list', { name: 'Badges' })).getByRole('listitem'),
    ).toHaveTextContent('First share · Nov 3, 2026');
    expect(api.requestsTo('GET', '/api/me/points')[0]?.url.search).toBe('?period=month');
  });

  it("dates my badges like every other day the portal shows, in the reader's language", async () => {
    mockApi({
      'GET /api/me/points': () =>
        ok(
          makeMyPoints({
            badges: [{ badge: 'first-share', earnedAt: '2026-11-03T09:00:00.000Z' }],
          }),
        ),
    });

    renderPage(() => <MyPointsCard period="month" />, { path: '/activity', language: 'de' });

    const badges = await screen.findByRole('list', { name: 'Abzeichen' });
    expect(within(badges).getByRole('listitem')).toHaveTextContent('3. Nov. 2026');
  });
});
