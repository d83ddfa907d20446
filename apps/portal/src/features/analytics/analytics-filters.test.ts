import {
  analyticsQuery,
  csvHref,
  filtersFor,
  intervalFor,
  readAnalyticsFilters,
  writeAnalyticsFilters,
} from './analytics-filters';
import { makeScope } from '../../test/analytics-factories';

const SALES = '00000000-0000-4000-9000-000000000001';

describe('analytics filters in the address', () => {
  it('reads what is valid and leaves out the rest', () => {
    const filters = readAnalyticsFilters(
      new URLSearchParams(
        `from=2026-02-30&to=2026-03-31&department=${SALES}&network=myspace&kind=event&interval=year`,
      ),
    );
    expect(filters).toEqual({
      from: null,
      to: '2026-03-31',
      department: SALES,
      location: null,
      network: null,
      campaign: null,
      kind: 'event',
      interval: null,
    });
    expect(analyticsQuery(filters)).toEqual({ to: '2026-03-31', department: SALES, kind: 'event' });
  });

  it("writes a change, dropping what is cleared and keeping a page's own params", () => {
    const params = new URLSearchParams('network=x&rank=shares');
    expect(
      writeAnalyticsFilters(params, {
        network: null,
        from: '2026-01-01',
        to: '2026-01-31',
      }).toString(),
    ).toBe('rank=shares&from=2026-01-01&to=2026-01-31');
  });

  it('leaves department and location out for those who may not filter on them', () => {
    const filters = readAnalyticsFilters(
      new URLSearchParams(`department=${SALES}&location=${SALES}`),
    );
    expect(analyticsQuery(filtersFor(filters, false))).toEqual({});
    expect(analyticsQuery(filtersFor(filters, true))).toEqual({
      department: SALES,
      location: SALES,
    });
  });

  it('draws up to 92 days by day and longer periods by week, unless told', () => {
    const read = (search: string) => readAnalyticsFilters(new URLSearchParams(search));
    expect(intervalFor(read(''), '2026-11-22')).toBe('day');
    expect(intervalFor(read('from=2026-08-23&to=2026-11-22'), '2026-11-22')).toBe('day');
    expect(intervalFor(read('from=2026-08-22&to=2026-11-22'), '2026-11-22')).toBe('week');
    expect(intervalFor(read('from=2026-01-01&interval=day'), '2026-11-22')).toBe('day');
  });

  it("links a CSV to the response's own period and filters", () => {
    expect(
      csvHref(
        '/api/analytics/breakdown',
        makeScope({ campaign: { id: SALES, name: 'Spring' }, kind: 'job' }),
        { by: 'kind' },
      ),
    ).toBe(
      `/api/analytics/breakdown?by=kind&from=2026-10-26&to=2026-11-22&campaign=${SALES}&kind=job&format=csv`,
    );
  });
});
