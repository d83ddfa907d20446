import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { GroupsModule } from '../groups/groups.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SettingsModule } from '../settings/settings.module';
import { TopicsModule } from '../topics/topics.module';
import { UsersModule } from '../users/users.module';
import { ChallengeEnder } from './challenge-ender';
import { ChallengesController } from './challenges.controller';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';
import { Challenge } from './entities/challenge.entity';

/** Curators' time-boxed team goals, their progress, and the hourly job that ends them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Challenge]),
    AuditModule,
    CampaignsModule,
    TopicsModule,
    GroupsModule,
    UsersModule,
    SettingsModule,
    JobsModule,
    NotificationsModule,
  ],
  controllers: [ChallengesController],
  providers: [ChallengesService, ChallengesRepository, ChallengeEnder],
  exports: [ChallengesService, ChallengesRepository],
})
export class ChallengesModule {}
