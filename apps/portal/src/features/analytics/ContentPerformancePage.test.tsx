import { screen, waitFor, within } from '@testing-library/react';
import { makeBreakdown, makeBreakdownRow, makeScope } from '../../test/analytics-factories';
import { makeUser } from '../../test/factories';
import { apiError, type HandlerRequest, mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { analyticsApi, queriesTo, quietCharts } from './analytics-test-api';
import { ContentPerformancePage } from './ContentPerformancePage';

const WEBINAR = '00000000-0000-4000-a400-000000000101';
const OFFICE = '00000000-0000-4000-a400-000000000102';
const WEBINAR_URL = 'https://example.com/events/webinar';
const OFFICE_URL = 'https://example.com/news/utrecht';

const items = makeBreakdown('item', [
  makeBreakdownRow({
    key: WEBINAR,
    label: 'Join our webinar',
    url: WEBINAR_URL,
    shares: 4,
    verifiedShares: 3,
    clicks: 40,
    clicksPerShare: 10,
    uniqueVisitors: 31,
    declaredReach: 2500,
    sharingEnrolled: null,
    networks: [
      {
        network: 'linkedin',
        shares: 3,
        verifiedShares: 3,
        clicks: 36,
        clicksPerShare: 12,
        uniqueVisitors: 28,
        declaredReach: 2000,
      },
      {
        network: 'x',
        shares: 1,
        verifiedShares: 0,
        clicks: 4,
        clicksPerShare: 4,
        uniqueVisitors: 3,
        declaredReach: 500,
      },
    ],
  }),
  makeBreakdownRow({
    key: OFFICE,
    label: 'We open an office in Utrecht',
    url: OFFICE_URL,
    shares: 9,
    verifiedShares: 5,
    clicks: 12,
    clicksPerShare: 1.3333,
    uniqueVisitors: 10,
    declaredReach: 800,
    sharingEnrolled: null,
    networks: [],
  }),
]);

/** The items as the API orders them: by `sort` (clicks unless asked), at most `limit`. */
function orderedItems({ query }: HandlerRequest<'GET /api/analytics/breakdown'>) {
  const rows = query.sort === 'shares' ? [...items.rows].reverse() : items.rows;
  return makeBreakdown('item', rows.slice(0, Number(query.limit ?? 0)), {
    total: rows.length,
  });
}

/** Each body row as its header cell followed by its cells' text. */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent,
      ),
    );
}

/** The page at `path`, for the user `api` answers. */
function renderContentPerformance(
  api: Pick<ReturnType<typeof analyticsApi>, 'signedIn'>,
  path = '/analytics/content',
) {
  return renderPage(ContentPerformancePage, { path, user: api.signedIn });
}

beforeEach(quietCharts);

