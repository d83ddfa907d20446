import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SettingsModule } from '../settings/settings.module';
import { PointRulesService } from './point-rules.service';
import { PointsController } from './points.controller';
import { BadgeNotifier } from './badge-notifier';
import { PointsRepository } from './points.repository';
import { PointsService } from './points.service';

/** Points and badges: derived from facts by recounts, served to people and leaderboards. */
@Module({
  imports: [JobsModule, NotificationsModule, SettingsModule, AuditModule],
  controllers: [PointsController],
  providers: [PointsService, PointRulesService, PointsRepository, BadgeNotifier],
  exports: [PointsService, PointRulesService],
})
export class PointsModule {}
