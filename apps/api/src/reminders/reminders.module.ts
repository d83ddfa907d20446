import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SettingsModule } from '../settings/settings.module';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

/** The hourly reminders: to share after a quiet spell, to sign the policy, to review. */
@Module({
  imports: [JobsModule, FeedModule, SettingsModule, NotificationsModule],
  providers: [RemindersService, RemindersRepository],
  exports: [RemindersService],
})
export class RemindersModule {}
