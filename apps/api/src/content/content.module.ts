import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { GroupsModule } from '../groups/groups.module';
import { JobsModule } from '../jobs/jobs.module';
import { SettingsModule } from '../settings/settings.module';
import { TopicsModule } from '../topics/topics.module';
import { ContentVariantsController } from './content-variants.controller';
import { ContentVariantsService } from './content-variants.service';
import { ContentWorkflowService } from './content-workflow.service';
import { ContentController } from './content.controller';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';
import { ContentItem } from './entities/content-item.entity';
import { ContentVariant } from './entities/content-variant.entity';
import { UnfurlService } from './unfurl/unfurl.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ContentItem, ContentVariant]),
    AuditModule,
    JobsModule,
    GroupsModule,
    TopicsModule,
    CampaignsModule,
    SettingsModule,
    GuardrailsModule,
  ],
  controllers: [ContentController, ContentVariantsController],
  providers: [
    ContentService,
    ContentRepository,
    ContentWorkflowService,
    ContentVariantsService,
    UnfurlService,
  ],
  exports: [ContentService],
})
export class ContentModule {}
