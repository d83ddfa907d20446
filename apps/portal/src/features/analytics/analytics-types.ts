import type { Schemas } from '../../api/client';
import type { operations } from '../../api/schema';

/** The analytics API's answers, under the names the analytics pages use. */

/** The period and filters every analytics route takes (format=csv is a download link). */
export type AnalyticsQuery = Omit<
  NonNullable<operations['Analytics_summary']['parameters']['query']>,
  'format'
>;

export type AnalyticsScope = Schemas['AnalyticsScopeDto'];
export type PeopleFigures = Schemas['PeopleFiguresDto'];
export type AnalyticsSummary = Schemas['AnalyticsSummaryDto'];
export type AnalyticsTimeseries = Schemas['AnalyticsTimeseriesDto'];
export type SeriesPoint = Schemas['SeriesPointDto'];
export type NetworkFigures = Schemas['NetworkFiguresDto'];
export type BreakdownRow = Schemas['BreakdownRowDto'];
export type AnalyticsBreakdown = Schemas['AnalyticsBreakdownDto'];
export type AdvocateRow = Schemas['AdvocateRowDto'];
export type AnalyticsAdvocates = Schemas['AnalyticsAdvocatesDto'];

/** The figures every breakdown row and network row has. */
export type Figures = Pick<
  NetworkFigures,
  'shares' | 'verifiedShares' | 'clicks' | 'uniqueVisitors' | 'declaredReach' | 'clicksPerShare'
>;
