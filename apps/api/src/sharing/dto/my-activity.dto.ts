import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_PERIODS,
  SERIES_INTERVALS,
  SHARE_NETWORKS,
  type ActivityPeriod,
  type SeriesInterval,
  type ShareNetwork,
} from '@chorus/core';
import { OptionalField } from '../../common/optional';
import { IsIn } from '../../common/validators';
import type { MyActivity } from '../my-activity.service';

export class MyActivityQueryDto {
  @ApiPropertyOptional({
    enum: ACTIVITY_PERIODS,
    enumName: 'ActivityPeriod',
    default: 'month',
    description:
      "This month, the last 28 days, this year or all time, in the organisation's calendar days " +
      'and ending today',
  })
  @OptionalField()
  @IsIn(ACTIVITY_PERIODS)
  period: ActivityPeriod = 'month';
}

export class ActivityDaysDto {
  @ApiProperty({
    format: 'date',
    description: "First day, in the organisation's time zone (all time: my first share's day)",
  })
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day, included: today' })
  to: string;
}

export class ActivityPointDto {
  @ApiProperty({
    format: 'date',
    description: "The bucket's first day: the day, the week's Monday or the month's first day",
  })
  date: string;

  /** Shares I made in the bucket. */
  shares: number;

  /** Human clicks on my links in the bucket (my own visits excluded). */
  clicks: number;
}

export class NetworkActivityDto {
  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  network: ShareNetwork;

  /** Shares I made on the network in the period. */
  shares: number;

  /** Of those, the ones verified. */
  verified: number;

  /** Clicks on my links on the network in the period. */
  clicks: number;
}

export class ActivityTotalsDto {
  shares: number;
  verified: number;
  clicks: number;
  uniqueVisitors: number;

  /** The audiences I declared for the networks of the period's shares: declared, never measured. */
  declaredReach: number;
}

export class MyActivityDto {
  period: ActivityDaysDto;

  @ApiProperty({
    enum: SERIES_INTERVALS,
    enumName: 'SeriesInterval',
    description: 'By day for up to 31 days, by week for up to a year, by month beyond',
  })
  interval: SeriesInterval;

  @ApiProperty({
    type: [ActivityPointDto],
    description: 'Every day, week or month of the period, oldest first, empty ones included',
  })
  series: ActivityPointDto[];

  @ApiProperty({
    type: [NetworkActivityDto],
    description: 'The networks I shared on or got clicks from in the period, most clicks first',
  })
  networks: NetworkActivityDto[];

  totals: ActivityTotalsDto;

  static from(activity: MyActivity): MyActivityDto {
    return { ...activity };
  }
}
