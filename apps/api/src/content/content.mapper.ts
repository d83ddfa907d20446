import { isoOrNull } from '../common/iso-date';
import {
  actionsFrom,
  contentTargetUrl,
  measurePost,
  type ContentAction,
  type ContentActionCheck,
  type ContentStatus,
} from '@chorus/core';
import { GroupRefDto } from '../groups/dto/group.dto';
import type { User } from '../users/entities/user.entity';
import {
  BlockedActionsDto,
  ContentItemDto,
  ContentSummaryDto,
  VariantDto,
} from './dto/content.dto';
import type { ContentItem } from './entities/content-item.entity';
import type { ContentVariant } from './entities/content-variant.entity';
import { thumbnailUrl } from './thumbnails/thumbnail-url';

const person = (user: Pick<User, 'id' | 'name'> | null | undefined) =>
  user ? { id: user.id, name: user.name } : null;

export function toSummary(item: ContentItem): ContentSummaryDto {
  return {
    id: item.id,
    url: contentTargetUrl(item.url, item.urlFragment),
    kind: item.kind,
    status: item.status,
    title: item.title,
    imageUrl: item.imageUrl,
    thumbnailUrl: thumbnailUrl(item.id, item.thumbnail?.hash),
    siteName: item.siteName,
    author: person(item.author),
    topics: (item.topics ?? [])
      .map(({ id, name, names }) => ({ id, name, names }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    campaign: item.campaign
      ? { id: item.campaign.id, name: item.campaign.name, slug: item.campaign.slug }
      : null,
    publishAt: isoOrNull(item.publishAt),
    expiresAt: isoOrNull(item.expiresAt),
    pinned: item.pinned,
    unfurlState: item.unfurlState,
    updatedAt: item.updatedAt.toISOString(),
  };
}

export function toVariant(variant: ContentVariant, link: string): VariantDto {
  const { length, limit } = measurePost(variant.text, variant.network, link);
  return {
    id: variant.id,
    network: variant.network,
    language: variant.language,
    text: variant.text,
    length,
    limit,
  };
}

/** Of the steps the item's status offers, those `checks` refuse, each with why. */
export function toBlockedActions(
  status: ContentStatus,
  checks: Record<ContentAction, ContentActionCheck>,
): BlockedActionsDto {
  const blocked: BlockedActionsDto = {};
  for (const action of actionsFrom(status)) {
    const check = checks[action];
    if (!check.allowed) blocked[action] = check.reason;
  }
  return blocked;
}

/**
 * Expects the relations ContentRepository.findFull loads, and the workflow rule's answers for
 * the person who will see it (ContentItemPresenter gives both).
 */
export function toItem(
  item: ContentItem,
  checks: Record<ContentAction, ContentActionCheck>,
  suggester: { id: string; name: string } | null = null,
): ContentItemDto {
  const groups = item.targetGroups ?? [];
  const link = item.canonicalUrl ?? item.url;
  return {
    ...toSummary(item),
    canonicalUrl: item.canonicalUrl,
    summary: item.summary,
    language: item.language,
    targetDepartments: groups.filter((g) => g.kind === 'department').map(GroupRefDto.from),
    targetLocations: groups.filter((g) => g.kind === 'location').map(GroupRefDto.from),
    targetLanguages: item.targetLanguages,
    approver: person(item.approver),
    approvedAt: isoOrNull(item.approvedAt),
    suggestedBy: person(suggester),
    rejectionReason: item.rejectionReason,
    unfurlError: item.unfurlError,
    thumbnailError: item.thumbnailError,
    duplicateOfId: item.duplicateOfId,
    editedFields: item.editedFields,
    variants: (item.variants ?? []).map((variant) => toVariant(variant, link)),
    actions: actionsFrom(item.status),
    blockedActions: toBlockedActions(item.status, checks),
    createdAt: item.createdAt.toISOString(),
  };
}
