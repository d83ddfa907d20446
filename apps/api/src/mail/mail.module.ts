import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { OutboxMessage } from './entities/outbox-message.entity';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage]), SettingsModule],
  controllers: [OutboxController],
  providers: [MailService, OutboxRepository],
  exports: [MailService],
})
export class MailModule {}
