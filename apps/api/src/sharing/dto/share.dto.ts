import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from '../../common/validators';
import { keyed } from '../../common/validation-message';
import {
  SHARE_NETWORKS,
  SHARE_SOURCES,
  type PreferredLanguage,
  type ShareNetwork,
  type ShareSource,
} from '@chorus/core';
import { OptionalField } from '../../common/optional';
import { PageDto } from '../../common/page.dto';
import { MAX_CHECKED_TEXT, PostLanguageField } from '../../guardrails/dto/check.dto';
import type { Share } from '../entities/share.entity';
import type { ShareTotals, ShareWithFigures } from '../shares.repository';

export class CreateShareDto {
  @IsUUID()
  contentId: string;

  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  @IsIn(SHARE_NETWORKS)
  network: ShareNetwork;

  @ApiProperty({ maxLength: MAX_CHECKED_TEXT, description: 'The text as it will be posted' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_CHECKED_TEXT)
  text: string;

  @PostLanguageField()
  language?: PreferredLanguage;

  @ApiPropertyOptional({
    enum: SHARE_SOURCES,
    enumName: 'ShareSource',
    description:
      'Where the share was started (a digest’s button, a notification, a chat channel…); ' +
      'the feed when left out',
  })
  @OptionalField()
  @IsIn(SHARE_SOURCES)
  source?: ShareSource;
}

export class ShareParams {
  @IsUUID()
  id: string;
}

export class ShareCodeParams {
  @ApiProperty({ example: 'a1B2c3D4e5' })
  @Matches(/^[0-9A-Za-z]{8,32}$/, { message: keyed('validation:trackedLinkCode') })
  code: string;
}

export class UpdateShareDto {
  /** true: the link answers 410 Gone; false: it works again */
  @IsBoolean()
  disabled: boolean;
}

export class CreatedShareDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'a1B2c3D4e5' })
  code: string;

  /** My tracked link: the address inside my post */
  trackedUrl: string;

  /** The network's share page, with my text and tracked link */
  intentUrl: string;

  @ApiProperty({
    description: 'The network cannot take the text: copy it to the clipboard before opening',
  })
  copyTextFirst: boolean;

  /** Whether I changed the suggested text */
  edited: boolean;

  /** Where the share was started */
  @ApiProperty({ enum: SHARE_SOURCES, enumName: 'ShareSource' })
  source: ShareSource;
}

export class ShareItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  title: string | null;

  url: string;

  siteName: string | null;

  imageUrl: string | null;
}

export class MyShareDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  code: string;

  trackedUrl: string;

  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  network: ShareNetwork;

  /** Where I started the share */
  @ApiProperty({ enum: SHARE_SOURCES, enumName: 'ShareSource' })
  source: ShareSource;

  text: string;

  @ApiProperty({ format: 'date-time' })
  sharedAt: string;

  /** Fetched by the network’s preview crawler, or clicked by a person */
  verified: boolean;

  /** An admin turned the link off */
  disabled: boolean;

  /** Requests from people’s browsers (no bots, previews or HEAD) */
  clicks: number;

  /** Distinct visitors per day, summed over the days */
  uniqueVisitors: number;

  /** Link-preview fetches by networks and apps */
  previews: number;

  /** My own visits to the link, from a browser signed in to Chorus: recorded, never counted as clicks */
  ownVisits: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The audience I declared for the network when sharing (potential reach)',
  })
  declaredAudience: number | null;

  item: ShareItemDto;

  static from(row: ShareWithFigures, trackedUrl: string): MyShareDto {
    return {
      id: row.id,
      code: row.code,
      trackedUrl,
      network: row.network,
      source: row.source,
      text: row.text,
      sharedAt: row.createdAt.toISOString(),
      verified: row.verifiedAt !== null,
      disabled: row.disabledAt !== null,
      clicks: row.clicks,
      uniqueVisitors: row.uniqueVisitors,
      previews: row.previews,
      ownVisits: row.ownVisits,
      declaredAudience: row.declaredAudience,
      item: {
        id: row.itemId,
        title: row.itemTitle,
        url: row.itemUrl,
        siteName: row.itemSiteName,
        imageUrl: row.itemImageUrl,
      },
    };
  }
}

export class ShareTotalsDto {
  shares: number;

  verified: number;

  clicks: number;

  uniqueVisitors: number;

  /** Sum of declared audiences: potential reach, never "reach" */
  declaredReach: number;

  static from(totals: ShareTotals): ShareTotalsDto {
    return { ...totals };
  }
}

export class MySharesPageDto extends PageDto {
  items: MyShareDto[];

  /** Over all my shares, not only this page */
  totals: ShareTotalsDto;
}

export class ShareAdminDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  code: string;

  trackedUrl: string;

  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  network: ShareNetwork;

  /** Where the share was started */
  @ApiProperty({ enum: SHARE_SOURCES, enumName: 'ShareSource' })
  source: ShareSource;

  @ApiProperty({ format: 'date-time' })
  sharedAt: string;

  verified: boolean;

  disabled: boolean;

  @ApiProperty({ format: 'uuid' })
  itemId: string;

  itemTitle: string | null;

  /** Null once the account is deleted */
  sharedBy: string | null;

  static from(share: Share, trackedUrl: string): ShareAdminDto {
    return {
      id: share.id,
      code: share.code,
      trackedUrl,
      network: share.network,
      source: share.source,
      sharedAt: share.createdAt.toISOString(),
      verified: share.verifiedAt !== null,
      disabled: share.disabledAt !== null,
      itemId: share.itemId,
      itemTitle: share.item?.title ?? null,
      sharedBy: share.user?.name ?? null,
    };
  }
}
