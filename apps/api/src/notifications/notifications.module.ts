import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { SettingsModule } from '../settings/settings.module';
import { NotificationPreferences } from './entities/notification-preferences.entity';
import { Notification } from './entities/notification.entity';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { UnsubscribeService } from './unsubscribe.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, NotificationPreferences]),
    MailModule,
    SettingsModule,
  ],
  providers: [
    NotificationsService,
    NotificationsRepository,
    NotificationPreferencesRepository,
    UnsubscribeService,
  ],
  exports: [NotificationsService, UnsubscribeService],
})
export class NotificationsModule {}
