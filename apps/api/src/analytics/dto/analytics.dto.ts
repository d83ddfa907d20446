import { ApiProperty } from '@nestjs/swagger';
import {
  ADVOCATE_NAME_STYLES,
  ADVOCATE_RANKINGS,
  ANALYTICS_DIMENSIONS,
  ANALYTICS_INTERVALS,
  CONTENT_KINDS,
  SHARE_NETWORKS,
  SHARE_SOURCES,
  type AdvocateNameStyle,
  type AdvocateRanking,
  type AnalyticsDimension,
  type AnalyticsInterval,
  type ContentKind,
  type ShareNetwork,
  type ShareSource,
} from '@chorus/core';
import type { AnalyticsScope } from '../analytics-scope';
import type { AdvocateFigures } from '../analytics.repository';
import type { BreakdownRow, SeriesPoint, Summary } from '../analytics.service';

export class NamedFilterDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;
}

/** The period and filters the figures are for, as resolved. */
export class AnalyticsScopeDto {
  @ApiProperty({ format: 'date', description: 'First day, in the organisation time zone' })
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day, included' })
  to: string;

  @ApiProperty({ example: 'Europe/Amsterdam' })
  timeZone: string;

  @ApiProperty({ format: 'date', description: 'Today in the organisation time zone' })
  today: string;

  department: NamedFilterDto | null;

  location: NamedFilterDto | null;

  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork', nullable: true })
  network: ShareNetwork | null;

  campaign: NamedFilterDto | null;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind', nullable: true })
  kind: ContentKind | null;

  static from(scope: AnalyticsScope): AnalyticsScopeDto {
    return {
      from: scope.from,
      to: scope.to,
      timeZone: scope.timeZone,
      today: scope.today,
      department: scope.department ?? null,
      location: scope.location ?? null,
      network: scope.network ?? null,
      campaign: scope.campaign ?? null,
      kind: scope.kind ?? null,
    };
  }
}

export class EarnedMediaValueDto {
  /** Clicks times the cost per click of their network */
  amount: number;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({
    enum: SHARE_NETWORKS,
    enumName: 'ShareNetwork',
    isArray: true,
    description: 'The networks with a cost per click: clicks on others are not valued',
  })
  networks: ShareNetwork[];
}

export class PeopleFiguresDto {
  /** Active accounts (in the department or location filtered on) */
  activeEmployees: number;

  /** Active employees enrolled in the advocacy programme now */
  enrolled: number;

  /** enrolled / active employees */
  adoption: number | null;

  /** Enrolled employees with at least one share in the period */
  sharingEnrolled: number;

  /** sharingEnrolled / enrolled */
  participation: number | null;

  /** Whether a policy version that needs acknowledging is published */
  policyPublished: boolean;

  /** Enrolled employees who acknowledged the current policy */
  policyAcknowledged: number;

  /** policyAcknowledged / enrolled */
  policyCoverage: number | null;

  @ApiProperty({
    type: [Number],
    description: 'Enrolled employees by the training stage reached: none, 1, 2, 3',
  })
  byStage: number[];
}

/** The counts every table of figures has (DESIGN.md, "Counting honestly"). */
export class FiguresDto {
  /** Shares made */
  shares: number;

  /** Of those, verified by a preview of their network or a click */
  verifiedShares: number;

  /** Human clicks on tracked links */
  clicks: number;

  /** Distinct visitors per link per day, added up */
  uniqueVisitors: number;
}

/** The counts of a group of shares, with their declared reach and clicks per share. */
export class GroupFiguresDto extends FiguresDto {
  /** Audience the sharers declared, added up: self-reported */
  declaredReach: number;

  /** clicks / shares */
  clicksPerShare: number | null;
}

export class SourceSharesDto {
  @ApiProperty({ enum: SHARE_SOURCES, enumName: 'ShareSource' })
  source: ShareSource;

  /** Shares of the period started from this source */
  shares: number;
}

export class AnalyticsSummaryDto extends GroupFiguresDto {
  scope: AnalyticsScopeDto;

  @ApiProperty({
    type: [SourceSharesDto],
    description:
      'Shares by where they were started (feed, digest, notification, Slack, Teams, browser ' +
      'extension): every source, zeros included',
  })
  sharesBySource: SourceSharesDto[];

  @ApiProperty({
    type: EarnedMediaValueDto,
    nullable: true,
    description: 'Null until an admin sets a cost per click for some network',
  })
  earnedMediaValue: EarnedMediaValueDto | null;

  @ApiProperty({
    type: PeopleFiguresDto,
    nullable: true,
    description: 'Figures about people: null for curators',
  })
  people: PeopleFiguresDto | null;

  static from(summary: Summary): AnalyticsSummaryDto {
    return {
      ...summary,
      scope: AnalyticsScopeDto.from(summary.scope),
      people: summary.people && { ...summary.people, byStage: [...summary.people.byStage] },
    };
  }
}

export class SeriesPointDto extends FiguresDto {
  @ApiProperty({ format: 'date', description: 'The day, or the Monday of the week' })
  start: string;

  static from(point: SeriesPoint): SeriesPointDto {
    return { ...point };
  }
}

export class AnalyticsTimeseriesDto {
  scope: AnalyticsScopeDto;

  @ApiProperty({ enum: ANALYTICS_INTERVALS, enumName: 'AnalyticsInterval' })
  interval: AnalyticsInterval;

  @ApiProperty({ type: [SeriesPointDto], description: 'Every day or week, zeros included' })
  points: SeriesPointDto[];
}

export class NetworkFiguresDto extends GroupFiguresDto {
  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  network: ShareNetwork;
}

export class BreakdownRowDto extends GroupFiguresDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Id of the department, location, campaign or item; name of the network or kind; null ' +
      'for none (no department, no campaign, a deleted account)',
  })
  key: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Name or title; null when key is null',
  })
  label: string | null;

  /** For content items: its address */
  url: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Enrolled employees who shared: by department and location only, else null',
  })
  sharingEnrolled: number | null;

  @ApiProperty({
    type: [NetworkFiguresDto],
    required: false,
    description: 'For content items: the same figures by network',
  })
  networks?: NetworkFiguresDto[];

  static from(row: BreakdownRow): BreakdownRowDto {
    return { ...row };
  }
}

export class AnalyticsBreakdownDto {
  scope: AnalyticsScopeDto;

  @ApiProperty({ enum: ANALYTICS_DIMENSIONS, enumName: 'AnalyticsDimension' })
  by: AnalyticsDimension;

  /** Rows there are in all (the CSV has every one) */
  total: number;

  @ApiProperty({
    type: [BreakdownRowDto],
    description: 'The most of sort first, then the most clicks, then the most shares',
  })
  rows: BreakdownRowDto[];
}

export class AdvocateRowDto extends FiguresDto {
  /** Equal figures share a rank */
  rank: number;

  /** Full name, or initials when the admins chose so */
  name: string;

  department: string | null;

  static from(row: AdvocateFigures): AdvocateRowDto {
    return { ...row };
  }
}

export class AnalyticsAdvocatesDto {
  scope: AnalyticsScopeDto;

  @ApiProperty({ enum: ADVOCATE_RANKINGS, enumName: 'AdvocateRanking' })
  rank: AdvocateRanking;

  @ApiProperty({ enum: ADVOCATE_NAME_STYLES, enumName: 'AdvocateNameStyle' })
  names: AdvocateNameStyle;

  /** Enrolled employees with a share or a click in the period */
  total: number;

  rows: AdvocateRowDto[];
}
