import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { type Handler, mockApi, ok, undocumented } from '../../test/mock-api';
import { quietCharts } from '../../test/quiet-charts';
import { renderPage } from '../../test/render-page';
import { makeMyActivity, makeMyShare, makeMySharesPage } from '../../test/sharing-factories';
import { makeMyPoints } from '../points/points-factories';
import { cardFields, cardTitle, PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import { ActivityPage } from './ActivityPage';

const standing = {
  period: { from: '2026-11-01', to: '2026-11-20' },
  points: 0,
  rank: null,
  of: 0,
  shown: false,
  department: null,
  teamMedian: null,
};

function activityApi(
  mine: Handler<'GET /api/shares/mine'>,
  activity: Handler<'GET /api/me/activity'> = () => ok(makeMyActivity()),
  recognition: {
    points?: Handler<'GET /api/me/points'>;
    standing?: Handler<'GET /api/me/standing'>;
  } = {},
) {
  return mockApi({
    'GET /api/shares/mine': mine,
    'GET /api/me/activity': activity,
    'GET /api/me/points': recognition.points ?? (() => ok(makeMyPoints())),
    'GET /api/me/standing': recognition.standing ?? (() => ok(standing)),
  });
}

function renderActivity(path = '/activity') {
  return renderPage(ActivityPage, { path, user: makeUser({ name: 'Ada' }) });
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

beforeEach(quietCharts);

describe('my activity', () => {
  it('shows this month’s totals, each with the definition shared with the analytics dashboard', async () => {
    const api = activityApi(
      () => ok(makeMySharesPage([makeMyShare()])),
      () =>
        ok(
          makeMyActivity({
            period: { from: '2026-11-01', to: '2026-11-20' },
            totals: {
              shares: 14,
              verified: 9,
              clicks: 1234,
              uniqueVisitors: 1001,
              declaredReach: 5400,
            },
          }),
        ),
    );
    const { i18n } = renderActivity();

    expect(await screen.findByRole('region', { name: 'Shares' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My activity' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'This month' })).toBeChecked();
    expect(screen.getByText('Nov 1 – 20, 2026')).toBeInTheDocument();
    // Each figure, with the definition of the same metric on the analytics dashboard.
    const figures = [
      ['Shares', '14', 'shares'],
      ['Verified shares', '9', 'verifiedShares'],
      ['Clicks', '1,234', 'clicks'],
      ['Unique visitors', '1,001', 'uniqueVisitors'],
      ['Declared potential reach', '5,400', 'declaredReach'],
    ] as const;
    for (const [name, value, metric] of figures) {
      expect(screen.getByRole('region', { name }).textContent).toBe(
        `${name}${value}${i18n.t(`metrics.${metric}.help`)}`,
      );
    }
    expect(api.requestsTo('GET', '/api/me/activity').map((request) => request.url.search)).toEqual([
      '?period=month',
    ]);
  });

  it('draws clicks and shares over the period, by day, week or month as the period asks', async () => {
    activityApi(
      () => ok(makeMySharesPage([])),
      () =>
        ok(
          makeMyActivity({
            interval: 'week',
            series: [
              { date: '2026-10-26', shares: 2, clicks: 1 },
              { date: '2026-11-02', shares: 0, clicks: 0 },
            ],
          }),
        ),
    );
    renderActivity();

    expect(
      await screen.findByRole('figure', {
        name: 'Clicks and shares by week, each week from its Monday',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Over time' })).toBeInTheDocument();
  });

  it('says there is nothing to draw in a period without shares or clicks', async () => {
    activityApi(() => ok(makeMySharesPage([])));
    renderActivity();

    expect(
      await screen.findByText('Nothing to draw: no shares or clicks in this period.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.getByText('No shares or clicks in this period.')).toBeInTheDocument();
  });

  it('lists the period’s figures by network, most clicks first as the API orders them', async () => {
    activityApi(
      () => ok(makeMySharesPage([])),
      () =>
        ok(
          makeMyActivity({
            networks: [
              { network: 'linkedin', shares: 2, verified: 1, clicks: 1400 },
              { network: 'x', shares: 1, verified: 0, clicks: 3 },
            ],
          }),
        ),
    );
    renderActivity();

    const table = await screen.findByRole('table', { name: 'By network' });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Network', 'Shares', 'Verified shares', 'Clicks']);
    expect(rows.map(cellsOf)).toEqual([
      ['LinkedIn', '2', '1', '1,400'],
      ['X', '1', '0', '3'],
    ]);
  });

  it('shows the period chosen, keeps it in the address, and reads it from there', async () => {
    const api = activityApi(
      () => ok(makeMySharesPage([])),
      ({ query }) =>
        ok(
          makeMyActivity({
            totals: {
              shares: query.period === 'last-28-days' ? 28 : 3,
              verified: 0,
              clicks: 0,
              uniqueVisitors: 0,
              declaredReach: 0,
            },
          }),
        ),
    );
    const { user, router } = renderActivity('/activity?period=year');
    expect(await screen.findByRole('radio', { name: 'This year' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Last 28 days' }));

    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Shares' })).toHaveTextContent('28'),
    );
    expect(router.state.location.search).toBe('?period=last-28-days');
    expect(api.requestsTo('GET', '/api/me/activity').map((request) => request.url.search)).toEqual([
      '?period=year',
      '?period=last-28-days',
    ]);

    await user.click(screen.getByRole('radio', { name: 'This month' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows my points, badges and rank for the period chosen', async () => {
    const api = activityApi(
      () => ok(makeMySharesPage([])),
      () => ok(makeMyActivity()),
      {
        points: ({ query }) =>
          ok(
            makeMyPoints({
              total: query.period === 'year' ? 42 : 6,
              badges: [{ badge: 'four-weeks', earnedAt: '2026-11-23T08:00:00.000Z' }],
            }),
          ),
        standing: ({ query }) =>
          ok({ ...standing, points: query.period === 'year' ? 42 : 6, rank: 4, of: 9 }),
      },
    );
    const { user } = renderActivity('/activity?period=year');

    const points = await screen.findByRole('region', { name: 'My points' });
    const rank = screen.getByRole('region', { name: 'Your rank' });
    expect(await within(points).findByText('42 points')).toBeInTheDocument();
    expect(await within(rank).findByText('4 of 9')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Badges' })).getAllByRole('listitem'),
    ).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: 'This month' }));

    expect(await within(points).findByText('6 points')).toBeInTheDocument();
    const periods = (path: string) =>
      api.requestsTo('GET', path).map((request) => request.url.searchParams.get('period'));
    expect(periods('/api/me/points')).toEqual(['year', 'month']);
    expect(periods('/api/me/standing')).toEqual(['year', 'month']);
  });

  it('shows this month when the address names a period the page does not offer', async () => {
    const api = activityApi(() => ok(makeMySharesPage([])));
    renderActivity('/activity?period=quarter');

    expect(await screen.findByRole('radio', { name: 'This month' })).toBeChecked();
    expect(api.requestsTo('GET', '/api/me/activity').map((request) => request.url.search)).toEqual([
      '?period=month',
    ]);
  });

  it('still lists my shares when the period’s figures fail, and offers to try again', async () => {
    let fail = true;
    activityApi(
      () => ok(makeMySharesPage([makeMyShare({ item: { ...makeMyShare().item, title: 'Kept' } })])),
      () => (fail ? undocumented(500, 'Something broke') : ok(makeMyActivity())),
    );
    const { user } = renderActivity();

    expect(
      await screen.findByText('Your figures for the period could not be loaded'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Kept' })).toBeInTheDocument();

    fail = false;
    await user.click(screen.getByRole('button', { name: /try again/i }));
    expect(await screen.findByRole('region', { name: 'Shares' })).toBeInTheDocument();
  });

  it('offers the periods in the phone’s own picker and the networks as cards on a phone', async () => {
    showAtWidth(PHONE_WIDTH);
    const api = activityApi(
      () => ok(makeMySharesPage([])),
      () =>
        ok(makeMyActivity({ networks: [{ network: 'x', shares: 1, verified: 1, clicks: 1234 }] })),
    );
    const { user, router } = renderActivity();

    const networks = await screen.findByRole('list', { name: 'By network' });
    const [card] = within(networks).getAllByRole('listitem');
    expect(cardTitle(card!)).toHaveTextContent('X');
    expect(cardFields(card!)).toEqual({ Shares: '1', 'Verified shares': '1', Clicks: '1,234' });
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'All time');

    await waitFor(() => expect(router.state.location.search).toBe('?period=all'));
    await waitFor(() =>
      expect(api.requestsTo('GET', '/api/me/activity').at(-1)?.url.search).toBe('?period=all'),
    );
  });

  it('lists my shares with what each link counted', async () => {
    const verified = makeMyShare({
      network: 'x',
      sharedAt: '2024-05-02T10:00:00.000Z',
      verified: true,
      clicks: 12,
      uniqueVisitors: 9,
      previews: 3,
      trackedUrl: 'https://chorus.example.com/r/AbC123xyz0',
      item: {
        id: '00000000-0000-4000-e000-000000000001',
        title: 'We open an office in Utrecht',
        url: 'https://acme.example/news/utrecht',
        siteName: 'Acme News',
        imageUrl: null,
      },
    });
    const turnedOff = makeMyShare({ sharedAt: '2024-04-01T10:00:00.000Z', disabled: true });
    activityApi(() => ok(makeMySharesPage([verified, turnedOff])));
    renderActivity();

    const table = await screen.findByRole('table', { name: 'My shares' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Shared',
      'Item',
      'Network',
      'Verified',
      'Clicks',
      'Unique visitors',
      'Previews',
      'Link',
    ]);
    expect(cellsOf(first!)).toEqual([
      'May 2, 2024',
      'We open an office in Utrecht',
      'X',
      'Verified',
      '12',
      '9',
      '3',
      'https://chorus.example.com/r/AbC123xyz0Copy',
    ]);
    expect(
      within(first!).getByRole('link', { name: 'We open an office in Utrecht' }),
    ).toHaveAttribute('href', 'https://acme.example/news/utrecht');
    expect(
      within(first!).getByRole('button', {
        name: 'Copy the link for We open an office in Utrecht',
      }),
    ).toBeInTheDocument();
    expect(cellsOf(second!)).toEqual([
      'Apr 1, 2024',
      turnedOff.item.title,
      'LinkedIn',
      'Not yet',
      '0',
      '0',
      '0',
      'Turned off',
    ]);
    expect(within(second!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('tells my own visits to a link apart from its clicks, as not counted', async () => {
    const visited = makeMyShare({ clicks: 4, ownVisits: 2 });
    activityApi(() => ok(makeMySharesPage([visited, makeMyShare({ clicks: 4 })])));
    renderActivity();

    const table = await screen.findByRole('table', { name: 'My shares' });
    const [, first, second] = within(table).getAllByRole('row');
    const clicks = within(first!).getAllByRole('cell')[4]!;
    expect(clicks.firstChild?.textContent).toBe('4');
    expect(within(clicks).getByText('2 own visits, not counted')).toBeInTheDocument();
    expect(cellsOf(second!)[4]).toBe('4');
  });

  it('shows each share as a card on a phone: the item first, then its figures and its link', async () => {
    showAtWidth(PHONE_WIDTH);
    const share = makeMyShare({
      network: 'x',
      sharedAt: '2024-05-02T10:00:00.000Z',
      verified: true,
      clicks: 1234,
      uniqueVisitors: 9,
      previews: 3,
      item: { ...makeMyShare().item, title: 'We open an office in Utrecht' },
    });
    activityApi(() => ok(makeMySharesPage([share])));
    renderActivity();

    const cards = await screen.findByRole('list', { name: 'My shares' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [card] = within(cards).getAllByRole('listitem');
    expect(cardTitle(card!)).toHaveTextContent('We open an office in Utrecht');
    expect(cardFields(card!)).toEqual({
      Shared: 'May 2, 2024',
      Network: 'X',
      Verified: 'Verified',
      Clicks: '1,234',
      'Unique visitors': '9',
      Previews: '3',
      Link: `${share.trackedUrl}Copy`,
    });
    expect(
      within(card!).getByRole('button', { name: 'Copy the link for We open an office in Utrecht' }),
    ).toBeInTheDocument();
  });

  it('pages through my shares', async () => {
    const api = activityApi(({ query }) => {
      const page = Number(query.page ?? 0);
      return ok(
        makeMySharesPage(
          [makeMyShare({ item: { ...makeMyShare().item, title: `On page ${page}` } })],
          {
            page,
            total: 30,
          },
        ),
      );
    });
    const { user } = renderActivity();
    await screen.findByRole('link', { name: 'On page 1' });

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('link', { name: 'On page 2' })).toBeInTheDocument();
    expect(
      api
        .requestsTo('GET', '/api/shares/mine')
        .map((request) => [
          request.url.searchParams.get('page'),
          request.url.searchParams.get('pageSize'),
        ]),
    ).toEqual([
      ['1', '25'],
      ['2', '25'],
    ]);
  });

  it('sends someone who has not shared yet to Home', async () => {
    activityApi(() => ok(makeMySharesPage([])));
    const { user, router } = renderActivity();

    expect(await screen.findByText('You have not shared anything yet')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Shares' })).toHaveTextContent('0');
    await user.click(screen.getByRole('link', { name: 'Find something to share on Home' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
