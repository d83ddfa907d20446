import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PolicyAcknowledgment } from './entities/policy-acknowledgment.entity';
import { PolicyVersion } from './entities/policy-version.entity';
import { PolicyReportsService } from './policy-reports.service';
import { PolicyController } from './policy.controller';
import { PolicyRepository } from './policy.repository';
import { PolicyService } from './policy.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { PolicyNotifier } from './policy-notifier';

@Module({
  imports: [
    TypeOrmModule.forFeature([PolicyVersion, PolicyAcknowledgment]),
    AuditModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [PolicyController],
  providers: [PolicyService, PolicyRepository, PolicyReportsService, PolicyNotifier],
  exports: [PolicyService, PolicyRepository],
})
export class PolicyModule {}
