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
} from 'class-validator';
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

const KINDS = `kind must be one of: ${CONTENT_KINDS.join(', ')}`;
const LANGUAGES = `must be one of: ${PREFERRED_LANGUAGES.join(', ')}`;

export class CreateContentDto {
  @ApiProperty({ example: 'https://news.example.com/2026/11/our-new-office' })
  @Transform(trim)
  @IsString()
  @MaxLength(2048, { message: 'url must be at most 2048 characters long' })
  url: string;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @IsIn(CONTENT_KINDS, { message: KINDS })
  kind: ContentKind;
}

export class ContentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CONTENT_STATUSES, enumName: 'ContentStatus' })
  @OptionalField()
  @IsIn(CONTENT_STATUSES, { message: `status must be one of: ${CONTENT_STATUSES.join(', ')}` })
  status?: ContentStatus;

  /** Part of the title, URL or site name */
  @OptionalField()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS, { message: KINDS })
  kind?: ContentKind;

  @OptionalField()
  @IsUUID('all', { message: 'topicId must be a topic id (a UUID)' })
  topicId?: string;

  @OptionalField()
  @IsUUID('all', { message: 'campaignId must be a campaign id (a UUID)' })
  campaignId?: string;

  @OptionalField()
  @IsUUID('all', { message: 'authorId must be a person id (a UUID)' })
  authorId?: string;
}

/** Everything a curator may set on an item; absent fields stay as they are, null clears. */
export class UpdateContentDto {
  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS, { message: KINDS })
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
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'imageUrl must be an http or https address' },
  )
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
  @IsIn(PREFERRED_LANGUAGES, { message: `language ${LANGUAGES}` })
  language?: PreferredLanguage | null;

  @OptionalField()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'topicIds must hold topic ids (UUIDs)' })
  topicIds?: string[];

  @NullableField()
  @IsUUID('all', { message: 'campaignId must be a campaign id (a UUID) or null' })
  campaignId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Empty: every department' })
  @OptionalField()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'targetDepartmentIds must hold department ids (UUIDs)' })
  targetDepartmentIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Empty: every location' })
  @OptionalField()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'targetLocationIds must hold location ids (UUIDs)' })
  targetLocationIds?: string[];

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, isArray: true, description: 'Empty: all' })
  @OptionalField()
  @IsArray()
  @ArrayUnique()
  @IsIn(PREFERRED_LANGUAGES, { each: true, message: `each target language ${LANGUAGES}` })
  targetLanguages?: PreferredLanguage[];

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  @NullableField()
  @IsDateString({}, { message: 'publishAt must be a date and time, e.g. 2026-12-01T09:00:00Z' })
  publishAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  @NullableField()
  @IsDateString({}, { message: 'expiresAt must be a date and time, e.g. 2026-12-31T23:59:00Z' })
  expiresAt?: string | null;

  @OptionalField()
  @IsBoolean({ message: 'pinned must be true or false' })
  pinned?: boolean;
}

export class RejectContentDto {
  @ApiProperty({
    description: 'What the author should change',
    maxLength: INPUT_LIMITS.rejectionReason,
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'reason must say what the author should change' })
  @MaxLength(INPUT_LIMITS.rejectionReason)
  reason: string;
}

export class VariantInputDto {
  @ApiProperty({ enum: VARIANT_NETWORKS, enumName: 'VariantNetwork' })
  @IsIn(VARIANT_NETWORKS, { message: `network must be one of: ${VARIANT_NETWORKS.join(', ')}` })
  network: VariantNetwork;

  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @IsIn(PREFERRED_LANGUAGES, { message: `language ${LANGUAGES}` })
  language: PreferredLanguage;

  @ApiProperty({
    description: 'The suggested post, hashtags included',
    maxLength: INPUT_LIMITS.suggestedPost,
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(INPUT_LIMITS.suggestedPost)
  text: string;
}

export class ContentParams {
  @IsUUID('all', { message: 'id must be a content id (a UUID)' })
  id: string;
}

export class VariantParams extends ContentParams {
  @IsUUID('all', { message: 'variantId must be a variant id (a UUID)' })
  variantId: string;
}
