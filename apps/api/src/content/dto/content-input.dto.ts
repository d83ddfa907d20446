import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from '../../common/validators';
import { keyed } from '../../common/validation-message';
import {
  CONTENT_KINDS,
  CONTENT_STATUSES,
  PREFERRED_LANGUAGES,
  VARIANT_NETWORKS,
  type ContentKind,
  type ContentStatus,
  type PreferredLanguage,
  type VariantNetwork,
  INPUT_LIMITS,
} from '@chorus/core';
import { PageQueryDto } from '../../common/page-query.dto';
import { trim, trimOrNull } from '../../common/transforms';
import { NullableField, OptionalField } from '../../common/optional';

export class CreateContentDto {
  @ApiProperty({ example: 'https://news.example.com/2026/11/our-new-office' })
  @Transform(trim)
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @IsIn(CONTENT_KINDS)
  kind: ContentKind;
}

export class ContentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CONTENT_STATUSES, enumName: 'ContentStatus' })
  @OptionalField()
  @IsIn(CONTENT_STATUSES)
  status?: ContentStatus;

  /** Part of the title, URL or site name */
  @OptionalField()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS)
  kind?: ContentKind;

  @OptionalField()
  @IsUUID()
  topicId?: string;

  @OptionalField()
  @IsUUID()
  campaignId?: string;

  @OptionalField()
  @IsUUID()
  authorId?: string;
}

/** Everything a curator may set on an item; absent fields stay as they are, null clears. */
export class UpdateContentDto {
  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS)
  kind?: ContentKind;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: INPUT_LIMITS.contentTitle })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(INPUT_LIMITS.contentTitle)
  title?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: INPUT_LIMITS.contentSummary })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(INPUT_LIMITS.contentSummary)
  summary?: string | null;

  @NullableField()
  @Transform(trimOrNull)
  @IsUrl()
  @MaxLength(2048)
  imageUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: INPUT_LIMITS.contentSiteName })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(INPUT_LIMITS.contentSiteName)
  siteName?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @NullableField()
  @IsIn(PREFERRED_LANGUAGES)
  language?: PreferredLanguage | null;

  @OptionalField()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID({ each: true })
  topicIds?: string[];

  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  campaignId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Empty: every department' })
  @OptionalField()
  @IsArray()
  @ArrayUnique()
  @IsUUID({ each: true })
  targetDepartmentIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Empty: every location' })
  @OptionalField()
  @IsArray()
  @ArrayUnique()
  @IsUUID({ each: true })
  targetLocationIds?: string[];

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, isArray: true, description: 'Empty: all' })
  @OptionalField()
  @IsArray()
  @ArrayUnique()
  @IsIn(PREFERRED_LANGUAGES, { each: true })
  targetLanguages?: PreferredLanguage[];

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  @NullableField()
  @IsDateString({ message: keyed('validation:dateTime') })
  publishAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  @NullableField()
  @IsDateString({ message: keyed('validation:dateTime') })
  expiresAt?: string | null;

  @OptionalField()
  @IsBoolean()
  pinned?: boolean;
}

export class RejectContentDto {
  @ApiProperty({
    description: 'What the author should change',
    maxLength: INPUT_LIMITS.rejectionReason,
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: keyed('validation:rejectReason') })
  @MaxLength(INPUT_LIMITS.rejectionReason)
  reason: string;
}

export class VariantInputDto {
  @ApiProperty({ enum: VARIANT_NETWORKS, enumName: 'VariantNetwork' })
  @IsIn(VARIANT_NETWORKS)
  network: VariantNetwork;

  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @IsIn(PREFERRED_LANGUAGES)
  language: PreferredLanguage;

  @ApiProperty({
    description: 'The suggested post, hashtags included',
    maxLength: INPUT_LIMITS.suggestedPost,
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.suggestedPost)
  text: string;
}

export class ContentParams {
  @IsUUID()
  id: string;
}

export class VariantParams extends ContentParams {
  @IsUUID()
  variantId: string;
}
