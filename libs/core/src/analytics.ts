import type { ShareNetwork } from './post-length';
import { SHARE_SOURCES, type ShareSource } from './share-sources';

/**
 * The figures of "Counting honestly" (DESIGN.md) that are computed rather than counted, and the
 * vocabulary of the analytics API. Counting itself happens in the database; these formulas are
 * the one place the ratios are defined.
 */

/** What a breakdown groups by. */
export const ANALYTICS_DIMENSIONS = [
  'department',
  'location',
  'network',
  'campaign',
  'kind',
  'item',
] as const;
export type AnalyticsDimension = (typeof ANALYTICS_DIMENSIONS)[number];

/** Dimensions about people: figures by them are for analysts and admins, not curators. */
export const PEOPLE_DIMENSIONS = ['department', 'location'] as const satisfies AnalyticsDimension[];
export type PeopleDimension = (typeof PEOPLE_DIMENSIONS)[number];

export function isPeopleDimension(dimension: AnalyticsDimension): dimension is PeopleDimension {
  return (PEOPLE_DIMENSIONS as readonly AnalyticsDimension[]).includes(dimension);
}

/** The buckets of a time series. */
export const ANALYTICS_INTERVALS = ['day', 'week'] as const;
export type AnalyticsInterval = (typeof ANALYTICS_INTERVALS)[number];

/** What a breakdown's rows can be ordered by (most first). */
export const BREAKDOWN_SORTS = [
  'clicks',
  'shares',
  'verifiedShares',
  'uniqueVisitors',
  'clicksPerShare',
  'declaredReach',
] as const;
export type BreakdownSort = (typeof BREAKDOWN_SORTS)[number];

/** How top advocates are ranked. */
export const ADVOCATE_RANKINGS = ['clicks', 'shares'] as const;
export type AdvocateRanking = (typeof ADVOCATE_RANKINGS)[number];

/** How top advocates are named: in full, or by initials only (an admin setting). */
export const ADVOCATE_NAME_STYLES = ['full', 'initials'] as const;
export type AdvocateNameStyle = (typeof ADVOCATE_NAME_STYLES)[number];

/** What one click from each network is worth; networks without a value earn nothing. */
export type CostPerClick = Partial<Record<ShareNetwork, number>>;

/** The most one click may be worth (an admin setting), in the organisation's currency. */
export const MAX_COST_PER_CLICK = 1_000;

/** How many whole months raw click events may be kept (an admin setting). */
export const CLICK_RETENTION_MONTHS = { min: 1, max: 120 } as const;

/** The longest period one analytics request may cover, in days. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** part / whole, or null when there is no whole (shown as "no figure", never as 0%). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Adoption: enrolled employees / active employees. */
export const adoption = (enrolled: number, active: number) => rate(enrolled, active);

/** Participation: enrolled employees with at least one share in the period / enrolled employees. */
export const participation = (sharing: number, enrolled: number) => rate(sharing, enrolled);

/** Clicks per share: clicks in the period / shares in the period. */
export const clicksPerShare = (clicks: number, shares: number) => rate(clicks, shares);

/** The shares of a period started from one source. */
export interface SourceShares {
  source: ShareSource;
  shares: number;
}

/**
 * Shares by source: where the share was started (feed, digest, notification, Slack, Teams,
 * browser extension), recorded on the share; the digest's effect is measured from shares, never
 * from open-tracking pixels (Chorus sends none). Every source, in the order of SHARE_SOURCES,
 * those without a share at 0: a source that brought nothing shows as such.
 */
export function sharesBySource(counted: readonly SourceShares[]): SourceShares[] {
  const shares = new Map(counted.map((row) => [row.source, row.shares]));
  return SHARE_SOURCES.map((source) => ({ source, shares: shares.get(source) ?? 0 }));
}

/**
 * Earned media value: clicks times the cost per click an admin set for their network. Null when
 * no network has a cost per click: the figure is off until one is set.
 */
export function earnedMediaValue(
  clicksByNetwork: Partial<Record<ShareNetwork, number>>,
  costPerClick: CostPerClick,
): number | null {
  const priced = Object.keys(costPerClick) as ShareNetwork[];
  if (priced.length === 0) return null;
  // In cents, so that adding up many small amounts does not drift.
  const cents = priced.reduce(
    (sum, network) =>
      sum + Math.round((clicksByNetwork[network] ?? 0) * (costPerClick[network] ?? 0) * 100),
    0,
  );
  return cents / 100;
}

/** "Emma de Vries" -> "E. d. V.": how a person is shown where names are not ranked. */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((part) => `${[...part][0]}.`)
    .join(' ');
}

/** Whether the text is a three-letter ISO 4217 currency code the runtime can format. */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  return (Intl.supportedValuesOf('currency') as string[]).includes(code);
}
