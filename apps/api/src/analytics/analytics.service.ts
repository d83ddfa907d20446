import { Injectable } from '@nestjs/common';
import {
  addDays,
  adoption,
  clicksPerShare,
  daysBetween,
  earnedMediaValue,
  hasAnyRole,
  initials,
  localDate,
  MAX_PERIOD_DAYS,
  participation,
  isPeopleDimension,
  rate,
  SHARE_NETWORKS,
  sharesBySource,
  bucketStarts,
  type AdvocateNameStyle,
  type AdvocateRanking,
  type AnalyticsDimension,
  type AnalyticsInterval,
  type BreakdownSort,
  type Role,
  type ShareNetwork,
  type SourceShares,
} from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { SettingsService } from '../settings/settings.service';
import type { AnalyticsScope } from './analytics-scope';
import {
  AnalyticsRepository,
  type AdvocateFigures,
  type ClickFigures,
  type GroupedFigures,
  type ShareFigures,
} from './analytics.repository';
import type { AnalyticsQueryDto } from './dto/analytics-query.dto';

/** Who sees figures about people (departments, locations, advocates): HR and admins. */
export const PEOPLE_ROLES: readonly Role[] = ['analyst', 'admin'];

/** The headline figures of a period. */
export interface Summary {
  scope: AnalyticsScope;
  shares: number;
  verifiedShares: number;
  clicks: number;
  uniqueVisitors: number;
  declaredReach: number;
  clicksPerShare: number | null;
  /** Every source, zeros included (see `sharesBySource` in @chorus/core). */
  sharesBySource: SourceShares[];
  earnedMediaValue: { amount: number; currency: string; networks: ShareNetwork[] } | null;
  /** Figures about people; null for those who may not see them (curators). */
  people: {
    activeEmployees: number;
    enrolled: number;
    adoption: number | null;
    sharingEnrolled: number;
    participation: number | null;
    policyPublished: boolean;
    policyAcknowledged: number;
    policyCoverage: number | null;
    byStage: [number, number, number, number];
  } | null;
}

export interface SeriesPoint extends ClickFigures {
  start: string;
  shares: number;
  verifiedShares: number;
}

export interface BreakdownRow extends Omit<ShareFigures, 'sharingEnrolled'>, ClickFigures {
  key: string | null;
  /** The address of a content item; null for other dimensions. */
  url: string | null;
  /** Enrolled people who shared: by department and location only, else null. */
  sharingEnrolled: number | null;
  label: string | null;
  clicksPerShare: number | null;
  networks?: (Omit<BreakdownRow, 'key' | 'label' | 'url' | 'networks' | 'sharingEnrolled'> & {
    network: ShareNetwork;
  })[];
}

