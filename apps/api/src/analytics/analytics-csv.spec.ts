import type { AnalyticsScope } from './analytics-scope';
import type { BreakdownRow } from './analytics.service';
import { breakdownCsv, download, exportFileName, prepend } from './analytics-csv';

const scope: AnalyticsScope = {
  from: '2026-11-02',
  to: '2026-11-08',
  timeZone: 'Europe/Amsterdam',
  today: '2026-11-22',
  department: { id: 'd', name: 'Sales & Marketing' },
  network: 'linkedin',
};

const row = (key: string): BreakdownRow => ({
  key,
  label: `Item ${key}`,
  url: null,
  shares: 1,
  verifiedShares: 1,
  clicks: 2,
  uniqueVisitors: 2,
  declaredReach: 0,
  clicksPerShare: 2,
  sharingEnrolled: null,
  networks: [],
});

describe('analytics exports', () => {
  it('names the file after what it holds, its period and its filters', () => {
    expect(exportFileName(['breakdown', 'item'], scope)).toBe(
      'chorus-breakdown-item-2026-11-02-to-2026-11-08-department-sales-marketing-network-linkedin.csv',
    );
  });

  it('finishes the rows, and so frees their connection, when the download is dropped unread', async () => {
    let finished = false;
    async function* rows(): AsyncGenerator<BreakdownRow> {
      try {
        for (let i = 0; ; i += 1) yield row(String(i));
      } finally {
        finished = true;
      }
    }
    const source = rows();
    const first = await source.next();
    const file = download(breakdownCsv(scope, 'item', prepend(first, source)), () =>
      source.return(undefined),
    );
    file.getStream().destroy();
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(true);
  });
});
