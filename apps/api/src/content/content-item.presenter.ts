import { Injectable } from '@nestjs/common';
import type { ContentActionViewer } from '@chorus/core';
import { ContentWorkflowService } from './content-workflow.service';
import { toItem } from './content.mapper';
import type { ContentItemDto } from './dto/content.dto';
import type { ContentItem } from './entities/content-item.entity';
import { ItemCredits } from './item-credits';

/**
 * An item as `viewer` sees it: with the workflow steps they may take, and why not the others,
 * and who suggested the page when a person did.
 */
@Injectable()
export class ContentItemPresenter {
  constructor(
    private readonly workflow: ContentWorkflowService,
    private readonly credits: ItemCredits,
  ) {}

  /** Expects the relations ContentRepository.findFull loads. */
  async present(item: ContentItem, viewer: ContentActionViewer): Promise<ContentItemDto> {
    const [checks, suggester] = await Promise.all([
      this.workflow.checks(item, viewer),
      this.credits.suggesterOf(item.id),
    ]);
    return toItem(item, checks, suggester);
  }
}
