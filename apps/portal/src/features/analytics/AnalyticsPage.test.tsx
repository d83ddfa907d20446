import { screen, waitFor, within } from '@testing-library/react';
import {
  makeAdvocateRow,
  makeAdvocates,
  makeBreakdown,
  makeBreakdownRow,
  makePeopleFigures,
  makeScope,
  makeSeriesPoint,
  makeSummary,
  makeTimeseries,
} from '../../test/analytics-factories';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { cardFields, cardTitle, PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import { AnalyticsPage } from './AnalyticsPage';
import { analyticsApi, LAUNCH, queriesTo, quietCharts, SALES } from './analytics-test-api';

/** A range of days in English, as the text matchers see it (thin spaces made plain). */
const range = (from: string, to: string) => `${from} – ${to}`;

const figure = (name: string) => screen.getByRole('region', { name });

/** The dashboard at `path`, for the user `api` answers. */
function renderDashboard(api: ReturnType<typeof analyticsApi>, path = '/analytics') {
  return renderPage(AnalyticsPage, { path, user: api.signedIn });
}

beforeEach(quietCharts);
afterEach(() => {
  vi.useRealTimers();
});

describe('the analytics dashboard', () => {
  it('shows the headline figures of the period, each with its definition', async () => {
    const api = analyticsApi({
      summary: makeSummary({
        scope: makeScope({ timeZone: 'Europe/Amsterdam' }),
        shares: 40,
        verifiedShares: 25,
        clicks: 1234,
        uniqueVisitors: 1001,
        declaredReach: 56000,
        clicksPerShare: 30.85,
        earnedMediaValue: { amount: 2961.6, currency: 'EUR', networks: ['linkedin', 'x'] },
        people: makePeopleFigures({
          activeEmployees: 16,
          enrolled: 10,
          adoption: 0.625,
          sharingEnrolled: 4,
          participation: 0.4,
          policyAcknowledged: 9,
          policyCoverage: 0.9,
          byStage: [2, 5, 2, 1],
        }),
      }),
    });
    const { i18n } = renderDashboard(api);

    expect(await screen.findByRole('heading', { name: 'Analytics', level: 1 })).toBeInTheDocument();
    expect(
      await screen.findByText(`${range('Oct 26', 'Nov 22, 2026')} (28 days), Europe/Amsterdam`),
    ).toBeInTheDocument();
    // Each card: its title, its figures, then the definition of its metric.
    const cards = [
      ['Shares', 'shares', '40'],
      ['Verified shares', 'verifiedShares', '2562.5% of the shares'],
      ['Clicks', 'clicks', '1,234'],
      ['Unique visitors', 'uniqueVisitors', '1,001'],
      ['Declared potential reach', 'declaredReach', '56,000'],
      ['Clicks per share', 'clicksPerShare', '30.85'],
      ['Earned media value', 'earnedMediaValue', '€2,961.60Valued: LinkedIn, X'],
      ['Enrolled employees', 'enrolled', '10Of 16 active employees'],
      ['Adoption', 'adoption', '62.5%10 of 16 active employees'],
      ['Participation', 'participation', '40.0%4 of 10 enrolled employees'],
      ['Policy acknowledgment coverage', 'policyCoverage', '90.0%9 of 10 enrolled employees'],
      ['Training stages', 'trainingStages', 'Not started2Stage 15Stage 22Stage 31'],
    ] as const;
    for (const [name, metric, figures] of cards) {
      expect(figure(name).textContent).toBe(`${name}${figures}${i18n.t(`metrics.${metric}.help`)}`);
    }
  });

  it('shows where the shares were started, every source with its part of all shares', async () => {
    const api = analyticsApi({
      summary: makeSummary({
        shares: 40,
        sharesBySource: [
          { source: 'feed', shares: 30 },
          { source: 'digest', shares: 8 },
          { source: 'notification', shares: 1 },
          { source: 'slack', shares: 1 },
          { source: 'teams', shares: 0 },
          { source: 'extension', shares: 0 },
        ],
      }),
    });
    const { i18n } = renderDashboard(api);

    const card = await screen.findByRole('region', { name: 'Shares by source' });
    const table = within(card).getByRole('table', { name: 'Shares by source' });
    expect(
      within(table)
        .getAllByRole('row')
        // Each row: its header cells (the source, or the column names), then its figures.
        .map((row) =>
          ['columnheader', 'rowheader', 'cell']
            .flatMap((role) => within(row).queryAllByRole(role))
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['Source', 'Shares', 'Of all'],
      ['Feed', '30', '75.0%'],
      ['Digest', '8', '20.0%'],
      ['Notification', '1', '2.5%'],
      ['Slack', '1', '2.5%'],
      ['Microsoft Teams', '0', '0.0%'],
      ['Browser extension', '0', '0.0%'],
    ]);
    expect(card).toHaveTextContent(i18n.t('metrics.sharesBySource.help'));
  });

  it('says a period without shares has none to split by source, rather than a table of zeros', async () => {
    const api = analyticsApi({ summary: makeSummary({ shares: 0 }) });
    const { i18n } = renderDashboard(api);

    const card = await screen.findByRole('region', { name: 'Shares by source' });
    expect(card.textContent).toBe(
      `Shares by sourceNo shares in this period.${i18n.t('metrics.sharesBySource.help')}`,
    );
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows "–" and why, never 0 %, where a ratio has nothing to divide by', async () => {
    const api = analyticsApi({
      summary: makeSummary({
        clicks: 3,
        clicksPerShare: null,
        people: makePeopleFigures({
          activeEmployees: 0,
          enrolled: 0,
          adoption: null,
          sharingEnrolled: 0,
          participation: null,
          policyPublished: false,
          policyAcknowledged: 0,
          policyCoverage: null,
        }),
      }),
    });
    const { i18n } = renderDashboard(api);

    await screen.findByRole('region', { name: 'Clicks per share' });
    const why = (note: 'noShares' | 'noActive' | 'noneEnrolled' | 'noPolicy') =>
      `–${i18n.t(`analytics.notes.${note}`)}`;
    expect(figure('Clicks per share')).toHaveTextContent(why('noShares'));
    expect(figure('Adoption')).toHaveTextContent(why('noActive'));
    expect(figure('Participation')).toHaveTextContent(why('noneEnrolled'));
    expect(figure('Policy acknowledgment coverage')).toHaveTextContent(why('noPolicy'));
    for (const name of ['Adoption', 'Participation', 'Policy acknowledgment coverage']) {
      expect(figure(name)).not.toHaveTextContent('%');
    }
    // No cost per click is set: no value, and where to set one.
    expect(screen.queryByRole('region', { name: 'Earned media value' })).not.toBeInTheDocument();
    expect(screen.getByText(i18n.t('analytics.notes.valueOff'))).toBeInTheDocument();
  });

  it('explains an empty period instead of drawing empty charts', async () => {
    const api = analyticsApi({
      summary: makeSummary(),
      timeseries: makeTimeseries([makeSeriesPoint('2026-10-26'), makeSeriesPoint('2026-10-27')]),
    });
    const { i18n } = renderDashboard(api);

    const period = { from: 'Oct 26, 2026', to: 'Nov 22, 2026' };
    expect(await screen.findByText(i18n.t('analytics.empty.period', period))).toBeInTheDocument();
    expect(figure('Shares')).toHaveTextContent('0');
    expect(figure('Clicks')).toHaveTextContent('0');
    expect(await screen.findByText(i18n.t('analytics.timeseries.empty'))).toBeInTheDocument();
    const byNetwork = await screen.findByRole('region', { name: 'By network' });
    expect(
      await within(byNetwork).findByText(i18n.t('analytics.breakdown.empty')),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks for fewer filters when a filtered period is empty', async () => {
    const api = analyticsApi({
      summary: makeSummary({ scope: makeScope({ network: 'xing' }) }),
    });
    const { i18n } = renderDashboard(api, '/analytics?network=xing');

    expect(
      await screen.findByText(
        i18n.t('analytics.empty.filtered', { from: 'Oct 26, 2026', to: 'Nov 22, 2026' }),
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Only: Xing')).toBeInTheDocument();
  });

  it('draws the period over time, and by week when asked', async () => {
    const api = analyticsApi({
      summary: makeSummary({ shares: 3, clicks: 5 }),
      timeseries: makeTimeseries([
        makeSeriesPoint('2026-10-26', { shares: 3, clicks: 5, uniqueVisitors: 4 }),
        makeSeriesPoint('2026-10-27'),
      ]),
    });
    const { user, router } = renderDashboard(api);

    expect(
      await screen.findByRole('figure', { name: 'Shares, clicks and unique visitors by day' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Weeks' }));

    await waitFor(() => expect(router.state.location.search).toBe('?interval=week'));
    await waitFor(() =>
      expect(queriesTo(api, 'timeseries').map((query) => query.interval)).toEqual(['day', 'week']),
    );
  });

  it('shows the breakdowns as charts and tables, people ones for HR', async () => {
    const api = analyticsApi({
      summary: makeSummary({ shares: 12, clicks: 30 }),
      breakdowns: {
        network: makeBreakdown('network', [
          makeBreakdownRow({
            key: 'linkedin',
            label: 'linkedin',
            shares: 8,
            verifiedShares: 6,
            clicks: 24,
            clicksPerShare: 3,
            uniqueVisitors: 20,
            declaredReach: 4000,
            sharingEnrolled: 3,
          }),
          makeBreakdownRow({ key: 'x', label: 'x', shares: 4, clicks: 6, clicksPerShare: 1.5 }),
        ]),
        department: makeBreakdown(
          'department',
          [
            makeBreakdownRow({ key: SALES.id, label: 'Sales', shares: 10, clicks: 25 }),
            makeBreakdownRow({ key: null, label: null, shares: 2, clicks: 5 }),
          ],
          { total: 14 },
        ),
      },
    });
    renderDashboard(api);

    const byNetwork = await screen.findByRole('table', { name: 'By network' });
    expect(
      within(byNetwork)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Network',
      'Shares',
      'Verified shares',
      'Clicks',
      'Clicks per share',
      'Unique visitors',
      'Declared potential reach',
      'Enrolled who shared',
    ]);
    const [, linkedin] = within(byNetwork).getAllByRole('row');
    expect(
      within(linkedin!)
        .getAllByRole('rowheader')
        .concat(within(linkedin!).getAllByRole('cell'))
        .map((cell) => cell.textContent),
    ).toEqual(['LinkedIn', '8', '6', '24', '3', '20', '4,000', '3']);
    expect(
      screen.getByRole('figure', { name: 'Chart of clicks and shares: By network' }),
    ).toBeInTheDocument();

    const byDepartment = await screen.findByRole('table', { name: 'By department' });
    expect(within(byDepartment).getByRole('rowheader', { name: 'Sales' })).toBeInTheDocument();
    expect(
      within(byDepartment).getByRole('rowheader', { name: 'No department' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The 2 with the most clicks, of 14. The CSV has them all.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'By location' })).toBeInTheDocument();
    expect(
      queriesTo(api, 'breakdown')
        .map((query) => `${query.by}:${query.limit}`)
        .sort(),
    ).toEqual(['campaign:10', 'department:10', 'kind:10', 'location:10', 'network:10']);
  });

  it('names Threads and Mastodon among the networks, and filters by them', async () => {
    const api = analyticsApi({
      summary: makeSummary({ shares: 5, clicks: 9 }),
      breakdowns: {
        network: makeBreakdown('network', [
          makeBreakdownRow({ key: 'mastodon', label: 'mastodon', shares: 3, clicks: 7 }),
          makeBreakdownRow({ key: 'threads', label: 'threads', shares: 2, clicks: 2 }),
        ]),
      },
    });
    const { user } = renderDashboard(api);

    const byNetwork = await screen.findByRole('table', { name: 'By network' });
    expect(
      within(byNetwork)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Mastodon', 'Threads']);

    const filters = within(screen.getByRole('region', { name: 'Filters' }));
    await user.click(filters.getByRole('combobox', { name: 'Network' }));
    expect(await filters.findByRole('option', { name: 'Threads' })).toBeInTheDocument();
    await user.click(filters.getByRole('option', { name: 'Mastodon' }));

    await waitFor(() => expect(queriesTo(api, 'summary').at(-1)).toEqual({ network: 'mastodon' }));
  });

  it('ranks the top advocates by clicks or by shares, saying who is not ranked', async () => {
    const api = analyticsApi({
      summary: makeSummary({ shares: 5, clicks: 9 }),
      advocates: makeAdvocates(
        [
          makeAdvocateRow({ rank: 1, name: 'A. L.', department: 'Sales', shares: 3, clicks: 7 }),
          makeAdvocateRow({ rank: 2, name: 'G. H.', shares: 2, clicks: 2 }),
        ],
        { names: 'initials', total: 12 },
      ),
    });
    const { user, router, i18n } = renderDashboard(api);

    const table = await screen.findByRole('table', { name: 'Top advocates' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('A. L.');
    expect(first).toHaveTextContent('Sales');
    expect(second).toHaveTextContent('No department');
    expect(screen.getByText(i18n.t('analytics.advocates.onlyEnrolled'))).toBeInTheDocument();
    expect(screen.getByText(i18n.t('analytics.advocates.initials'))).toBeInTheDocument();
    expect(
      screen.getByText('The top 2 of 12 advocates. The CSV has everyone ranked.'),
    ).toBeInTheDocument();

    const ranking = screen.getByRole('region', { name: 'Top advocates' });
    await user.click(within(ranking).getByRole('radio', { name: 'Shares' }));

    await waitFor(() => expect(router.state.location.search).toBe('?rank=shares'));
    await waitFor(() =>
      expect(queriesTo(api, 'advocates').map((query) => query.rank)).toEqual(['clicks', 'shares']),
    );
    expect(queriesTo(api, 'advocates')[0]?.limit).toBe('10');
  });

  it("lists the period's challenges with their goal and their result or progress, for HR", async () => {
    const challenge = {
      description: null,
      campaign: { id: LAUNCH.id, name: 'Spring launch' },
      topic: null,
      departments: [],
      startsOn: '2026-11-01',
      endsOn: '2026-11-20',
      endedAt: null,
    };
    const api = analyticsApi({
      challenges: [
        {
          ...challenge,
          id: '00000000-0000-4000-a300-000000000001',
          title: '100 verified shares by 20 November',
          metric: 'verified-shares',
          target: 100,
          state: 'ended',
          progress: { count: 82, target: 100, reached: false },
          endedAt: '2026-11-21T00:03:00.000Z',
        },
        {
          ...challenge,
          id: '00000000-0000-4000-a300-000000000002',
          title: 'Clicks for the launch',
          metric: 'clicks',
          target: 500,
          endsOn: '2026-12-10',
          state: 'active',
          progress: { count: 610, target: 500, reached: true },
        },
      ],
    });
    renderDashboard(api);

    const table = await screen.findByRole('table', { name: 'Challenges' });
    const ended = within(table).getByRole('row', { name: /100 verified shares/ });
    expect(
      within(ended)
        .getAllByRole('cell')
        .map((cell) => cell.textContent?.replace(/\s/g, ' ')),
    ).toEqual([
      '100 verified shares by 20 November',
      'Verified shares · Spring launch',
      range('Nov 1', '20, 2026'),
      '100',
      '82',
      'Goal not reached',
    ]);
    const running = within(table).getByRole('row', { name: /Clicks for the launch/ });
    expect(running).toHaveTextContent('610');
    expect(running).toHaveTextContent('Goal reached');
    expect(api.requestsTo('GET', '/api/challenges/report')[0]?.url.search).toBe(
      '?from=2026-10-26&to=2026-11-22',
    );
  });

  it("lists the period's challenges on a phone as cards named by their title", async () => {
    showAtWidth(PHONE_WIDTH);
    const api = analyticsApi({
      challenges: [
        {
          id: '00000000-0000-4000-a300-000000000001',
          title: '100 verified shares by 20 November',
          description: null,
          metric: 'verified-shares',
          target: 100,
          campaign: null,
          // Named in the reader's language where the curators gave one.
          topic: {
            id: '00000000-0000-4000-a100-000000000009',
            name: 'Karriere',
            names: { en: 'Careers' },
          },
          departments: [],
          startsOn: '2026-11-01',
          endsOn: '2026-11-20',
          state: 'ended',
          progress: { count: 82, target: 100, reached: false },
          endedAt: '2026-11-21T00:03:00.000Z',
        },
      ],
    });
    renderDashboard(api);

    const cards = await screen.findByRole('list', { name: 'Challenges' });
    const [card] = within(cards).getAllByRole('listitem');
    expect(cardTitle(card!)).toHaveTextContent('100 verified shares by 20 November');
    expect(cardFields(card!)).toMatchObject({
      'What counts': 'Verified shares · Careers',
      Goal: '100',
      Outcome: 'Goal not reached',
    });
    expect(screen.queryByRole('table', { name: 'Challenges' })).not.toBeInTheDocument();
  });

  it('keeps the filters in the address and sends them with every request', async () => {
    const api = analyticsApi({ summary: makeSummary({ shares: 1 }) });
    const { user, router } = renderDashboard(api);
    await screen.findByRole('region', { name: 'Shares' });
    // Within the filters: the whole dashboard is a large page to search.
    const filters = within(screen.getByRole('region', { name: 'Filters' }));

    await user.click(filters.getByRole('combobox', { name: 'Department' }));
    await user.click(await filters.findByRole('option', { name: 'Sales' }));
    await user.click(filters.getByRole('combobox', { name: 'Network' }));
    await user.click(await filters.findByRole('option', { name: 'LinkedIn' }));
    await user.click(filters.getByRole('combobox', { name: 'Campaign' }));
    await user.click(await filters.findByRole('option', { name: 'Spring launch' }));

    const expected = { department: SALES.id, network: 'linkedin', campaign: LAUNCH.id };
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(
        expected,
      ),
    );
    await waitFor(() => expect(queriesTo(api, 'summary').at(-1)).toEqual(expected));
    await waitFor(() =>
      expect(queriesTo(api, 'timeseries').at(-1)).toEqual({ ...expected, interval: 'day' }),
    );
    await waitFor(() =>
      expect(queriesTo(api, 'advocates').at(-1)).toEqual({
        ...expected,
        rank: 'clicks',
        limit: '10',
      }),
    );
    await waitFor(() =>
      expect(
        queriesTo(api, 'breakdown')
          .filter((query) => query.campaign === LAUNCH.id)
          .map(({ by, limit, ...query }) => [by, limit, query]),
      ).toEqual(
        ['network', 'campaign', 'kind', 'department', 'location'].map((by) => [by, '10', expected]),
      ),
    );

    await user.click(filters.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it("sets the period from a preset, ending on the organisation's today as the API says", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // This browser's clock is a day behind: 22 Nov, in UTC and in Amsterdam alike.
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
    const api = analyticsApi({
      summary: makeSummary({
        scope: makeScope({ from: '2026-10-27', to: '2026-11-23', today: '2026-11-23' }),
      }),
    });
    const { user, router } = renderDashboard(api);
    await screen.findByRole('region', { name: 'Shares' });

    expect(screen.getByRole('radio', { name: 'Last 28 days' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Last 7 days' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?from=2026-11-17&to=2026-11-23'),
    );
    await waitFor(() =>
      expect(queriesTo(api, 'summary').at(-1)).toEqual({ from: '2026-11-17', to: '2026-11-23' }),
    );
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-17');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-23');

    await user.click(screen.getByRole('radio', { name: 'Last 12 months' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?from=2025-11-24&to=2026-11-23'),
    );
    // A year is drawn week by week.
    await waitFor(() => expect(queriesTo(api, 'timeseries').at(-1)?.interval).toBe('week'));
  });

  it('opens a shared view with its period and filters, and offers each CSV with them', async () => {
    const scope = makeScope({
      from: '2026-10-01',
      to: '2026-10-31',
      department: { id: SALES.id, name: 'Sales' },
      network: 'x',
    });
    const api = analyticsApi({
      summary: makeSummary({ scope, shares: 2, clicks: 4 }),
      timeseries: makeTimeseries([makeSeriesPoint('2026-09-28', { shares: 2 })], {
        scope,
        interval: 'week',
      }),
      breakdowns: {
        network: makeBreakdown('network', [makeBreakdownRow({ shares: 2 })], { scope }),
      },
      advocates: makeAdvocates([makeAdvocateRow({ shares: 2 })], { scope }),
    });
    renderDashboard(
      api,
      `/analytics?from=2026-10-01&to=2026-10-31&department=${SALES.id}&network=x&interval=week`,
    );

    expect(
      await screen.findByText(`${range('Oct 1', '31, 2026')} (31 days), Europe/Amsterdam`),
    ).toBeInTheDocument();
    expect(screen.getByText('Only: Sales, X')).toBeInTheDocument();
    const filters = `from=2026-10-01&to=2026-10-31&department=${SALES.id}&network=x&format=csv`;
    const csv = (what: string) => screen.getByRole('link', { name: `Download CSV: ${what}` });
    expect(csv('Headline figures')).toHaveAttribute('href', `/api/analytics/summary?${filters}`);
    expect(csv('Headline figures')).toHaveAttribute('download');
    expect(await screen.findByRole('link', { name: 'Download CSV: Over time' })).toHaveAttribute(
      'href',
      `/api/analytics/timeseries?interval=week&${filters}`,
    );
    expect(await screen.findByRole('link', { name: 'Download CSV: By network' })).toHaveAttribute(
      'href',
      `/api/analytics/breakdown?by=network&${filters}`,
    );
    expect(
      await screen.findByRole('link', { name: 'Download CSV: Top advocates' }),
    ).toHaveAttribute('href', `/api/analytics/advocates?rank=clicks&${filters}`);
    expect(queriesTo(api, 'summary')).toEqual([
      { from: '2026-10-01', to: '2026-10-31', department: SALES.id, network: 'x' },
    ]);
  });

  it('shows curators content figures only: no people figures, filters or advocates', async () => {
    const api = analyticsApi({
      roles: ['curator'],
      summary: makeSummary({ shares: 3, clicks: 4, people: null }),
    });
    // A view shared by HR, with a department in it.
    renderDashboard(api, `/analytics?department=${SALES.id}&network=linkedin`);

    expect(await screen.findByRole('region', { name: 'Shares' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'By kind' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Adoption' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Participation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'People' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Department' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Location' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'By department' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Top advocates' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Network' })).toHaveValue('LinkedIn');

    expect(queriesTo(api, 'summary')).toEqual([{ network: 'linkedin' }]);
    expect(
      queriesTo(api, 'breakdown')
        .map((query) => query.by)
        .sort(),
    ).toEqual(['campaign', 'kind', 'network']);
    expect(api.requestsTo('GET', '/api/analytics/advocates')).toHaveLength(0);
    expect(api.requestsTo('GET', '/api/challenges/report')).toHaveLength(0);
    expect(api.requestsTo('GET', '/api/groups/department')).toHaveLength(0);
  });

  it("shows the API's message when it refuses the period", async () => {
    const api = analyticsApi({
      summary: () => apiError(400, 'The period may be at most 1098 days long'),
    });
    renderDashboard(api, '/analytics?from=2020-01-01&to=2026-01-01');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The period may be at most 1098 days long',
    );
    expect(screen.queryByRole('region', { name: 'Over time' })).not.toBeInTheDocument();
  });

  it('is not for employees, who have My activity', async () => {
    const api = mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee'] })) });
    // Who may open a page is decided by the routes' guard: the whole portal is under test.
    renderApp('/analytics');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.path.startsWith('/api/analytics'))).toEqual([]);
  });
});
