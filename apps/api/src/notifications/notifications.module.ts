import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { SettingsModule } from '../settings/settings.module';
import { UsersModule } from '../users/users.module';
import { NotificationPreferences } from './entities/notification-preferences.entity';
import { Notification } from './entities/notification.entity';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, NotificationPreferences]),
    MailModule,
    SettingsModule,
    UsersModule,
  ],
  controllers: [NotificationsController, NotificationPreferencesController, UnsubscribeController],
  providers: [
    NotificationPreferencesService,
    NotificationsService,
    NotificationsRepository,
    NotificationPreferencesRepository,
    UnsubscribeService,
  ],
  exports: [NotificationsService, NotificationPreferencesService, UnsubscribeService],
})
export class NotificationsModule {}
