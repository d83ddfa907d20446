import { MIN_DEPARTMENT_MEMBERS } from '@chorus/core';
import { screen, within } from '@testing-library/react';
import { mockApi, ok, undocumented } from '../../test/mock-api';
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
    expect(within(card).getByRole('heading', { level: 2, name: 'Your rank' })).toBeInTheDocument();
    expect(await screen.findByText('3 of 12')).toBeInTheDocument();
    expect(card).toHaveTextContent('7 points');
    expect(card).toHaveTextContent("Your team's median: 5.5 points");
    expect(api.requestsTo('GET', '/api/me/standing')[0]?.url.searchParams.get('period')).toBe(
      'last-28-days',
    );
  });

  it('gives no median for a team too small to keep it anonymous', async () => {
    mockApi({ 'GET /api/me/standing': () => ok(makeStanding({ teamMedian: null })) });
    const { i18n } = renderPage(ThisMonth, { path: '/activity' });

    expect(
      await screen.findByText(
        i18n.t('leaderboards.standing.teamTooSmall', { min: MIN_DEPARTMENT_MEMBERS }),
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/median: /)).not.toBeInTheDocument();
  });

  it('says why I have no rank when I am outside the programme', async () => {
    mockApi({
      'GET /api/me/standing': () => ok(makeStanding({ rank: null, of: 12, points: 0 })),
    });
    const { i18n } = renderPage(ThisMonth, { path: '/activity' });

    const card = await screen.findByRole('region', { name: 'Your rank' });
    expect(await within(card).findByText(i18n.t('leaderboards.me.notEnrolled'))).toBeVisible();
    expect(card).not.toHaveTextContent(/ of 12/);
  });

  it('says when my rank could not be loaded, and loads it again on request', async () => {
    let failures = 1;
    const api = mockApi({
      'GET /api/me/standing': () =>
        failures-- > 0 ? undocumented(500, 'Something went wrong.') : ok(makeStanding()),
    });
    const { user } = renderPage(ThisMonth, { path: '/activity' });

    const card = await screen.findByRole('region', { name: 'Your rank' });
    expect(await within(card).findByRole('alert')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Try again' }));

    expect(await within(card).findByText('3 of 12')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/me/standing')).toHaveLength(2);
  });
});
