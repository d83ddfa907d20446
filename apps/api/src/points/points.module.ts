import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { BadgeNotifier } from './badge-notifier';
import { PointsRepository } from './points.repository';
import { PointsService } from './points.service';

/** Points and badges: derived from facts by recounts, served to people and leaderboards. */
@Module({
  imports: [JobsModule, NotificationsModule],
  providers: [PointsService, PointsRepository, BadgeNotifier],
  exports: [PointsService],
})
export class PointsModule {}
