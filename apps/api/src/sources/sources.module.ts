import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ContentModule } from '../content/content.module';
import { JobsModule } from '../jobs/jobs.module';
import { TopicsModule } from '../topics/topics.module';
import { SourceEntriesController } from './source-entries.controller';
import { SourcePollingService } from './source-polling.service';
import { SourcesController } from './sources.controller';
import { SourcesRepository } from './sources.repository';
import { SourcesService } from './sources.service';
import { FetchingModule } from '../fetching/fetching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PointsModule } from '../points/points.module';
import { UsersModule } from '../users/users.module';
import { SourceNotifier } from './source-notifier';
import { SuggestionCredits } from './suggestion-credits';

@Module({
  imports: [
    FetchingModule,
    AuditModule,
    ContentModule,
    JobsModule,
    TopicsModule,
    NotificationsModule,
    PointsModule,
    UsersModule,
  ],
  controllers: [SourcesController, SourceEntriesController],
  providers: [
    SourcesService,
    SourcePollingService,
    SourcesRepository,
    SourceNotifier,
    SuggestionCredits,
  ],
  exports: [SourcesService, SourcesRepository],
})
export class SourcesModule {}
