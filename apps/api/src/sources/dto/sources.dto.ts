import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from '../../common/validators';
import {
  CONTENT_KINDS,
  type ContentKind,
  INPUT_LIMITS,
  SUGGESTION_ORIGINS,
  type SuggestionOrigin,
} from '@chorus/core';
import { PersonRefDto } from '../../common/person-ref.dto';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { TopicRefDto } from '../../content/dto/content.dto';
import { ENTRY_STATES, type EntryState } from '../entities/source-entry.entity';
import { trim, trimOrNull } from '../../common/transforms';
import { NullableField, OptionalField } from '../../common/optional';

export class SourceChangesDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Topics promoted items get' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID({ each: true })
  topicIds?: string[];

  @ApiPropertyOptional({
    minimum: INPUT_LIMITS.pollIntervalMinutesMin,
    maximum: INPUT_LIMITS.pollIntervalMinutesMax,
    default: 30,
  })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(INPUT_LIMITS.pollIntervalMinutesMin)
  @Max(INPUT_LIMITS.pollIntervalMinutesMax)
  pollIntervalMinutes?: number;
}

export class CreateSourceDto extends SourceChangesDto {
  @ApiProperty({ example: 'https://news.example.com/feed.xml' })
  @Transform(trim)
  @IsString()
  @MaxLength(2048)
  url: string;
}

export class SourceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  url: string;

  title: string | null;

  topics: TopicRefDto[];

  pollIntervalMinutes: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastPolledAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastSuccessAt: string | null;

  /** Why the last poll failed */
  lastError: string | null;

  /** Suggestions waiting in the inbox */
  newEntries: number;
}

export class EntryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ENTRY_STATES, enumName: 'SourceEntryState', default: 'new' })
  @OptionalField()
  @IsIn(ENTRY_STATES)
  state: EntryState = 'new';

  @OptionalField()
  @IsUUID()
  sourceId?: string;

  @ApiPropertyOptional({
    enum: SUGGESTION_ORIGINS,
    enumName: 'SuggestionOrigin',
    description: "Only people's suggestions, or only feeds' (both by default)",
  })
  @OptionalField()
  @IsIn(SUGGESTION_ORIGINS)
  origin?: SuggestionOrigin;
}

export class EntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "The feed that suggested it; null for a person's suggestion",
  })
  sourceId: string | null;

  sourceTitle: string | null;

  @ApiProperty({
    type: PersonRefDto,
    nullable: true,
    description:
      "Who suggested it, for a person's suggestion (null for a feed's, or a deleted account)",
  })
  suggestedBy: PersonRefDto | null;

  /** Why customers will care, in the suggester's words */
  note: string | null;

  url: string;

  title: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  publishedAt: string | null;

  @ApiProperty({ enum: ENTRY_STATES, enumName: 'SourceEntryState' })
  state: EntryState;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The item it became' })
  itemId: string | null;

  /** Why the curators dismissed a person's suggestion, as its suggester was told */
  declineReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class EntryPageDto extends PageDto {
  items: EntryDto[];
}

export class PromoteEntryDto {
  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @IsIn(CONTENT_KINDS)
  kind: ContentKind;
}

export class DismissEntryDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: INPUT_LIMITS.suggestionDeclineReason,
    description:
      "Why the page is not used: required for a person's suggestion (their suggester is told), " +
      "refused for a feed's (422 either way otherwise)",
  })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(INPUT_LIMITS.suggestionDeclineReason)
  reason?: string | null;
}

export class SourceParams {
  @IsUUID()
  id: string;
}

export class EntryParams {
  @IsUUID()
  id: string;
}
