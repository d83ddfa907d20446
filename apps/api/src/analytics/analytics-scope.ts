import type { AnalyticsDimension, ContentKind, ShareNetwork } from '@chorus/core';

/** A named thing a filter points at (a department, location or campaign). */
export interface Named {
  id: string;
  name: string;
}

/**
 * What one analytics request covers: the organisation's calendar days `from`..`to` (both
 * included) in its time zone, and the filters, resolved to what they name.
 */
export interface AnalyticsScope {
  from: string;
  to: string;
  timeZone: string;
  department?: Named;
  location?: Named;
  network?: ShareNetwork;
  campaign?: Named;
  kind?: ContentKind;
}

/**
 * SQL for a scope over a table of shares or of share rollups: both carry `user_id`, `item_id`
 * and `network`. Parameters are appended to `params` and referred to by number, so fragments
 * of one statement can be built one after the other.
 */
export class ScopeSql {
  constructor(
    private readonly scope: AnalyticsScope,
    readonly params: unknown[] = [],
  ) {}

  /** A parameter placeholder for `value`. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /**
   * The joins and conditions that keep the rows of `alias` in scope. `person` (users) is always
   * joined, `item` (content_items) when a filter or the grouping needs it.
   */
  filters(alias: string, options: { item?: boolean } = {}): { joins: string; where: string } {
    const { scope } = this;
    const conditions: string[] = [];
    if (scope.network)
      conditions.push(`${alias}.network = ${this.param(scope.network)}::share_network`);
    if (scope.department) {
      conditions.push(`person.department_id = ${this.param(scope.department.id)}::uuid`);
    }
    if (scope.location)
      conditions.push(`person.location_id = ${this.param(scope.location.id)}::uuid`);
    if (scope.campaign)
      conditions.push(`item.campaign_id = ${this.param(scope.campaign.id)}::uuid`);
    if (scope.kind) conditions.push(`item.kind = ${this.param(scope.kind)}::content_kind`);
    const joins = [`LEFT JOIN users person ON person.id = ${alias}.user_id`];
    if (options.item || scope.campaign || scope.kind) {
      joins.push(`JOIN content_items item ON item.id = ${alias}.item_id`);
    }
    return {
      joins: joins.join('\n'),
      where: conditions.length ? `AND ${conditions.join(' AND ')}` : '',
    };
  }

  /** Shares made in the period: its first day's start to the day after its last, locally. */
  sharedInPeriod(alias: string): string {
    const zone = this.param(this.scope.timeZone);
    return (
      `${alias}.created_at >= (${this.param(this.scope.from)}::date)::timestamp AT TIME ZONE ${zone} ` +
      `AND ${alias}.created_at < (${this.param(this.scope.to)}::date + 1)::timestamp AT TIME ZONE ${zone}`
    );
  }

  /** Rollup days in the period. */
  daysInPeriod(alias: string): string {
    return `${alias}.day BETWEEN ${this.param(this.scope.from)}::date AND ${this.param(this.scope.to)}::date`;
  }

  /** The organisation's calendar day of a share. */
  shareDay(alias: string): string {
    return `(${alias}.created_at AT TIME ZONE ${this.param(this.scope.timeZone)})::date`;
  }
}

/** The expression a breakdown groups by, and whether it needs the item joined. */
export function dimensionKey(
  dimension: AnalyticsDimension,
  alias: string,
): { key: string; item: boolean } {
  switch (dimension) {
    case 'department':
      return { key: 'person.department_id::text', item: false };
    case 'location':
      return { key: 'person.location_id::text', item: false };
    case 'network':
      return { key: `${alias}.network::text`, item: false };
    case 'campaign':
      return { key: 'item.campaign_id::text', item: true };
    case 'kind':
      return { key: 'item.kind::text', item: true };
    case 'item':
      return { key: `${alias}.item_id::text`, item: false };
  }
}