describe('content performance', () => {
  it("lists each item's figures in the API's order, with its networks on request", async () => {
    const api = analyticsApi({ roles: ['curator'], breakdowns: { item: items } });
    const { user } = renderContentPerformance(api);

    const table = await screen.findByRole('table', { name: 'Content performance by item' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Item',
      'Shares',
      'Verified shares',
      'Clicks',
      'Clicks per share',
      'Unique visitors',
      'Declared potential reach',
    ]);
    expect(rowsOf(table)).toEqual([
      ['Join our webinar', '4', '3', '40', '10', '31', '2,500'],
      ['We open an office in Utrecht', '9', '5', '12', '1.33', '10', '800'],
    ]);
    // Curators open the item's page, or the article itself beside it.
    expect(within(table).getByRole('link', { name: 'Join our webinar' })).toHaveAttribute(
      'href',
      `/content/${WEBINAR}`,
    );
    const article = within(table).getByRole('link', {
      name: 'Open the article Join our webinar in a new tab',
    });
    expect(article).toHaveAttribute('href', WEBINAR_URL);
    expect(article).toHaveAttribute('target', '_blank');
    expect(article).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Listed: 2 of 2 items.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();

    await user.click(
      within(table).getByRole('button', { name: 'Show networks for Join our webinar' }),
    );

    expect(rowsOf(table)).toEqual([
      ['Join our webinar', '4', '3', '40', '10', '31', '2,500'],
      ['On LinkedIn', '3', '3', '36', '12', '28', '2,000'],
      ['On X', '1', '0', '4', '4', '3', '500'],
      ['We open an office in Utrecht', '9', '5', '12', '1.33', '10', '800'],
    ]);
    expect(
      within(table).getByRole('button', { name: 'Hide networks for Join our webinar' }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(queriesTo(api, 'breakdown')).toEqual([{ by: 'item', sort: 'clicks', limit: '25' }]);
  });

  it('asks the API for another order when a column is chosen, and keeps it in the address', async () => {
    const api = analyticsApi({ roles: ['curator'], breakdowns: { item: orderedItems } });
    const { user, router } = renderContentPerformance(api);

    const table = await screen.findByRole('table', { name: 'Content performance by item' });
    expect(within(table).getByRole('columnheader', { name: 'Clicks' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowsOf(table).map(([title]) => title)).toEqual([
      'Join our webinar',
      'We open an office in Utrecht',
    ]);
    await user.click(within(table).getByRole('button', { name: 'Shares' }));

    await waitFor(() => expect(router.state.location.search).toBe('?sort=shares'));
    await waitFor(() =>
      expect(rowsOf(table).map(([title]) => title)).toEqual([
        'We open an office in Utrecht',
        'Join our webinar',
      ]),
    );
    expect(within(table).getByRole('columnheader', { name: 'Shares' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(queriesTo(api, 'breakdown')).toEqual([
      { by: 'item', sort: 'clicks', limit: '25' },
      { by: 'item', sort: 'shares', limit: '25' },
    ]);
  });

  it('lists 25 items at first, and 25 more at a time on request', async () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      makeBreakdownRow({
        key: `00000000-0000-4000-a400-${String(index).padStart(12, '0')}`,
        label: `Item ${index + 1}`,
        url: null,
        clicks: 30 - index,
        sharingEnrolled: null,
        networks: [],
      }),
    );
    const api = analyticsApi({
      roles: ['curator'],
      breakdowns: {
        item: ({ query }) =>
          makeBreakdown('item', many.slice(0, Number(query.limit ?? 0)), {
            total: many.length,
          }),
      },
    });
    const { user } = renderContentPerformance(api, '/analytics/content?sort=uniqueVisitors');

    const table = await screen.findByRole('table', { name: 'Content performance by item' });
    expect(rowsOf(table)).toHaveLength(25);
    expect(screen.getByText('Listed: 25 of 30 items.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 5 more' }));

    await waitFor(() => expect(rowsOf(table)).toHaveLength(30));
    expect(rowsOf(table).at(-1)?.[0]).toBe('Item 30');
    expect(screen.getByText('Listed: 30 of 30 items.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();

    // Another order starts again from the top.
    await user.click(within(table).getByRole('button', { name: 'Clicks' }));
    await waitFor(() =>
      expect(queriesTo(api, 'breakdown').at(-1)).toEqual({
        by: 'item',
        sort: 'clicks',
        limit: '25',
      }),
    );
    expect(queriesTo(api, 'breakdown').slice(0, 2)).toEqual([
      { by: 'item', sort: 'uniqueVisitors', limit: '25' },
      { by: 'item', sort: 'uniqueVisitors', limit: '50' },
    ]);
  });

  it("sets the period from a preset ending on the organisation's today, as the API says", async () => {
    const api = analyticsApi({
      roles: ['curator'],
      breakdowns: {
        item: makeBreakdown('item', items.rows, { scope: makeScope({ today: '2031-05-10' }) }),
      },
    });
    const { user, router } = renderContentPerformance(api, '/analytics/content?sort=shares');
    await screen.findByRole('table', { name: 'Content performance by item' });

    await user.click(screen.getByRole('radio', { name: 'This month' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?sort=shares&from=2031-05-01&to=2031-05-10'),
    );
    await waitFor(() =>
      expect(queriesTo(api, 'breakdown').at(-1)).toEqual({
        from: '2031-05-01',
        to: '2031-05-10',
        by: 'item',
        sort: 'shares',
        limit: '25',
      }),
    );
  });

  it('takes the period and content filters from the address, and offers the CSV with them', async () => {
    const scope = makeScope({
      from: '2026-11-01',
      to: '2026-11-07',
      network: 'linkedin',
      kind: 'event',
    });
    const deleted = makeBreakdownRow({ key: null, label: null, clicks: 1, sharingEnrolled: null });
    const api = analyticsApi({
      roles: ['analyst'],
      breakdowns: { item: makeBreakdown('item', [...items.rows, deleted], { scope }) },
    });
    renderContentPerformance(
      api,
      `/analytics/content?from=2026-11-01&to=2026-11-07&network=linkedin&kind=event&department=${WEBINAR}&sort=verifiedShares`,
    );

    const table = await screen.findByRole('table', { name: 'Content performance by item' });
    // Analysts do not edit content: a title opens the article itself, in a new tab.
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Join our webinar', WEBINAR_URL],
      ['We open an office in Utrecht', OFFICE_URL],
    ]);
    const webinar = within(table).getByRole('link', { name: 'Join our webinar' });
    expect(webinar).toHaveAttribute('target', '_blank');
    expect(webinar).toHaveAttribute('rel', 'noopener noreferrer');
    // Figures of items deleted since: nothing to open.
    expect(rowsOf(table).map(([title]) => title)).toEqual([
      'Join our webinar',
      'We open an office in Utrecht',
      'Deleted item',
    ]);
    expect(screen.getByText('Only: LinkedIn, Event')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Department' })).not.toBeInTheDocument();
    expect(queriesTo(api, 'breakdown')).toEqual([
      {
        from: '2026-11-01',
        to: '2026-11-07',
        network: 'linkedin',
        kind: 'event',
        by: 'item',
        sort: 'verifiedShares',
        limit: '25',
      },
    ]);
    const csv = screen.getByRole('link', { name: 'Download CSV: Content performance' });
    expect(csv).toHaveAttribute(
      'href',
      '/api/analytics/breakdown?by=item&sort=verifiedShares&from=2026-11-01&to=2026-11-07&network=linkedin&kind=event&format=csv',
    );
    expect(csv).toHaveAttribute('download');
  });

  it('says why there is nothing to list', async () => {
    const api = analyticsApi({
      roles: ['curator'],
      breakdowns: { item: makeBreakdown('item', []) },
    });
    const { i18n } = renderContentPerformance(api);

    expect(
      await screen.findByText(
        i18n.t('analytics.empty.period', { from: 'Oct 26, 2026', to: 'Nov 22, 2026' }),
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows the API's message when it refuses the period", async () => {
    mockApi({
      'GET /api/campaigns': () => ok([]),
      'GET /api/analytics/breakdown': () =>
        apiError(400, 'from (2026-11-08) must not be after to (2026-11-01)'),
    });
    renderContentPerformance(
      { signedIn: makeUser({ roles: ['curator'] }) },
      '/analytics/content?from=2026-11-08&to=2026-11-01',
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'from (2026-11-08) must not be after to (2026-11-01)',
    );
  });
});
