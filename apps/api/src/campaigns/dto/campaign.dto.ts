import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INPUT_LIMITS } from '@chorus/core';
import { Transform } from 'class-transformer';
import { isISO8601, ValidateBy } from 'class-validator';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from '../../common/validators';
import { keyed } from '../../common/validation-message';
import { CAMPAIGN_SLUG_MAX_LENGTH, CAMPAIGN_SLUG_PATTERN } from '../campaign-slug';
import type { CampaignWithCount } from '../campaigns.repository';
import { trim, trimOrNull } from '../../common/transforms';
import { NullableField, OptionalField } from '../../common/optional';

const SLUG_RULE = keyed('validation:slug');

/** A date (midnight UTC) or a date and time with its zone: never a local time of unknown zone. */
const INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

function IsInstant(): PropertyDecorator {
  return ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        INSTANT.test(value) &&
        isISO8601(value, { strict: true }) &&
        !Number.isNaN(Date.parse(value)),
      defaultMessage: () => keyed('validation:instant'),
    },
  });
}

export class CampaignParams {
  @IsUUID()
  id: string;
}

/** The fields shared by creating and editing; absent fields stay as they are when editing. */
class CampaignScheduleDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: INPUT_LIMITS.campaignDescription,
  })
  @NullableField()
  @Transform(trimOrNull)
  @IsString({ message: keyed('validation:textOrNull') })
  @MaxLength(INPUT_LIMITS.campaignDescription)
  description?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'A date alone means midnight UTC',
  })
  @NullableField()
  @IsInstant()
  startsAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Must be after startsAt; a date alone means midnight UTC',
  })
  @NullableField()
  @IsInstant()
  endsAt?: string | null;
}

export class CreateCampaignDto extends CampaignScheduleDto {
  @ApiProperty({
    example: 'Spring Launch 2026',
    minLength: 1,
    maxLength: INPUT_LIMITS.campaignName,
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.campaignName)
  name: string;

  @ApiPropertyOptional({
    example: 'spring-launch-2026',
    maxLength: CAMPAIGN_SLUG_MAX_LENGTH,
    pattern: CAMPAIGN_SLUG_PATTERN.source,
    description: 'The utm_campaign of tracked links; made from the name when left out or empty',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @OptionalField()
  @IsString({ message: SLUG_RULE })
  @MaxLength(CAMPAIGN_SLUG_MAX_LENGTH)
  @Matches(CAMPAIGN_SLUG_PATTERN, { message: SLUG_RULE })
  slug?: string;
}

export class UpdateCampaignDto extends CampaignScheduleDto {
  @ApiPropertyOptional({
    example: 'Spring Launch 2026',
    minLength: 1,
    maxLength: INPUT_LIMITS.campaignName,
  })
  @OptionalField()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.campaignName)
  name?: string;

  @ApiPropertyOptional({
    example: 'spring-launch-2026',
    maxLength: CAMPAIGN_SLUG_MAX_LENGTH,
    pattern: CAMPAIGN_SLUG_PATTERN.source,
    description: 'Changing it changes the utm_campaign of links shared from now on',
  })
  @OptionalField()
  @Transform(trim)
  @IsString({ message: SLUG_RULE })
  @MaxLength(CAMPAIGN_SLUG_MAX_LENGTH)
  @Matches(CAMPAIGN_SLUG_PATTERN, { message: SLUG_RULE })
  slug?: string;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Spring Launch 2026' })
  name: string;

  @ApiProperty({ example: 'spring-launch-2026', description: 'The utm_campaign of tracked links' })
  slug: string;

  description: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startsAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endsAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  /** Content items in this campaign */
  itemCount: number;

  static withCount({ campaign, itemCount }: CampaignWithCount): CampaignDto {
    return {
      id: campaign.id,
      name: campaign.name,
      slug: campaign.slug,
      description: campaign.description,
      startsAt: campaign.startsAt?.toISOString() ?? null,
      endsAt: campaign.endsAt?.toISOString() ?? null,
      createdAt: campaign.createdAt.toISOString(),
      itemCount,
    };
  }
}
