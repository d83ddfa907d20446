import type { AnalyticsScope } from '../analytics-scope';
import {
  advocatesStatement,
  clicksByDayStatement,
  clicksByNetworkStatement,
  groupingStatement,
  namedStatement,
  peopleFiguresStatement,
  sharesByDayStatement,
  sharesBySourceStatement,
  shareFiguresStatement,
  type Statement,
} from '../analytics-statements';
import { layoutSql } from './sql-layout';

/**
 * The analytics statements as the `.sql` files beside this module keep them: one per statement
 * and variant that reads differently, built from example requests, so that a reviewer sees the
 * SQL a change makes without running it. `npm run generate:sql` writes them; a unit test
 * fails when a committed file differs from what the code builds.
 */
export interface QueryFile {
  /** The file's name in this folder. */
  name: string;
  /** The route and request that runs the statement. */
  route: string;
  statement: Statement;
}

const DEPARTMENT = { id: '00000000-0000-4000-a000-000000000001', name: 'Sales' };
const LOCATION = { id: '00000000-0000-4000-a000-000000000002', name: 'Utrecht' };
const CAMPAIGN = { id: '00000000-0000-4000-a000-000000000003', name: 'Launch' };

/** 2026-10-15 to 2026-12-31: the days of October, then the whole months of November and December. */
const PERIOD: AnalyticsScope = {
  from: '2026-10-15',
  to: '2026-12-31',
  timeZone: 'Europe/Amsterdam',
  today: '2026-12-31',
};

/** The same period with every filter a request can set. */
const FILTERED: AnalyticsScope = {
  ...PERIOD,
  department: DEPARTMENT,
  location: LOCATION,
  network: 'linkedin',
  campaign: CAMPAIGN,
  kind: 'industry',
};

/** The same period filtered by department, and by content (network, campaign, kind). */
const BY_PEOPLE: AnalyticsScope = { ...PERIOD, department: DEPARTMENT };
const BY_CONTENT: AnalyticsScope = { ...PERIOD, network: 'linkedin', campaign: CAMPAIGN };

const PERIOD_QUERY = 'from=2026-10-15&to=2026-12-31';
const FILTER_QUERY = `${PERIOD_QUERY}&department=…&location=…&network=linkedin&campaign=…&kind=industry`;

export const QUERY_FILES: readonly QueryFile[] = [
  {
    name: 'named-campaign.sql',
    route: 'GET /api/analytics/* ?campaign=… (the campaign a filter names)',
    statement: namedStatement('campaign', CAMPAIGN.id),
  },
  {
    name: 'named-group.sql',
    route: 'GET /api/analytics/* ?department=… or ?location=… (the group a filter names)',
    statement: namedStatement('department', DEPARTMENT.id),
  },
  {
    name: 'summary-shares.sql',
    route: `GET /api/analytics/summary?${PERIOD_QUERY}`,
    statement: shareFiguresStatement(PERIOD),
  },
  {
    name: 'summary-shares-filtered.sql',
    route: `GET /api/analytics/summary?${FILTER_QUERY}`,
    statement: shareFiguresStatement(FILTERED),
  },
  {
    name: 'summary-sources.sql',
    route: `GET /api/analytics/summary?${PERIOD_QUERY} (shares by source)`,
    statement: sharesBySourceStatement(PERIOD),
  },
  {
    name: 'summary-sources-filtered.sql',
    route: `GET /api/analytics/summary?${FILTER_QUERY} (shares by source)`,
    statement: sharesBySourceStatement(FILTERED),
  },
  {
    name: 'summary-clicks.sql',
    route: `GET /api/analytics/summary?${PERIOD_QUERY} (per item rollups)`,
    statement: clicksByNetworkStatement(PERIOD),
  },
  {
    name: 'summary-clicks-filtered.sql',
    route: `GET /api/analytics/summary?${FILTER_QUERY} (per share rollups, for the person)`,
    statement: clicksByNetworkStatement(FILTERED),
  },
  {
    name: 'summary-people.sql',
    route: `GET /api/analytics/summary?${PERIOD_QUERY} (analysts and admins)`,
    statement: peopleFiguresStatement(PERIOD),
  },
  {
    name: 'summary-people-filtered.sql',
    route: `GET /api/analytics/summary?${FILTER_QUERY} (analysts and admins)`,
    statement: peopleFiguresStatement(FILTERED),
  },
  {
    name: 'timeseries-shares.sql',
    route: `GET /api/analytics/timeseries?${PERIOD_QUERY} (by day, or by week from the days)`,
    statement: sharesByDayStatement(PERIOD),
  },
  {
    name: 'timeseries-clicks.sql',
    route: `GET /api/analytics/timeseries?${PERIOD_QUERY} (by day, or by week from the days)`,
    statement: clicksByDayStatement(PERIOD),
  },
  ...(['network', 'campaign', 'kind', 'department', 'location'] as const).map((by) => ({
    name: `breakdown-${by}.sql`,
    route: `GET /api/analytics/breakdown?by=${by}&${PERIOD_QUERY}&limit=20`,
    statement: groupingStatement(PERIOD, by, { byNetwork: false, sort: 'clicks', limit: 20 }),
  })),
  {
    name: 'breakdown-item.sql',
    route: `GET /api/analytics/breakdown?by=item&${PERIOD_QUERY}&sort=shares&limit=20 (with each item's networks)`,
    statement: groupingStatement(PERIOD, 'item', { byNetwork: true, sort: 'shares', limit: 20 }),
  },
  {
    name: 'breakdown-campaign-filtered.sql',
    route: `GET /api/analytics/breakdown?by=campaign&${PERIOD_QUERY}&network=linkedin&campaign=…&sort=clicksPerShare&limit=20`,
    statement: groupingStatement(BY_CONTENT, 'campaign', {
      byNetwork: false,
      sort: 'clicksPerShare',
      limit: 20,
    }),
  },
  {
    name: 'breakdown-location-filtered.sql',
    route: `GET /api/analytics/breakdown?by=location&${PERIOD_QUERY}&department=…&limit=20`,
    statement: groupingStatement(BY_PEOPLE, 'location', {
      byNetwork: false,
      sort: 'clicks',
      limit: 20,
    }),
  },
  {
    name: 'breakdown-item-export.sql',
    route: `GET /api/analytics/breakdown?by=item&${PERIOD_QUERY}&format=csv (read through a cursor, 1,000 rows at a time)`,
    statement: groupingStatement(PERIOD, 'item', { byNetwork: true, sort: 'clicks', limit: null }),
  },
  {
    name: 'advocates.sql',
    route: `GET /api/analytics/advocates?${PERIOD_QUERY}&rank=clicks&limit=10`,
    statement: advocatesStatement(PERIOD, 'clicks', 10),
  },
  {
    name: 'advocates-export-filtered.sql',
    route: `GET /api/analytics/advocates?${FILTER_QUERY}&rank=shares&format=csv`,
    statement: advocatesStatement(FILTERED, 'shares', null),
  },
];

/** A file's text: a header naming the route and the parameters, then the statement laid out. */
export function renderQueryFile({ name, route, statement }: QueryFile): string {
  const header = [
    `-- ${name}: generated by \`npm run generate:sql\` from apps/api/src/analytics; do not edit.`,
    `-- Run by ${route}`,
    ...statement.params.map((value, index) => `--   $${index + 1} = ${literal(value)}`),
  ];
  return `${header.join('\n')}\n\n${layoutSql(statement.text)};\n`;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replaceAll("'", "''")}'` : String(value);
}
