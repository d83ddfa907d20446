import { SHARE_SOURCES, type AnalyticsDimension, type AnalyticsInterval } from '@chorus/core';
import type { components } from '../api/schema';

/** Factories for the analytics API's answers. */

type Schemas = components['schemas'];
type AnalyticsScope = Schemas['AnalyticsScopeDto'];
type PeopleFigures = Schemas['PeopleFiguresDto'];
type AnalyticsSummary = Schemas['AnalyticsSummaryDto'];
type AnalyticsTimeseries = Schemas['AnalyticsTimeseriesDto'];
type SeriesPoint = Schemas['SeriesPointDto'];
type BreakdownRow = Schemas['BreakdownRowDto'];
type AnalyticsBreakdown = Schemas['AnalyticsBreakdownDto'];
type AdvocateRow = Schemas['AdvocateRowDto'];
type AnalyticsAdvocates = Schemas['AnalyticsAdvocatesDto'];

/** 26 Oct to 22 Nov 2026 in Amsterdam, where it is 22 Nov, without filters. */
export function makeScope(overrides: Partial<AnalyticsScope> = {}): AnalyticsScope {
  return {
    from: '2026-10-26',
    to: '2026-11-22',
    timeZone: 'Europe/Amsterdam',
    today: '2026-11-22',
    department: null,
    location: null,
    network: null,
    campaign: null,
    kind: null,
    ...overrides,
  };
}

/** Ten enrolled of twenty active, four of them sharing, a policy published, all acknowledged. */
export function makePeopleFigures(overrides: Partial<PeopleFigures> = {}): PeopleFigures {
  return {
    activeEmployees: 20,
    enrolled: 10,
    adoption: 0.5,
    sharingEnrolled: 4,
    participation: 0.4,
    policyPublished: true,
    policyAcknowledged: 10,
    policyCoverage: 1,
    byStage: [1, 5, 3, 1],
    ...overrides,
  };
}

/** A quiet period: nothing shared or clicked, no earned media value, people figures for HR. */
export function makeSummary(overrides: Partial<AnalyticsSummary> = {}): AnalyticsSummary {
  return {
    scope: makeScope(),
    shares: 0,
    verifiedShares: 0,
    clicks: 0,
    uniqueVisitors: 0,
    declaredReach: 0,
    clicksPerShare: null,
    sharesBySource: SHARE_SOURCES.map((source) => ({ source, shares: 0 })),
    earnedMediaValue: null,
    people: makePeopleFigures(),
    ...overrides,
  };
}

export function makeSeriesPoint(start: string, overrides: Partial<SeriesPoint> = {}): SeriesPoint {
  return { start, shares: 0, verifiedShares: 0, clicks: 0, uniqueVisitors: 0, ...overrides };
}

/** Every day of the scope, all zeros unless `points` says otherwise. */
export function makeTimeseries(
  points: SeriesPoint[],
  {
    scope = makeScope(),
    interval = 'day',
  }: { scope?: AnalyticsScope; interval?: AnalyticsInterval } = {},
): AnalyticsTimeseries {
  return { scope, interval, points };
}

export function makeBreakdownRow(overrides: Partial<BreakdownRow> = {}): BreakdownRow {
  return {
    key: 'linkedin',
    label: 'linkedin',
    url: null,
    shares: 0,
    verifiedShares: 0,
    clicks: 0,
    uniqueVisitors: 0,
    declaredReach: 0,
    clicksPerShare: null,
    sharingEnrolled: 0,
    ...overrides,
  };
}

export function makeBreakdown(
  by: AnalyticsDimension,
  rows: BreakdownRow[],
  overrides: Partial<AnalyticsBreakdown> = {},
): AnalyticsBreakdown {
  return { scope: makeScope(), by, total: rows.length, rows, ...overrides };
}

export function makeAdvocateRow(overrides: Partial<AdvocateRow> = {}): AdvocateRow {
  return {
    rank: 1,
    name: 'Ada Lovelace',
    department: null,
    shares: 0,
    verifiedShares: 0,
    clicks: 0,
    uniqueVisitors: 0,
    ...overrides,
  };
}

export function makeAdvocates(
  rows: AdvocateRow[],
  overrides: Partial<AnalyticsAdvocates> = {},
): AnalyticsAdvocates {
  return {
    scope: makeScope(),
    rank: 'clicks',
    names: 'full',
    total: rows.length,
    rows,
    ...overrides,
  };
}
