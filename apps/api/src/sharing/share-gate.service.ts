import { Injectable } from '@nestjs/common';
import type { ShareNetwork } from '@chorus/core';
import type { Finding } from '@chorus/guardrails';
import { ReadinessService, type Readiness } from '../advocacy/readiness.service';
import type { ContentItem } from '../content/entities/content-item.entity';
import type { ContentVariant } from '../content/entities/content-variant.entity';
import { FeedService } from '../feed/feed.service';
import { GuardrailsService } from '../guardrails/guardrails.service';

export interface ShareRequest {
  userId: string;
  contentId?: string;
  network: ShareNetwork;
  text: string;
  /** The language of the post, as its writer says; by default the suggested post's. */
  language?: string | null;
}

export interface ShareClearance {
  readiness: Readiness;
  /** The item shared, when the request names one. */
  item: ContentItem | null;
  /** The suggested post the text is, when it is one. */
  variant: ContentVariant | null;
  edited: boolean;
  /** Warnings only: a blocking finding refuses the share. */
  findings: Finding[];
}

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Everything a share must pass, in the order a person meets it: the item is live and meant for
 * them, they are enrolled, the policy is acknowledged, their training stage is high enough
 * (higher still when they changed the suggested text, if the admins say so), and the text
 * passes the guardrails.
 */
@Injectable()
export class ShareGateService {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly feed: FeedService,
    private readonly guardrails: GuardrailsService,
  ) {}

  async clear(request: ShareRequest): Promise<ShareClearance> {
    const item = request.contentId
      ? await this.feed.visibleItem(request.userId, request.contentId)
      : null;
    const suggestions = (item?.variants ?? []).filter(
      (variant) => variant.network === request.network || variant.network === 'any',
    );
    const variant = suggestions.find((candidate) => sameText(candidate.text, request.text)) ?? null;
    const edited = item !== null && !variant;
    const readiness = await this.readiness.assertMayShare(request.userId, edited);
    const findings = await this.guardrails.assertAllowed({
      text: request.text,
      network: request.network,
      language: request.language ?? variant?.language ?? item?.language ?? null,
      writerId: request.userId,
    });
    return { readiness, item, variant, edited, findings };
  }
}
