import {
  ANALYTICS_INTERVALS,
  isIsoDate,
  type AnalyticsInterval,
  type ContentKind,
  type ShareNetwork,
} from '@chorus/core';
import { isContentKind, isShareNetwork } from '../../lib/value-guards';
import { LONGEST_DAILY_PERIOD, periodDays, resolvePeriod, type Period } from './analytics-period';
import type { AnalyticsQuery, AnalyticsScope } from './analytics-types';

export const ANALYTICS_PATH = '/analytics';
export const CONTENT_PERFORMANCE_PATH = '/analytics/content';

/** An analytics page's period and filters, as kept in its address so a view can be shared. */
export interface AnalyticsFilters {
  /** Null for the API's default: the 28 days ending today. */
  from: string | null;
  to: string | null;
  /** Department and location ids: for those who see figures about people. */
  department: string | null;
  location: string | null;
  network: ShareNetwork | null;
  /** A campaign id. */
  campaign: string | null;
  kind: ContentKind | null;
  /** Null: by day, or by week for periods longer than about three months. */
  interval: AnalyticsInterval | null;
}

type FilterKey = keyof AnalyticsFilters;

const FILTER_KEYS: readonly FilterKey[] = [
  'from',
  'to',
  'department',
  'location',
  'network',
  'campaign',
  'kind',
  'interval',
];

const isInterval = (value: unknown): value is AnalyticsInterval =>
  (ANALYTICS_INTERVALS as readonly unknown[]).includes(value);

export function readAnalyticsFilters(params: URLSearchParams): AnalyticsFilters {
  const date = (key: string) => {
    const value = params.get(key);
    return isIsoDate(value) ? value : null;
  };
  const network = params.get('network');
  const kind = params.get('kind');
  const interval = params.get('interval');
  return {
    from: date('from'),
    to: date('to'),
    department: params.get('department') || null,
    location: params.get('location') || null,
    network: isShareNetwork(network) ? network : null,
    campaign: params.get('campaign') || null,
    kind: isContentKind(kind) ? kind : null,
    interval: isInterval(interval) ? interval : null,
  };
}

/** The address's search params after a change; other params (a page's own) are kept. */
export function writeAnalyticsFilters(
  params: URLSearchParams,
  change: Partial<AnalyticsFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readAnalyticsFilters(params), ...change };
  for (const key of FILTER_KEYS) {
    const value = merged[key];
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** Filters that narrow the figures down (rather than choose the period or the interval). */
export const NARROWING_FILTERS = ['department', 'location', 'network', 'campaign', 'kind'] as const;

export const isNarrowed = (filters: AnalyticsFilters) =>
  NARROWING_FILTERS.some((key) => filters[key] !== null);

/**
 * The filters a reader may use: department and location only for those who see figures about
 * people. A shared address with them still opens for a curator, without them.
 */
export function filtersFor(filters: AnalyticsFilters, peopleFilters: boolean): AnalyticsFilters {
  return peopleFilters ? filters : { ...filters, department: null, location: null };
}

/** The API query for the filters: only those that are set. */
export function analyticsQuery(filters: AnalyticsFilters): AnalyticsQuery {
  const query: AnalyticsQuery = {};
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.department) query.department = filters.department;
  if (filters.location) query.location = filters.location;
  if (filters.network) query.network = filters.network;
  if (filters.campaign) query.campaign = filters.campaign;
  if (filters.kind) query.kind = filters.kind;
  return query;
}

/** The period the filters ask for, or the API's default, ending on `today`. */
export function filtersPeriod(filters: AnalyticsFilters, today: string): Period {
  return resolvePeriod({ from: filters.from ?? undefined, to: filters.to ?? undefined }, today);
}

/** Day by day, or week by week once a period is longer than about three months. */
export function intervalFor(filters: AnalyticsFilters, today: string): AnalyticsInterval {
  if (filters.interval) return filters.interval;
  return periodDays(filtersPeriod(filters, today)) > LONGEST_DAILY_PERIOD ? 'week' : 'day';
}

/** The query that gives exactly the figures of a response: its resolved period and filters. */
export function scopeQuery(scope: AnalyticsScope): AnalyticsQuery {
  const query: AnalyticsQuery = { from: scope.from, to: scope.to };
  if (scope.department) query.department = scope.department.id;
  if (scope.location) query.location = scope.location.id;
  if (scope.network) query.network = scope.network;
  if (scope.campaign) query.campaign = scope.campaign.id;
  if (scope.kind) query.kind = scope.kind;
  return query;
}

/**
 * Where the CSV of a response is downloaded: the same route, its own parameters (`by`, `rank`,
 * `interval`), the response's period and filters, and format=csv.
 */
export function csvHref(
  path: string,
  scope: AnalyticsScope,
  own: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ ...own, ...scopeQuery(scope), format: 'csv' });
  return `${path}?${params.toString()}`;
}
