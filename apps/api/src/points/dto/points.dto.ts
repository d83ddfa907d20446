import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsBoolean, IsIn, IsInt, IsObject, Max, Min } from '../../common/validators';
import {
  BADGES,
  POINT_RULE_LIMITS,
  POINT_RULES,
  RECOGNITION_PERIODS,
  type Badge,
  type PointRuleName,
  type RecognitionPeriod,
} from '@chorus/core';

const { points: POINTS, per: PER, max: MAX, dailyShareCap: CAP } = POINT_RULE_LIMITS;

export class PointRuleDto {
  @ApiProperty({ description: 'Off: the rule earns nothing from then on' })
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({ minimum: POINTS.min, maximum: POINTS.max })
  @IsInt()
  @Min(POINTS.min)
  @Max(POINTS.max)
  points: number;
}

export class ClickPointRuleDto extends PointRuleDto {
  @ApiProperty({
    description: 'Human clicks per step of points',
    minimum: PER.min,
    maximum: PER.max,
  })
  @IsInt()
  @Min(PER.min)
  @Max(PER.max)
  per: number;

  @ApiProperty({
    description: 'At most this many points per item',
    minimum: MAX.min,
    maximum: MAX.max,
  })
  @IsInt()
  @Min(MAX.min)
  @Max(MAX.max)
  max: number;
}

/** The point rules; every rule is given (a change is a whole new version). */
export class PointRulesDto {
  @ApiProperty({ type: PointRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PointRuleDto)
  share: PointRuleDto;

  @ApiProperty({ type: PointRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PointRuleDto)
  ownWords: PointRuleDto;

  @ApiProperty({ type: PointRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PointRuleDto)
  verified: PointRuleDto;

  @ApiProperty({ type: ClickPointRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ClickPointRuleDto)
  clicks: ClickPointRuleDto;

  @ApiProperty({ type: PointRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PointRuleDto)
  suggestion: PointRuleDto;

  @ApiProperty({ type: PointRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PointRuleDto)
  training: PointRuleDto;

  @ApiProperty({
    description: 'Counted shares per person per organisation day',
    minimum: CAP.min,
    maximum: CAP.max,
  })
  @IsInt()
  @Min(CAP.min)
  @Max(CAP.max)
  dailyShareCap: number;
}

/** Each rule's written definition, in the reader's language. */
export class PointDefinitionsDto {
  @ApiProperty() share: string;
  @ApiProperty() ownWords: string;
  @ApiProperty() verified: string;
  @ApiProperty() clicks: string;
  @ApiProperty() suggestion: string;
  @ApiProperty() training: string;
  @ApiProperty() dailyShareCap: string;
  @ApiProperty({ description: 'The sharer’s own clicks never count' })
  selfClicks: string;
  @ApiProperty({ description: 'A change applies from then on' })
  changes: string;
}

export class PointRulesAnswerDto {
  @ApiProperty({ type: PointRulesDto })
  rules: PointRulesDto;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When these rules took effect; null: the defaults, never changed',
  })
  effectiveFrom: string | null;

  @ApiProperty({ type: PointDefinitionsDto })
  definitions: PointDefinitionsDto;
}

export class MyPointsQuery {
  @ApiProperty({ enum: RECOGNITION_PERIODS })
  @IsIn(RECOGNITION_PERIODS)
  period: RecognitionPeriod;
}

export class DayRangeDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Null: all time' })
  from: string | null;

  @ApiProperty({ type: String, format: 'date' })
  to: string;
}

export class RulePointsDto {
  @ApiProperty({ enum: POINT_RULES })
  rule: PointRuleName;

  @ApiProperty()
  points: number;

  @ApiProperty({ description: 'How many awards' })
  count: number;
}

export class EarnedBadgeDto {
  @ApiProperty({ enum: BADGES })
  badge: Badge;

  @ApiProperty({ type: String, format: 'date-time' })
  earnedAt: string;
}

export class MyPointsDto {
  @ApiProperty({ type: DayRangeDto })
  period: DayRangeDto;

  @ApiProperty()
  total: number;

  @ApiProperty({ type: [RulePointsDto], description: 'Every rule, in order, zero when none' })
  rules: RulePointsDto[];

  @ApiProperty({ type: [EarnedBadgeDto], description: 'Every badge earned, whatever the period' })
  badges: EarnedBadgeDto[];
}
