import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ChannelsModule } from '../channels/channels.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { GroupsModule } from '../groups/groups.module';
import { JobsModule } from '../jobs/jobs.module';
import { SettingsModule } from '../settings/settings.module';
import { TopicsModule } from '../topics/topics.module';
import { ContentItemPresenter } from './content-item.presenter';
import { ContentNotifier } from './content-notifier';
import { ContentVariantsController } from './content-variants.controller';
import { ContentVariantsRepository } from './content-variants.repository';
import { ContentVariantsService } from './content-variants.service';
import { ContentWorkflowService } from './content-workflow.service';
import { ContentController } from './content.controller';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';
import { ContentItem } from './entities/content-item.entity';
import { ContentThumbnail } from './entities/content-thumbnail.entity';
import { ContentVariant } from './entities/content-variant.entity';
import { ThumbnailsController } from './thumbnails/thumbnails.controller';
import { ThumbnailsRepository } from './thumbnails/thumbnails.repository';
import { ThumbnailsService } from './thumbnails/thumbnails.service';
import { UnfurlService } from './unfurl/unfurl.service';
import { FetchingModule } from '../fetching/fetching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { PointsModule } from '../points/points.module';

@Module({
  imports: [
    PointsModule,
    FetchingModule,
    TypeOrmModule.forFeature([ContentItem, ContentVariant, ContentThumbnail]),
    AuditModule,
    JobsModule,
    GroupsModule,
    TopicsModule,
    CampaignsModule,
    ChannelsModule,
    SettingsModule,
    GuardrailsModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [ContentController, ContentVariantsController, ThumbnailsController],
  providers: [
    ContentService,
    ContentRepository,
    ContentWorkflowService,
    ContentNotifier,
    ContentItemPresenter,
    ContentVariantsService,
    ContentVariantsRepository,
    UnfurlService,
    ThumbnailsRepository,
    ThumbnailsService,
  ],
  exports: [ContentService, ThumbnailsService, ContentRepository, ContentVariantsRepository],
})
export class ContentModule {}
