import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FetchingModule } from '../fetching/fetching.module';
import { GroupsModule } from '../groups/groups.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TopicsModule } from '../topics/topics.module';
import { ChannelsController } from './channels.controller';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';
import { ChatDeliveryService } from './chat-delivery.service';
import { ChatChannel } from './entities/chat-channel.entity';
import { WebhookCipher } from './webhook-cipher';

/**
 * Slack and Teams channels: admins connect them, approved items and new reports are posted to
 * them. Content and escalations import it to queue their messages in their own transactions.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChatChannel]),
    AuditModule,
    FetchingModule,
    GroupsModule,
    JobsModule,
    NotificationsModule,
    TopicsModule,
  ],
  controllers: [ChannelsController],
  providers: [ChannelsService, ChannelsRepository, ChatDeliveryService, WebhookCipher],
  // The demo writes its channels as the API keeps them.
  exports: [ChatDeliveryService, ChannelsRepository, WebhookCipher],
})
export class ChannelsModule {}
