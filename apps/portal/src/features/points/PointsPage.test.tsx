import { screen, within } from '@testing-library/react';
import { DEFAULT_POINT_RULES } from '@chorus/core';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { MyPointsCard } from './MyPointsCard';
import { PointsPage } from './PointsPage';
import { makeMyPoints, makePointRules } from './points-factories';

describe('how points are earned', () => {
  it('shows every rule with its definition and value, rules turned off as off, and the limits', async () => {
    const rules = structuredClone(DEFAULT_POINT_RULES);
    rules.ownWords.enabled = false;
    rules.verified.points = 3;
    mockApi({ 'GET /api/points/rules': () => ok(makePointRules({ rules })) });

    renderPage(PointsPage, { path: '/points' });

    const table = await screen.findByRole('table');
    const row = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((each) => within(each).queryByText(name))!;
    expect(row('A share')).toHaveTextContent('A share counts: you completed sharing a post.+1');
    expect(row('Verified share')).toHaveTextContent('+3');
    expect(row('In your own words')).toHaveTextContent('Off');
    expect(row('Clicks')).toHaveTextContent('every 10 clicks, at most 10 points per post');
    expect(screen.getByText('At most 3 shares a day count.')).toBeInTheDocument();
    expect(screen.getByText('Your own clicks never count.')).toBeInTheDocument();
  });
});

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
});
