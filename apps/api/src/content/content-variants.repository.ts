import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ContentVariant } from './entities/content-variant.entity';

/** Suggested posts: one per item, network (or any) and language. */
@Injectable()
export class ContentVariantsRepository {
  constructor(
    @InjectRepository(ContentVariant) private readonly variants: Repository<ContentVariant>,
  ) {}

  /** One suggested post of one item, or null. */
  findOfItem(
    itemId: string,
    id: string,
    manager: EntityManager = this.variants.manager,
  ): Promise<ContentVariant | null> {
    return manager.findOneBy(ContentVariant, { id, itemId });
  }

  /** Whether the item has a suggested post for this network and language. */
  existsFor(
    itemId: string,
    network: ContentVariant['network'],
    language: string,
    manager: EntityManager = this.variants.manager,
  ): Promise<boolean> {
    return manager.existsBy(ContentVariant, { itemId, network, language });
  }

  /** How many suggested posts the item has. */
  countOfItem(itemId: string, manager: EntityManager = this.variants.manager): Promise<number> {
    return manager.countBy(ContentVariant, { itemId });
  }

  /** Saves a new suggested post and returns it. */
  insert(
    variant: Partial<ContentVariant>,
    manager: EntityManager = this.variants.manager,
  ): Promise<ContentVariant> {
    return manager.save(manager.create(ContentVariant, variant));
  }

  async save(variant: ContentVariant, manager: EntityManager = this.variants.manager) {
    await manager.save(variant);
  }

  async delete(id: string, manager: EntityManager = this.variants.manager): Promise<void> {
    await manager.delete(ContentVariant, { id });
  }
}
