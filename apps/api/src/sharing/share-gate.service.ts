import { Injectable } from '@nestjs/common';
import { isLive, type ShareNetwork } from '@chorus/core';
import type { Finding } from '@chorus/guardrails';
import { ReadinessService, type Readiness } from '../advocacy/readiness.service';
import { DomainError } from '../common/domain-error';
import { ContentService } from '../content/content.service';
import { GuardrailsService } from '../guardrails/guardrails.service';

export interface ShareRequest {
  userId: string;
  contentId?: string;
  network: ShareNetwork;
  text: string;
}

export interface ShareClearance {
  readiness: Readiness;
  edited: boolean;
  /** Warnings only: a blocking finding refuses the share. */
  findings: Finding[];
}

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Everything a share must pass, in the order a person meets it: the item is live, they are
 * enrolled, the policy is acknowledged, their training stage is high enough (higher still when
 * they changed the suggested text, if the admins say so), and the text passes the guardrails.
 */
@Injectable()
export class ShareGateService {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly content: ContentService,
    private readonly guardrails: GuardrailsService,
  ) {}

  async clear(request: ShareRequest): Promise<ShareClearance> {
    const item = request.contentId ? await this.liveItem(request.contentId) : null;
    const suggestions = (item?.variants ?? []).filter(
      (variant) => variant.network === request.network || variant.network === 'any',
    );
    const chosen = suggestions.find((variant) => sameText(variant.text, request.text));
    const edited = item !== null && !chosen;
    const readiness = await this.readiness.assertMayShare(request.userId, edited);
    const findings = await this.guardrails.assertAllowed({
      text: request.text,
      network: request.network,
      language: chosen?.language ?? item?.language ?? null,
    });
    return { readiness, edited, findings };
  }

  private async liveItem(id: string) {
    const item = await this.content.get(id).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found') return null;
      throw error;
    });
    if (!item || !isLive(item, new Date())) {
      throw new DomainError('not_found', `No content item ${id} is being shared at the moment.`);
    }
    return item;
  }
}
