import { Injectable } from '@nestjs/common';
import type { ContentActionViewer } from '@chorus/core';
import { ContentWorkflowService } from './content-workflow.service';
import { toItem } from './content.mapper';
import type { ContentItemDto } from './dto/content.dto';
import type { ContentItem } from './entities/content-item.entity';

/** An item as `viewer` sees it: with the workflow steps they may take, and why not the others. */
@Injectable()
export class ContentItemPresenter {
  constructor(private readonly workflow: ContentWorkflowService) {}

  /** Expects the relations ContentRepository.findFull loads. */
  async present(item: ContentItem, viewer: ContentActionViewer): Promise<ContentItemDto> {
    return toItem(item, await this.workflow.checks(item, viewer));
  }
}
