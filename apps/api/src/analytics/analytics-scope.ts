import {
  addDays,
  addMonths,
  monthStart,
  type AnalyticsDimension,
  type ContentKind,
  type ShareNetwork,
} from '@chorus/core';

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
  /** Today in that time zone, for periods relative to it. */
  today: string;
  department?: Named;
  location?: Named;
  network?: ShareNetwork;
  campaign?: Named;
  kind?: ContentKind;
}

/**
 * A period cut into the whole months it holds and the days before and after them, so that long
 * periods read monthly rollups: 2026-10-15..2026-12-31 is days 10-15..10-31 and months 11..12.
 */
export function splitPeriod(
  from: string,
  to: string,
): { days: [string, string][]; months: [string, string] | null } {
  const firstMonth = from === monthStart(from) ? from : addMonths(from, 1);
  const afterLastMonth = monthStart(addDays(to, 1));
  if (firstMonth >= afterLastMonth) return { days: [[from, to]], months: null };
  const days: [string, string][] = [];
  if (from < firstMonth) days.push([from, addDays(firstMonth, -1)]);
  if (afterLastMonth <= to) days.push([afterLastMonth, to]);
  return { days, months: [firstMonth, addMonths(afterLastMonth, -1)] };
}

/**
 * SQL for a scope over shares, or over click rollups (see `clicks`): both carry `user_id`,
 * `item_id` and `network`. Parameters are appended to `params` and referred to by number, so fragments
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
   * The joins and conditions that keep the rows of `alias` in scope: `person` (users) and
   * `item` (content_items) are joined when a filter or the caller needs them. With
   * `people: false`, the people filters are left out, for `personFilters` to apply later.
   */
  filters(
    alias: string,
    options: { person?: boolean; item?: boolean; people?: boolean } = {},
  ): { joins: string; where: string } {
    const { scope } = this;
    const people = options.people ?? true;
    const conditions: string[] = [];
    if (scope.network) {
      conditions.push(`${alias}.network = ${this.param(scope.network)}::share_network`);
    }
    if (scope.campaign) {
      conditions.push(`item.campaign_id = ${this.param(scope.campaign.id)}::uuid`);
    }
    if (scope.kind) conditions.push(`item.kind = ${this.param(scope.kind)}::content_kind`);
    const personConditions = people ? this.personFilters() : '';
    const joins: string[] = [];
    if (options.person || personConditions) {
      joins.push(`LEFT JOIN users person ON person.id = ${alias}.user_id`);
    }
    if (options.item || scope.campaign || scope.kind) {
      joins.push(`JOIN content_items item ON item.id = ${alias}.item_id`);
    }
    return {
      joins: joins.join('\n'),
      where: [conditions.length ? `AND ${conditions.join(' AND ')}` : '', personConditions].join(
        ' ',
      ),
    };
  }

  /** The department and location filters, on `person` (users). */
  personFilters(): string {
    const { department, location } = this.scope;
    return [
      department ? `AND person.department_id = ${this.param(department.id)}::uuid` : '',
      location ? `AND person.location_id = ${this.param(location.id)}::uuid` : '',
    ]
      .join(' ')
      .trim();
  }

  /** Shares made on the period's days. */
  sharedInPeriod(alias: string): string {
    return `${alias}.day BETWEEN ${this.param(this.scope.from)}::date AND ${this.param(this.scope.to)}::date`;
  }

  /**
   * The click rollups of the period as a table `rollup` (bucket, user_id, item_id, network,
   * clicks, unique_visitors), from the fewest rows that answer: per item and network unless
   * the figures are about people (then per share, with its person); per month for the whole
   * months of the period and per day for the rest, unless `byDay` asks for days throughout.
   */
  clicks(options: { people?: boolean; byDay?: boolean } = {}): string {
    const people = options.people || this.scope.department || this.scope.location;
    const [days, months] = people
      ? ['share_click_days', 'share_click_months']
      : ['item_click_days', 'item_click_months'];
    const columns = `${people ? 'user_id' : 'NULL::uuid AS user_id'}, item_id, network, clicks, unique_visitors`;
    const split = options.byDay
      ? { days: [[this.scope.from, this.scope.to]], months: null }
      : splitPeriod(this.scope.from, this.scope.to);
    const parts = split.days.map(
      ([first, last]) =>
        `SELECT day AS bucket, ${columns} FROM ${days}
          WHERE day BETWEEN ${this.param(first)}::date AND ${this.param(last)}::date`,
    );
    if (split.months) {
      const [first, last] = split.months;
      parts.push(
        `SELECT month AS bucket, ${columns} FROM ${months}
          WHERE month BETWEEN ${this.param(first)}::date AND ${this.param(last)}::date`,
      );
    }
    return `(${parts.join('\n UNION ALL\n')}) rollup`;
  }
}

/**
 * The expression a breakdown of shares or rollups groups by, and whether it needs the item
 * joined. Department and location are grouped per person first (see `groupingStatement`).
 */
export function dimensionKey(
  dimension: Exclude<AnalyticsDimension, 'department' | 'location'>,
  alias: string,
): { key: string; item?: boolean } {
  switch (dimension) {
    case 'network':
      return { key: `${alias}.network` };
    case 'campaign':
      return { key: 'item.campaign_id', item: true };
    case 'kind':
      return { key: 'item.kind', item: true };
    case 'item':
      return { key: `${alias}.item_id` };
  }
}
