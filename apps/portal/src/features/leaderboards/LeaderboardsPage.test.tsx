import { MIN_DEPARTMENT_MEMBERS } from '@chorus/core';
import { screen, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok, undocumented } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import type { DepartmentStanding, Leaderboard } from './api/leaderboard-queries';
import { LeaderboardsPage } from './LeaderboardsPage';

const DEPARTMENT_ID = '00000000-0000-4000-9000-000000000001';

/** A department's standing as the API sends it: its points per member, no department total. */
const department = (
  standing: Pick<DepartmentStanding, 'rank' | 'id' | 'name' | 'members' | 'perMember'>,
) => standing as DepartmentStanding;

function makeBoard(overrides: Partial<Leaderboard> = {}): Leaderboard {
  return {
    period: { from: '2026-11-01', to: '2026-11-20' },
    entries: [
      {
        rank: 1,
        userId: '00000000-0000-4000-8000-100000000001',
        name: 'Bram',
        department: 'Sales',
        points: 20,
      },
      {
        rank: 2,
        userId: '00000000-0000-4000-8000-100000000002',
        name: 'Anna',
        department: null,
        points: 12,
      },
      {
        rank: 2,
        userId: '00000000-0000-4000-8000-100000000003',
        name: 'Cleo',
        department: 'Legal',
        points: 12,
      },
    ],
    me: { rank: 4, of: 4, points: 7, shown: false },
    departments: [
      department({
        rank: 1,
        id: DEPARTMENT_ID,
        name: 'Legal',
        members: MIN_DEPARTMENT_MEMBERS,
        perMember: 12,
      }),
    ],
    ...overrides,
  };
}

/** Each row of a table (or list of cards) as its cells' text. */
function rowsOf(name: string) {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('leaderboards', () => {
  it("shows my rank, the people who chose to be shown and the departments' standing", async () => {
    const api = mockApi({ 'GET /api/leaderboards': () => ok(makeBoard()) });
    renderPage(LeaderboardsPage, { path: '/leaderboards', user: makeUser() });

    const mine = await screen.findByRole('region', { name: 'Your rank' });
    expect(mine).toHaveTextContent('4 of 4');
    expect(mine).toHaveTextContent('7 points');
    expect(mine).toHaveTextContent('Only you see your rank');
    expect(within(mine).getByRole('link', { name: /Advocacy programme page/ })).toHaveAttribute(
      'href',
      '/advocacy',
    );
    expect(rowsOf('People')).toEqual([
      ['1', 'Bram', 'Sales', '20'],
      ['2', 'Anna', 'No department', '12'],
      ['2', 'Cleo', 'Legal', '12'],
    ]);
    expect(rowsOf('Departments')).toEqual([['1', 'Legal', String(MIN_DEPARTMENT_MEMBERS), '12']]);
    expect(screen.getByRole('heading', { level: 2, name: 'Your rank' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Top advocates/ })).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/leaderboards')[0]?.url.searchParams.get('period')).toBe(
      'month',
    );
  });

  it("switches to this quarter's leaderboard and keeps the choice in the address", async () => {
    const api = mockApi({
      'GET /api/leaderboards': ({ query }) =>
        ok(
          query.period === 'quarter'
            ? makeBoard({ entries: [], me: { rank: 1, of: 1, points: 45, shown: true } })
            : makeBoard(),
        ),
    });
    const { user, router } = renderPage(LeaderboardsPage, { path: '/leaderboards' });

    await user.click(await screen.findByRole('radio', { name: 'This quarter' }));

    expect(await screen.findByText('45 points')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your rank' })).toHaveTextContent(
      'Colleagues see you on this leaderboard.',
    );
    expect(
      screen.getByText('Nobody has chosen to be shown on leaderboards yet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'This quarter' })).toBeChecked();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?period=quarter');
    expect(
      api.requestsTo('GET', '/api/leaderboards').map((r) => r.url.searchParams.get('period')),
    ).toEqual(['month', 'quarter']);
  });

  it('leads analysts to the top advocates of Analytics', async () => {
    mockApi({
      'GET /api/leaderboards': () =>
        ok(makeBoard({ me: { rank: null, of: 3, points: 0, shown: false } })),
    });
    renderPage(LeaderboardsPage, { path: '/leaderboards', user: makeUser({ roles: ['analyst'] }) });

    expect(await screen.findByRole('link', { name: /Top advocates/ })).toHaveAttribute(
      'href',
      '/analytics',
    );
    expect(screen.getByRole('region', { name: 'Your rank' })).toHaveTextContent(
      'You are not ranked: only people in the advocacy programme are.',
    );
  });

  it("chooses the period with the phone's own picker on a phone", async () => {
    showAtWidth(PHONE_WIDTH);
    const api = mockApi({ 'GET /api/leaderboards': () => ok(makeBoard()) });
    const { user, router } = renderPage(LeaderboardsPage, { path: '/leaderboards' });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Period' }), 'quarter');

    expect(router.state.location.search).toBe('?period=quarter');
    expect(
      api.requestsTo('GET', '/api/leaderboards').map((r) => r.url.searchParams.get('period')),
    ).toEqual(['month', 'quarter']);
  });

  it('leads someone outside the programme to join it, without an error', async () => {
    mockApi({
      'GET /api/leaderboards': () =>
        apiError(
          409,
          'Leaderboards are for people in the advocacy programme, analysts and admins.',
          { code: 'conflict' },
        ),
    });
    renderPage(LeaderboardsPage, { path: '/leaderboards' });

    expect(
      await screen.findByRole('link', { name: 'Join the advocacy programme' }),
    ).toHaveAttribute('href', '/advocacy');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('says when the leaderboard could not be loaded, and offers to try again', async () => {
    mockApi({ 'GET /api/leaderboards': () => undocumented(500, 'Something went wrong.') });
    renderPage(LeaderboardsPage, { path: '/leaderboards' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The leaderboard could not be loaded',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
