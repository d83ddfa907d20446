import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PolicyModule } from '../policy/policy.module';
import { SettingsModule } from '../settings/settings.module';
import { TrainingModule } from '../training/training.module';
import { AdvocacyController } from './advocacy.controller';
import { EnrollmentRepository } from './enrollment.repository';
import { EnrollmentService } from './enrollment.service';
import { Enrollment } from './entities/enrollment.entity';
import { ReadinessService } from './readiness.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Enrollment]),
    AuditModule,
    PolicyModule,
    TrainingModule,
    SettingsModule,
  ],
  controllers: [AdvocacyController],
  providers: [EnrollmentService, EnrollmentRepository, ReadinessService],
  exports: [ReadinessService, EnrollmentService, EnrollmentRepository],
})
export class AdvocacyModule {}
