import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  INPUT_LIMITS,
  MY_SUGGESTION_STATES,
  type MySuggestionState,
  PAGE_LOOKUP_STATES,
  type PageLookupState,
} from '@chorus/core';
import { PageDto } from '../../common/page.dto';
import { IsString, MaxLength } from '../../common/validators';
import { NullableField } from '../../common/optional';
import { trim, trimOrNull } from '../../common/transforms';
import { ENTRY_STATES, type EntryState } from '../../sources/entities/source-entry.entity';

/**
 * How long an address or a title may be as sent. A browser tab's address and title can be
 * long; the address must still fit once normalised, and the title is cut to fit.
 */
const SENT_URL_MAX = 8192;
const SENT_TITLE_MAX = 4000;

export class CreatePageSuggestionDto {
  @ApiProperty({ example: 'https://news.example.com/2026/our-new-plant', maxLength: SENT_URL_MAX })
  @Transform(trim)
  @IsString()
  @MaxLength(SENT_URL_MAX)
  url: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: SENT_TITLE_MAX,
    description: `The page's title, e.g. its browser tab's; cut to ${INPUT_LIMITS.suggestionTitle} characters. Without one, the address's host and path stand in.`,
  })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(SENT_TITLE_MAX)
  title?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: INPUT_LIMITS.suggestionNote,
    description: 'Why our customers will care',
  })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(INPUT_LIMITS.suggestionNote)
  note?: string | null;
}

/** A page suggested to the curators, as its suggester sees it. */
export class PageSuggestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  url: string;

  title: string;

  /** Why customers will care: the note this suggestion has, whoever wrote it */
  note: string | null;

  @ApiProperty({ enum: ENTRY_STATES, enumName: 'SourceEntryState' })
  state: EntryState;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PageLookupQueryDto {
  @ApiProperty({ example: 'https://news.example.com/2026/our-new-plant', maxLength: SENT_URL_MAX })
  @Transform(trim)
  @IsString()
  @MaxLength(SENT_URL_MAX)
  url: string;
}

export class PageLookupDto {
  @ApiProperty({
    enum: PAGE_LOOKUP_STATES,
    enumName: 'PageLookupState',
    description:
      '`shareable`: a live item in my feed (itemId and title given); `known`: Chorus has the page, but not for me now (not approved or not live yet, expired, meant for others, or a suggestion in the inbox); `unknown`: Chorus does not have it',
  })
  state: PageLookupState;

  @ApiPropertyOptional({ format: 'uuid', description: 'The item to share, when shareable' })
  itemId?: string;

  /** The item's title, when shareable */
  title?: string | null;
}

/** A page I suggested, with what became of it. */
export class MySuggestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  url: string;

  title: string;

  /** Why customers will care, as I wrote it */
  note: string | null;

  @ApiProperty({
    enum: MY_SUGGESTION_STATES,
    enumName: 'MySuggestionState',
    description:
      "`waiting` in the curators' inbox; `in_preparation`: the curators made it an item, not approved yet; `approved`: an item to share (itemId given); `declined`: the curators said why (reason given)",
  })
  state: MySuggestionState;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The item it became, once approved',
  })
  itemId: string | null;

  /**
   * Its item is live and meant for me now, so I can share it; an approved item may be scheduled,
   * expired or meant for others
   */
  shareable: boolean;

  /** Why the curators declined it */
  reason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When it was approved or declined',
  })
  decidedAt: string | null;
}

export class MySuggestionPageDto extends PageDto {
  items: MySuggestionDto[];
}
