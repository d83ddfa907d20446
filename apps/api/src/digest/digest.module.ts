import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeedModule } from '../feed/feed.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SettingsModule } from '../settings/settings.module';
import { DigestController } from './digest.controller';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import { Digest } from './entities/digest.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Digest]),
    FeedModule,
    JobsModule,
    MailModule,
    NotificationsModule,
    SettingsModule,
  ],
  controllers: [DigestController],
  providers: [DigestService, DigestRepository],
  exports: [DigestService],
})
export class DigestModule {}
