import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { between, IsCalendarDate, IsIn, IsInt, IsUUID, Max, Min } from '../../common/validators';
import {
  ADVOCATE_RANKINGS,
  ANALYTICS_DIMENSIONS,
  ANALYTICS_INTERVALS,
  BREAKDOWN_SORTS,
  CONTENT_KINDS,
  INPUT_LIMITS,
  SHARE_NETWORKS,
  type AdvocateRanking,
  type AnalyticsDimension,
  type AnalyticsInterval,
  type BreakdownSort,
  type ContentKind,
  type ShareNetwork,
} from '@chorus/core';
import { OptionalField } from '../../common/optional';

export const ANALYTICS_FORMATS = ['json', 'csv'] as const;
export type AnalyticsFormat = (typeof ANALYTICS_FORMATS)[number];

/** The years a period may fall in: enough for any history, and room to count days past it. */
const FIRST_DATE = '1970-01-01';
const LAST_DATE = '9998-12-31';

/** The period and filters every analytics route takes. */
export class AnalyticsQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description:
      "First day of the period, in the organisation's time zone (default: 27 days before `to`)",
  })
  @OptionalField()
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      "Last day of the period, included (default: today in the organisation's time zone)",
  })
  @OptionalField()
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only people in this department' })
  @OptionalField()
  @IsUUID()
  department?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only people at this location' })
  @OptionalField()
  @IsUUID()
  location?: string;

  @ApiPropertyOptional({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  @OptionalField()
  @IsIn(SHARE_NETWORKS)
  network?: ShareNetwork;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only items of this campaign' })
  @OptionalField()
  @IsUUID()
  campaign?: string;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS)
  kind?: ContentKind;

  @ApiPropertyOptional({
    enum: ANALYTICS_FORMATS,
    default: 'json',
    description: 'csv: the same figures as a CSV download, every row, filters in the file name',
  })
  @OptionalField()
  @IsIn(ANALYTICS_FORMATS)
  format: AnalyticsFormat = 'json';
}

export class TimeseriesQueryDto extends AnalyticsQueryDto {
  @ApiPropertyOptional({ enum: ANALYTICS_INTERVALS, enumName: 'AnalyticsInterval', default: 'day' })
  @OptionalField()
  @IsIn(ANALYTICS_INTERVALS)
  interval: AnalyticsInterval = 'day';
}

export class BreakdownQueryDto extends AnalyticsQueryDto {
  @ApiProperty({ enum: ANALYTICS_DIMENSIONS, enumName: 'AnalyticsDimension' })
  @IsIn(ANALYTICS_DIMENSIONS)
  by: AnalyticsDimension;

  @ApiPropertyOptional({
    enum: BREAKDOWN_SORTS,
    enumName: 'BreakdownSort',
    default: 'clicks',
    description: 'Rows with the most of this first (then most clicks, then most shares)',
  })
  @OptionalField()
  @IsIn(BREAKDOWN_SORTS)
  sort: BreakdownSort = 'clicks';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: INPUT_LIMITS.breakdownRows,
    default: 100,
    description: 'Rows to return, in the order of sort (CSV has every row)',
  })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1, between(1, INPUT_LIMITS.breakdownRows))
  @Max(INPUT_LIMITS.breakdownRows, between(1, INPUT_LIMITS.breakdownRows))
  limit: number = 100;
}

export class AdvocatesQueryDto extends AnalyticsQueryDto {
  @ApiPropertyOptional({ enum: ADVOCATE_RANKINGS, enumName: 'AdvocateRanking', default: 'clicks' })
  @OptionalField()
  @IsIn(ADVOCATE_RANKINGS)
  rank: AdvocateRanking = 'clicks';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100,
    default: 10,
    description: 'Advocates to return (CSV has everyone ranked)',
  })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1, between(1, 100))
  @Max(100, between(1, 100))
  limit: number = 10;
}
