import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  between,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from '../../common/validators';
import { keyed } from '../../common/validation-message';
import { CONTENT_KINDS, SHARE_NETWORKS, type ContentKind, type ShareNetwork } from '@chorus/core';
import { thumbnailUrl } from '../../content/thumbnails/thumbnail-url';
import type { Translations } from '@chorus/core';
import { TopicNamesDto } from '../../topics/dto/topic.dto';
import type { FeedEntry, Suggestion } from '../feed.service';
import { OptionalField } from '../../common/optional';

export class FeedQueryDto {
  /** Where the previous page ended (its nextCursor) */
  @OptionalField()
  @IsString()
  @MaxLength(500, { message: keyed('validation:cursor') })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1, between(1, 50))
  @Max(50, between(1, 50))
  limit: number = 20;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only items on this topic' })
  @OptionalField()
  @IsUUID()
  topicId?: string;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @OptionalField()
  @IsIn(CONTENT_KINDS)
  kind?: ContentKind;
}

export class FeedItemParams {
  @IsUUID()
  id: string;
}

export class SuggestionQueryDto {
  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  @IsIn(SHARE_NETWORKS)
  network: ShareNetwork;
}

export class TopicParams {
  @IsUUID()
  id: string;
}

export class FeedTopicDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** The main name, read in every language without a translation */
  name: string;

  @ApiProperty({ type: TopicNamesDto, description: 'The name in other UI languages' })
  names: Translations;
}

export class FeedCampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;
}

export class FeedItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  kind: ContentKind;

  /** The page shared */
  url: string;

  title: string | null;

  summary: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The page's image, as the page names it",
  })
  imageUrl: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where Chorus serves the card picture (show this, not imageUrl); null when none',
  })
  thumbnailUrl: string | null;

  siteName: string | null;

  language: string | null;

  topics: FeedTopicDto[];

  campaign: FeedCampaignDto | null;

  pinned: boolean;

  /** On a topic I follow */
  followed: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  publishAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt: string | null;

  @ApiProperty({
    enum: SHARE_NETWORKS,
    enumName: 'ShareNetwork',
    isArray: true,
    description: 'The networks I already shared it to',
  })
  sharedOn: ShareNetwork[];

  static from({ item, followed, sharedOn }: FeedEntry): FeedItemDto {
    return {
      id: item.id,
      kind: item.kind,
      url: item.url,
      title: item.title,
      summary: item.summary,
      imageUrl: item.imageUrl,
      thumbnailUrl: thumbnailUrl(item.id, item.thumbnailHash),
      siteName: item.siteName,
      language: item.language,
      topics: item.topics,
      campaign: item.campaign,
      pinned: item.pinned,
      followed,
      publishAt: new Date(item.publishAt ?? item.sortAt).toISOString(),
      expiresAt: item.expiresAt === null ? null : new Date(item.expiresAt).toISOString(),
      sharedOn,
    };
  }
}

export class FeedPageDto {
  items: FeedItemDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null on the last page',
  })
  nextCursor: string | null;
}

export class SuggestionDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  variantId: string | null;

  /** The text to offer; the item title when it has no suggested post */
  text: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The language the text is in (ISO 639-1), when known',
  })
  language: string | null;

  /**
   * Whether the text is in another language than mine because there is none in mine: a
   * suggested post in the item's main language, else in any other, or the item's title.
   */
  fallback: boolean;

  static from(suggestion: Suggestion): SuggestionDto {
    return {
      variantId: suggestion.variant?.id ?? null,
      text: suggestion.text,
      language: suggestion.language,
      fallback: suggestion.fallback,
    };
  }
}

export class FollowableTopicDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** The main name, read in every language without a translation */
  name: string;

  @ApiProperty({ type: TopicNamesDto, description: 'The name in other UI languages' })
  names: Translations;

  followed: boolean;
}
