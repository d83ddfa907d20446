import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsModule } from '../channels/channels.module';
import { EscalationEvent } from './entities/escalation-event.entity';
import { Escalation } from './entities/escalation.entity';
import { EscalationsController } from './escalations.controller';
import { EscalationsRepository } from './escalations.repository';
import { EscalationsService } from './escalations.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { EscalationNotifier } from './escalation-notifier';

@Module({
  imports: [
    TypeOrmModule.forFeature([Escalation, EscalationEvent]),
    NotificationsModule,
    ChannelsModule,
  ],
  controllers: [EscalationsController],
  providers: [EscalationsService, EscalationsRepository, EscalationNotifier],
  exports: [EscalationsService, EscalationsRepository],
})
export class EscalationsModule {}
