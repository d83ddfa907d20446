import { screen } from '@testing-library/react';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import type { Standing } from '../leaderboards/api/leaderboard-queries';
import { MyStandingCard } from './MyStandingCard';

function makeStanding(overrides: Partial<Standing> = {}): Standing {
  return {
    period: { from: '2026-11-01', to: '2026-11-20' },
    points: 7,
    rank: 3,
    of: 12,
    shown: false,
    department: { id: '00000000-0000-4000-9000-000000000001', name: 'Sales' },
    teamMedian: 5.5,
    ...overrides,
  };
}

/** The card as My activity holds it, for the last 28 days and for this month. */
const Last28Days = () => <MyStandingCard period="last-28-days" />;
const ThisMonth = () => <MyStandingCard period="month" />;

describe('my standing card', () => {
  it("shows my rank and points beside my team's median, for the period it is given", async () => {
    const api = mockApi({ 'GET /api/me/standing': () => ok(makeStanding()) });
    renderPage(Last28Days, { path: '/activity' });

    const card = await screen.findByRole('region', { name: 'Your rank' });
    expect(await screen.findByText('3 of 12')).toBeInTheDocument();
    expect(card).toHaveTextContent('7 points');
    expect(card).toHaveTextContent("Your team's median: 5.5 points");
    expect(api.requestsTo('GET', '/api/me/standing')[0]?.url.searchParams.get('period')).toBe(
      'last-28-days',
    );
  });

  it('gives no median for a team too small to keep it anonymous', async () => {
    mockApi({ 'GET /api/me/standing': () => ok(makeStanding({ teamMedian: null })) });
    renderPage(ThisMonth, { path: '/activity' });

    expect(
      await screen.findByText(
        "Your team's median is shown once your department has 3 enrolled members.",
      ),
    ).toBeInTheDocument();
  });
});
