import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { SettingsModule } from '../settings/settings.module';
import { MailDelivery } from './entities/mail-delivery.entity';
import { OutboxMessage } from './entities/outbox-message.entity';
import { MailDeliveriesRepository } from './mail-deliveries.repository';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([OutboxMessage, MailDelivery]),
    SettingsModule,
    JobsModule,
    AuditModule,
  ],
  controllers: [OutboxController],
  providers: [MailService, OutboxRepository, MailDeliveriesRepository],
  exports: [MailService],
})
export class MailModule {}
