import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContentItem } from './entities/content-item.entity';

/** Who suggested a page that became an item, and what follows its approval for them. */
export interface ItemCreditKeeper {
  /** The person an item credits for suggesting its page, when a person did, or null. */
  suggesterOf(itemId: string): Promise<{ id: string; name: string } | null>;
  /** `item` was just approved, in the transaction `manager` runs. */
  itemApproved(item: ContentItem, manager: EntityManager): Promise<void>;
}

/**
 * The credit people earn for pages they suggested. Suggestions are the inbox's (the sources
 * module, which makes items and so depends on content): the inbox registers itself here, and
 * content asks through this without reading the inbox's table or importing its module. With
 * nothing registered (content alone, in a unit test), no item credits anyone.
 */
@Injectable()
export class ItemCredits {
  private keeper: ItemCreditKeeper | null = null;

  /** Called once, by the module that keeps suggestions. */
  keptBy(keeper: ItemCreditKeeper): void {
    if (this.keeper && this.keeper !== keeper) {
      throw new Error('Item credits are kept by one module only.');
    }
    this.keeper = keeper;
  }

  suggesterOf(itemId: string): Promise<{ id: string; name: string } | null> {
    return this.keeper ? this.keeper.suggesterOf(itemId) : Promise.resolve(null);
  }

  async itemApproved(item: ContentItem, manager: EntityManager): Promise<void> {
    await this.keeper?.itemApproved(item, manager);
  }
}