/**
 * Engagement analytics for HR and marketing. Every figure follows "Counting honestly" in
 * DESIGN.md; ratios come from `@chorus/core`, counts from the rollups.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly analytics: AnalyticsRepository,
    private readonly settings: SettingsService,
  ) {}

  /**
   * The period and filters of a request, checked: dates in order and not too far apart, the
   * filters naming things that exist, people filters only for those who may see people.
   */
  async scope(query: AnalyticsQueryDto, roles: readonly Role[]): Promise<AnalyticsScope> {
    const { timeZone } = await this.settings.get();
    const today = localDate(Date.now(), timeZone);
    // Without an end, the period runs to today (or is the one day asked for, when in the future).
    const to = query.to ?? (query.from && query.from > today ? query.from : today);
    const from = query.from ?? addDays(to, -27);
    if (from > to) {
      throw new DomainError('invalid_input', 'errors:analytics.periodReversed', { from, to });
    }
    if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
      throw new DomainError('invalid_input', 'errors:analytics.periodTooLong', {
        max: MAX_PERIOD_DAYS,
        from,
        to,
        days: daysBetween(from, to),
      });
    }
    if ((query.department || query.location) && !hasAnyRole(roles, PEOPLE_ROLES)) {
      throw new DomainError('forbidden', 'errors:analytics.peopleFiguresForbidden');
    }
    const scope: AnalyticsScope = {
      from,
      to,
      timeZone,
      today,
      network: query.network,
      kind: query.kind,
    };
    for (const kind of ['department', 'location', 'campaign'] as const) {
      const id = query[kind];
      if (!id) continue;
      const named = await this.analytics.named(kind, id);
      if (!named)
        throw new DomainError('not_found', 'errors:analytics.scopeNotFound', {
          dimension: kind,
          id,
        });
      scope[kind] = named;
    }
    return scope;
  }

  async summary(scope: AnalyticsScope, roles: readonly Role[]): Promise<Summary> {
    const seesPeople = hasAnyRole(roles, PEOPLE_ROLES);
    const [shares, bySource, byNetwork, people, settings] = await Promise.all([
      this.analytics.shareFigures(scope),
      this.analytics.sharesBySource(scope),
      this.analytics.clicksByNetwork(scope),
      seesPeople ? this.analytics.peopleFigures(scope) : undefined,
      this.settings.get(),
    ]);
    const clicks = byNetwork.reduce((sum, row) => sum + row.clicks, 0);
    const clicksOf = Object.fromEntries(byNetwork.map((row) => [row.network, row.clicks]));
    const value = earnedMediaValue(clicksOf, settings.costPerClick);
    return {
      scope,
      shares: shares.shares,
      verifiedShares: shares.verifiedShares,
      clicks,
      uniqueVisitors: byNetwork.reduce((sum, row) => sum + row.uniqueVisitors, 0),
      declaredReach: shares.declaredReach,
      clicksPerShare: clicksPerShare(clicks, shares.shares),
      sharesBySource: sharesBySource(bySource),
      earnedMediaValue:
        value === null
          ? null
          : {
              amount: value,
              currency: settings.currency,
              networks: SHARE_NETWORKS.filter((network) => network in settings.costPerClick),
            },
      people: people
        ? {
            activeEmployees: people.active,
            enrolled: people.enrolled,
            adoption: adoption(people.enrolled, people.active),
            sharingEnrolled: people.sharingEnrolled,
            participation: participation(people.sharingEnrolled, people.enrolled),
            policyPublished: people.requiredPolicyVersion > 0,
            policyAcknowledged: people.acknowledged,
            policyCoverage:
              people.requiredPolicyVersion > 0 ? rate(people.acknowledged, people.enrolled) : null,
            byStage: people.byStage,
          }
        : null,
    };
  }

  /** One point per day or week (starting Monday) of the period, zeros included. */
  async timeseries(scope: AnalyticsScope, interval: AnalyticsInterval): Promise<SeriesPoint[]> {
    const rows = new Map(
      (await this.analytics.series(scope, interval)).map((row) => [row.start, row]),
    );
    return bucketStarts(scope.from, scope.to, interval).map((start) => {
      const row = rows.get(start);
      return {
        start,
        shares: row?.shares ?? 0,
        verifiedShares: row?.verifiedShares ?? 0,
        clicks: row?.clicks ?? 0,
        uniqueVisitors: row?.uniqueVisitors ?? 0,
      };
    });
  }

  /**
   * The period's figures by a dimension, the most of `sort` first (then most clicks, most
   * shares), at most `limit` rows, and how many there are in all; for content items also by
   * network. People dimensions are for analysts and admins.
   */
  async breakdown(
    scope: AnalyticsScope,
    dimension: AnalyticsDimension,
    roles: readonly Role[],
    { sort, limit }: { sort: BreakdownSort; limit: number },
  ): Promise<{ rows: BreakdownRow[]; total: number }> {
    this.assertMaySee(dimension, roles);
    const { rows, total } = await this.analytics.grouped(scope, dimension, {
      byNetwork: dimension === 'item',
      sort,
      limit,
    });
    return { rows: rows.map(withRatios), total };
  }

  /** Every row of a breakdown, for an export: read from PostgreSQL as they are written out. */
  async *everyBreakdownRow(
    scope: AnalyticsScope,
    dimension: AnalyticsDimension,
    roles: readonly Role[],
    sort: BreakdownSort,
  ): AsyncGenerator<BreakdownRow> {
    this.assertMaySee(dimension, roles);
    for await (const row of this.analytics.everyGroup(scope, dimension, {
      byNetwork: dimension === 'item',
      sort,
    })) {
      yield withRatios(row);
    }
  }

  private assertMaySee(dimension: AnalyticsDimension, roles: readonly Role[]): void {
    if (isPeopleDimension(dimension) && !hasAnyRole(roles, PEOPLE_ROLES)) {
      throw new DomainError('forbidden', 'errors:analytics.dimensionForbidden', { dimension });
    }
  }

  /** Top advocates, named as the admins chose: in full or by initials. */
  async advocates(
    scope: AnalyticsScope,
    ranking: AdvocateRanking,
    limit: number | null,
  ): Promise<{ rows: AdvocateFigures[]; total: number; names: AdvocateNameStyle }> {
    const [{ rows, total }, { advocateNames }] = await Promise.all([
      this.analytics.advocates(scope, ranking, limit),
      this.settings.get(),
    ]);
    return {
      total,
      names: advocateNames,
      rows:
        advocateNames === 'initials'
          ? rows.map((row) => ({ ...row, name: initials(row.name) }))
          : rows,
    };
  }
}

/** A group's figures with clicks per share, its own and each network's. */
function withRatios({ networks, ...row }: GroupedFigures): BreakdownRow {
  return {
    ...row,
    clicksPerShare: clicksPerShare(row.clicks, row.shares),
    ...(networks && {
      networks: networks.map((figures) => ({
        ...figures,
        clicksPerShare: clicksPerShare(figures.clicks, figures.shares),
      })),
    }),
  };
}
