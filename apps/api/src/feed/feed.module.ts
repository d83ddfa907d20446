import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TopicFollow } from './entities/topic-follow.entity';
import { FeedController } from './feed.controller';
import { FeedRepository } from './feed.repository';
import { FeedService } from './feed.service';
import { NewContentNotifier } from './new-content-notifier';
import { NewContentRepository } from './new-content.repository';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';

@Module({
  imports: [TypeOrmModule.forFeature([TopicFollow]), JobsModule, NotificationsModule],
  controllers: [FeedController],
  providers: [FeedService, FeedRepository, NewContentNotifier, NewContentRepository],
  exports: [FeedService, FeedRepository, NewContentNotifier],
})
export class FeedModule {}
