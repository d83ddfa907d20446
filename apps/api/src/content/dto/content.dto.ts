import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTENT_ACTION_BLOCKS,
  CONTENT_ACTIONS,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  VARIANT_NETWORKS,
  type ContentAction,
  type ContentActionBlock,
  type ContentKind,
  type ContentStatus,
  type VariantNetwork,
} from '@chorus/core';
import type { Translations } from '@chorus/core';
import { PageDto } from '../../common/page.dto';
import { TopicNamesDto } from '../../topics/dto/topic.dto';
import { GroupRefDto } from '../../groups/dto/group.dto';
import { UNFURL_STATES, type UnfurlState } from '../entities/content-item.entity';
import { PersonRefDto } from '../../common/person-ref.dto';

export class TopicRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** The main name, read in every language without a translation */
  name: string;

  @ApiProperty({ type: TopicNamesDto, description: 'The name in other UI languages' })
  names: Translations;
}

export class CampaignRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  /** utm_campaign of tracked links */
  slug: string;
}

export class VariantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: VARIANT_NETWORKS, enumName: 'VariantNetwork' })
  network: VariantNetwork;

  @ApiProperty({ example: 'en' })
  language: string;

  text: string;

  /** Length as the network counts it, with the link appended */
  length: number;

  /** The network limit, if any */
  limit: number | null;
}

/** A content item in lists: enough for the curator's queue. */
export class ContentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  url: string;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  kind: ContentKind;

  @ApiProperty({ enum: CONTENT_STATUSES, enumName: 'ContentStatus' })
  status: ContentStatus;

  title: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The page's image, as the page names it",
  })
  imageUrl: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where Chorus serves the card picture made from imageUrl; null when there is none',
    example: '/api/content/6f1c…/thumbnail?v=3a7bd3e2360a3d29',
  })
  thumbnailUrl: string | null;

  siteName: string | null;

  author: PersonRefDto | null;

  topics: TopicRefDto[];

  campaign: CampaignRefDto | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  publishAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt: string | null;

  pinned: boolean;

  @ApiProperty({ enum: UNFURL_STATES, enumName: 'UnfurlState' })
  unfurlState: UnfurlState;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

const BLOCK = {
  enum: CONTENT_ACTION_BLOCKS,
  enumName: 'ContentActionBlock',
  description: 'Present when the caller may not take this step now, saying why',
} as const;

/**
 * Why the caller may not take a step the item's status offers: `role` (not a curator),
 * `duplicate` (the page is already another item), `no_suggested_post` (submitting needs one),
 * `own_item_four_eyes` (four-eyes approval is on and the caller wrote the item). A step absent
 * here is open to the caller.
 */
export class BlockedActionsDto {
  @ApiPropertyOptional(BLOCK)
  submit?: ContentActionBlock;

  @ApiPropertyOptional(BLOCK)
  approve?: ContentActionBlock;

  @ApiPropertyOptional(BLOCK)
  reject?: ContentActionBlock;

  @ApiPropertyOptional(BLOCK)
  archive?: ContentActionBlock;
}

/** One content item with everything the editor shows. */
export class ContentItemDto extends ContentSummaryDto {
  canonicalUrl: string | null;

  summary: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'en' })
  language: string | null;

  @ApiProperty({ type: [GroupRefDto], description: 'Empty: every department' })
  targetDepartments: GroupRefDto[];

  @ApiProperty({ type: [GroupRefDto], description: 'Empty: every location' })
  targetLocations: GroupRefDto[];

  @ApiProperty({ type: [String], description: 'Empty: every language' })
  targetLanguages: string[];

  approver: PersonRefDto | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  approvedAt: string | null;

  @ApiProperty({
    type: PersonRefDto,
    nullable: true,
    description: "Who suggested the page, when it was promoted from a person's suggestion",
  })
  suggestedBy: PersonRefDto | null;

  /** Why a reviewer sent it back */
  rejectionReason: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why the page could not be read, e.g. "refused: private address (10.0.0.5)"',
  })
  unfurlError: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why imageUrl could not become a thumbnail, e.g. "image refused: not an image"',
  })
  thumbnailError: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The item this page already is, found from its canonical address',
  })
  duplicateOfId: string | null;

  @ApiProperty({ type: [String], description: 'Fields set by hand, which unfurling keeps' })
  editedFields: string[];

  variants: VariantDto[];

  @ApiProperty({
    enum: CONTENT_ACTIONS,
    enumName: 'ContentAction',
    isArray: true,
    description: "The workflow steps the item's status offers, in order",
  })
  actions: ContentAction[];

  @ApiProperty({
    type: BlockedActionsDto,
    description:
      'Of `actions`, those the caller may not take now, each with why; the API refuses them for the same reason (no_suggested_post: 422, duplicate: 409, own_item_four_eyes: 403 four_eyes, role: 403)',
  })
  blockedActions: BlockedActionsDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ContentCountsDto {
  draft: number;

  in_review: number;

  approved: number;

  archived: number;
}

export class ContentPageDto extends PageDto {
  items: ContentSummaryDto[];

  /** Items per status, with the other filters */
  counts: ContentCountsDto;
}
