import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsUUID, Max, Min, ValidateBy } from 'class-validator';
import {
  ADVOCATE_RANKINGS,
  ANALYTICS_DIMENSIONS,
  ANALYTICS_INTERVALS,
  BREAKDOWN_SORTS,
  CONTENT_KINDS,
  INPUT_LIMITS,
  isIsoDate,
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

const IsCalendarDate = (name: string) =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isIsoDate(value) && value >= FIRST_DATE && value <= LAST_DATE,
      defaultMessage: () =>
        `${name} must be a calendar date written YYYY-MM-DD, from ${FIRST_DATE} to ${LAST_DATE}`,
    },
  });

/** The period and filters every analytics route takes. */
export class AnalyticsQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description:
      "First day of the period, in the organisation's time zone (default: 27 days before `to`)",
  })
  @OptionalField()
  @IsCalendarDate('from')
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      "Last day of the period, included (default: today in the organisation's time zone)",
  })
  @OptionalField()
  @IsCalendarDate('to')
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only people in this department' })
  @OptionalField()
  @IsUUID('all', { message: 'department must be a department id (a UUID)' })
  department?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only people at this location' })
  @OptionalField()
  @IsUUID('all', { message: 'location must be a location id (a UUID)' })
  location?: string;

  @ApiPropertyOptional({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  @OptionalField()
  @IsIn(SHARE_NETWORKS, { message: `network must be one of: ${SHARE_NETWORKS.join(', ')}` })
  network?: ShareNetwork;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only items of this campaign' })
  @OptionalField()
  @IsUUID('all', { message: 'campaign must be a campaign id (a UUID)' })
  campaign?: string;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS, { message: `kind must be one of: ${CONTENT_KINDS.join(', ')}` })
  kind?: ContentKind;

  @ApiPropertyOptional({
    enum: ANALYTICS_FORMATS,
    default: 'json',
    description: 'csv: the same figures as a CSV download, every row, filters in the file name',
  })
  @OptionalField()
  @IsIn(ANALYTICS_FORMATS, { message: 'format must be json or csv' })
  format: AnalyticsFormat = 'json';
}

export class TimeseriesQueryDto extends AnalyticsQueryDto {
  @ApiPropertyOptional({ enum: ANALYTICS_INTERVALS, enumName: 'AnalyticsInterval', default: 'day' })
  @OptionalField()
  @IsIn(ANALYTICS_INTERVALS, { message: 'interval must be day or week' })
  interval: AnalyticsInterval = 'day';
}

export class BreakdownQueryDto extends AnalyticsQueryDto {
  @ApiProperty({ enum: ANALYTICS_DIMENSIONS, enumName: 'AnalyticsDimension' })
  @IsIn(ANALYTICS_DIMENSIONS, {
    message: `by must be one of: ${ANALYTICS_DIMENSIONS.join(', ')}`,
  })
  by: AnalyticsDimension;

  @ApiPropertyOptional({
    enum: BREAKDOWN_SORTS,
    enumName: 'BreakdownSort',
    default: 'clicks',
    description: 'Rows with the most of this first (then most clicks, then most shares)',
  })
  @OptionalField()
  @IsIn(BREAKDOWN_SORTS, { message: `sort must be one of: ${BREAKDOWN_SORTS.join(', ')}` })
  sort: BreakdownSort = 'clicks';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: INPUT_LIMITS.breakdownRows,
    default: 100,
    description: 'Rows to return, in the order of sort (CSV has every row)',
  })
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${INPUT_LIMITS.breakdownRows}` })
  @Max(INPUT_LIMITS.breakdownRows, {
    message: `limit must be between 1 and ${INPUT_LIMITS.breakdownRows}`,
  })
  limit: number = 100;
}

export class AdvocatesQueryDto extends AnalyticsQueryDto {
  @ApiPropertyOptional({ enum: ADVOCATE_RANKINGS, enumName: 'AdvocateRanking', default: 'clicks' })
  @OptionalField()
  @IsIn(ADVOCATE_RANKINGS, { message: 'rank must be clicks or shares' })
  rank: AdvocateRanking = 'clicks';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100,
    default: 10,
    description: 'Advocates to return (CSV has everyone ranked)',
  })
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be between 1 and 100' })
  @Max(100, { message: 'limit must be between 1 and 100' })
  limit: number = 10;
}
