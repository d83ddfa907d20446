import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { measurePost, POST_LENGTH_RULES, type VariantNetwork } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { GuardrailsService } from '../guardrails/guardrails.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { assertEditable } from './content-rules';
import { ContentVariantsRepository } from './content-variants.repository';
import { ContentRepository } from './content.repository';
import { VariantInputDto } from './dto/content-input.dto';
import { ContentItem } from './entities/content-item.entity';
import { ContentVariant } from './entities/content-variant.entity';

/**
 * Suggested posts: one per network (or any) and language, each within its network's limit and
 * clear of the guardrails.
 */
@Injectable()
export class ContentVariantsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly content: ContentRepository,
    private readonly variants: ContentVariantsRepository,
    private readonly audit: AuditService,
    private readonly guardrails: GuardrailsService,
  ) {}

  async add(itemId: string, input: VariantInputDto, actor: AuditActor): Promise<ContentVariant> {
    return this.transactions.run(async (manager) => {
      const item = await this.editableItem(manager, itemId);
      await this.assertFree(manager, itemId, input);
      await this.assertAllowed(input, item);
      const variant = await this.variants.insert({ itemId, ...input }, manager);
      await this.record(manager, actor, item, 'content.variant_saved', input);
      return variant;
    });
  }

  async update(
    itemId: string,
    variantId: string,
    input: VariantInputDto,
    actor: AuditActor,
  ): Promise<ContentVariant> {
    return this.transactions.run(async (manager) => {
      const item = await this.editableItem(manager, itemId);
      const variant = await this.variant(manager, itemId, variantId);
      if (variant.network !== input.network || variant.language !== input.language) {
        await this.assertFree(manager, itemId, input);
      }
      await this.assertAllowed(input, item);
      Object.assign(variant, input);
      await this.variants.save(variant, manager);
      await this.record(manager, actor, item, 'content.variant_saved', input);
      return variant;
    });
  }

  async remove(itemId: string, variantId: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const item = await this.editableItem(manager, itemId);
      const variant = await this.variant(manager, itemId, variantId);
      await this.variants.delete(variant.id, manager);
      await this.record(manager, actor, item, 'content.variant_deleted', variant);
    });
  }

  /**
   * A suggested post fits its network and passes the guardrails employees' shares pass: a post
   * that every advocate would be refused cannot be suggested.
   */
  private async assertAllowed(input: VariantInputDto, item: ContentItem): Promise<void> {
    assertFits(input.text, input.network, item);
    await this.guardrails.assertAllowed({ ...input, link: item.canonicalUrl ?? item.url });
  }

  private async editableItem(manager: EntityManager, itemId: string): Promise<ContentItem> {
    // Locked like the workflow locks it: a post cannot change while the item is being reviewed.
    const item = await this.content.findForUpdate(itemId, manager);
    if (!item) throw new DomainError('not_found', 'errors:content.notFound', { id: itemId });
    assertEditable(item.status, true);
    return item;
  }

  private async variant(manager: EntityManager, itemId: string, id: string) {
    const variant = await this.variants.findOfItem(itemId, id, manager);
    if (!variant) throw new DomainError('not_found', 'errors:content.variantNotFound', { id });
    return variant;
  }

  private async assertFree(manager: EntityManager, itemId: string, input: VariantInputDto) {
    const taken = await this.variants.existsFor(itemId, input.network, input.language, manager);
    if (taken) {
      throw new DomainError('conflict', 'errors:content.variantTaken', {
        network: input.network,
        language: input.language,
      });
    }
  }

  private record(
    manager: EntityManager,
    actor: AuditActor,
    item: ContentItem,
    action: 'content.variant_saved' | 'content.variant_deleted',
    variant: { network: string; language: string; text: string },
  ) {
    return this.audit.record(
      {
        actor,
        action,
        target: { type: 'content', id: item.id, label: item.title ?? item.url },
        summary: { network: variant.network, language: variant.language, text: variant.text },
      },
      manager,
    );
  }
}

/** Refuses a post longer than its network allows, saying by how much. */
function assertFits(text: string, network: VariantNetwork, item: ContentItem): void {
  const measured = measurePost(text, network, item.canonicalUrl ?? item.url);
  if (!measured.over) return;
  const rule = network === 'any' ? undefined : POST_LENGTH_RULES[network];
  const figures = { network, length: measured.length, limit: measured.limit ?? 0 };
  if (rule?.unit === 'weighted') {
    throw new DomainError('unprocessable', 'errors:content.tooLongForX', {
      ...figures,
      linkWeight: rule.linkWeight ?? 1,
    });
  }
  if (rule?.unit === 'emojiBytes') {
    throw new DomainError('unprocessable', 'errors:content.tooLongForThreads', figures);
  }
  if (rule?.linkWeight) {
    throw new DomainError('unprocessable', 'errors:content.tooLongForMastodon', {
      ...figures,
      linkWeight: rule.linkWeight,
    });
  }
  throw new DomainError(
    'unprocessable',
    network === 'any' ? 'errors:content.tooLongAnywhere' : 'errors:content.tooLong',
    figures,
  );
}
