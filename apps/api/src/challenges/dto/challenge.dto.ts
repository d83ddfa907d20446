import {
  CHALLENGE_LIMITS,
  CHALLENGE_METRICS,
  type ChallengeMetric,
  type ChallengeState,
} from '@chorus/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { NullableField, OptionalField } from '../../common/optional';
import { trim, trimOrNull } from '../../common/transforms';
import { keyed } from '../../common/validation-message';
import { TopicRefDto } from '../../content/dto/content.dto';
import {
  ArrayMaxSize,
  ArrayUnique,
  between,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  IsCalendarDate,
} from '../../common/validators';
import type { ChallengeRow } from '../challenges.repository';

const FIRST_DATE = '2000-01-01';
const LAST_DATE = '9998-12-31';

export class ChallengeParams {
  @IsUUID()
  id: string;
}

/** The fields of a challenge a curator writes; editing may leave any out. */
export class CreateChallengeDto {
  @ApiProperty({ example: '100 verified shares by 20 December', maxLength: CHALLENGE_LIMITS.title })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(CHALLENGE_LIMITS.title)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CHALLENGE_LIMITS.description })
  @NullableField()
  @Transform(trimOrNull)
  @IsString({ message: keyed('validation:textOrNull') })
  @MaxLength(CHALLENGE_LIMITS.description)
  description?: string | null;

  @ApiProperty({ enum: CHALLENGE_METRICS, enumName: 'ChallengeMetric' })
  @IsIn(CHALLENGE_METRICS)
  metric: ChallengeMetric;

  @ApiProperty({ minimum: CHALLENGE_LIMITS.targetMin, maximum: CHALLENGE_LIMITS.targetMax })
  @IsInt()
  @Min(CHALLENGE_LIMITS.targetMin, between(CHALLENGE_LIMITS.targetMin, CHALLENGE_LIMITS.targetMax))
  @Max(CHALLENGE_LIMITS.targetMax, between(CHALLENGE_LIMITS.targetMin, CHALLENGE_LIMITS.targetMax))
  target: number;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The campaign whose content counts; give this or topicId, not both',
  })
  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  campaignId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The topic whose content counts; give this or campaignId, not both',
  })
  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  topicId?: string | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: CHALLENGE_LIMITS.departments,
    description: 'The departments whose enrolled people take part; empty or left out: everyone',
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(CHALLENGE_LIMITS.departments)
  @ArrayUnique()
  @IsUUID({ each: true })
  departmentIds?: string[];

  @ApiProperty({
    format: 'date',
    description: "The first day that counts (organisation's calendar)",
  })
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  startsOn: string;

  @ApiProperty({ format: 'date', description: 'The last day that counts, included' })
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  endsOn: string;
}

export class UpdateChallengeDto {
  @ApiPropertyOptional({ maxLength: CHALLENGE_LIMITS.title })
  @OptionalField()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(CHALLENGE_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CHALLENGE_LIMITS.description })
  @NullableField()
  @Transform(trimOrNull)
  @IsString({ message: keyed('validation:textOrNull') })
  @MaxLength(CHALLENGE_LIMITS.description)
  description?: string | null;

  @ApiPropertyOptional({
    enum: CHALLENGE_METRICS,
    enumName: 'ChallengeMetric',
    description: 'Cannot change once the challenge started',
  })
  @OptionalField()
  @IsIn(CHALLENGE_METRICS)
  metric?: ChallengeMetric;

  @ApiPropertyOptional({ minimum: CHALLENGE_LIMITS.targetMin, maximum: CHALLENGE_LIMITS.targetMax })
  @OptionalField()
  @IsInt()
  @Min(CHALLENGE_LIMITS.targetMin, between(CHALLENGE_LIMITS.targetMin, CHALLENGE_LIMITS.targetMax))
  @Max(CHALLENGE_LIMITS.targetMax, between(CHALLENGE_LIMITS.targetMin, CHALLENGE_LIMITS.targetMax))
  target?: number;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Giving a campaign leaves the topic unless topicId is given too',
  })
  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  campaignId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Giving a topic leaves the campaign unless campaignId is given too',
  })
  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  topicId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: CHALLENGE_LIMITS.departments })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(CHALLENGE_LIMITS.departments)
  @ArrayUnique()
  @IsUUID({ each: true })
  departmentIds?: string[];

  @ApiPropertyOptional({ format: 'date' })
  @OptionalField()
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date' })
  @OptionalField()
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  endsOn?: string;
}

export class ChallengeReportQueryDto {
  @ApiProperty({ format: 'date', description: 'First day of the period' })
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period, included' })
  @IsCalendarDate(FIRST_DATE, LAST_DATE)
  to: string;
}

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;
}

export class ChallengeProgressDto {
  /** What it counted so far (its result once ended) */
  count: number;

  target: number;

  /** Whether the count reached the target */
  reached: boolean;
}

export class ChallengeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  title: string;

  description: string | null;

  @ApiProperty({ enum: CHALLENGE_METRICS, enumName: 'ChallengeMetric' })
  metric: ChallengeMetric;

  target: number;

  @ApiProperty({ type: NamedRefDto, nullable: true })
  campaign: NamedRefDto | null;

  @ApiProperty({ type: TopicRefDto, nullable: true })
  topic: TopicRefDto | null;

  /** Its departments; empty: everyone enrolled */
  departments: NamedRefDto[];

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty({ enum: ['upcoming', 'active', 'ended'], enumName: 'ChallengeState' })
  state: ChallengeState;

  progress: ChallengeProgressDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt: string | null;

  static from(row: ChallengeRow, count: number, state: ChallengeState): ChallengeDto {
    const { challenge } = row;
    const counted = challenge.result ?? count;
    return {
      id: challenge.id,
      title: challenge.title,
      description: challenge.description,
      metric: challenge.metric,
      target: challenge.target,
      campaign: row.campaign,
      topic: row.topic,
      departments: row.departments,
      startsOn: challenge.startsOn,
      endsOn: challenge.endsOn,
      state,
      progress: { count: counted, target: challenge.target, reached: counted >= challenge.target },
      endedAt: challenge.endedAt?.toISOString() ?? null,
    };
  }
}
