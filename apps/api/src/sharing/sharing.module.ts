import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { AuditModule } from '../audit/audit.module';
import { FeedModule } from '../feed/feed.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { SettingsModule } from '../settings/settings.module';
import { TrackingModule } from '../tracking/tracking.module';
import { Share } from './entities/share.entity';
import { ShareGateService } from './share-gate.service';
import { SharesRepository } from './shares.repository';
import { SharesService } from './shares.service';
import { SharingController } from './sharing.controller';
import { PointsModule } from '../points/points.module';

@Module({
  imports: [
    PointsModule,
    TypeOrmModule.forFeature([Share]),
    AdvocacyModule,
    FeedModule,
    GuardrailsModule,
    SettingsModule,
    TrackingModule,
    AuditModule,
  ],
  controllers: [SharingController],
  providers: [ShareGateService, SharesService, SharesRepository],
  exports: [SharesRepository],
})
export class SharingModule {}
