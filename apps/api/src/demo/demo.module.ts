import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { ChannelsModule } from '../channels/channels.module';
import { ContentModule } from '../content/content.module';
import { DigestModule } from '../digest/digest.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { FeedModule } from '../feed/feed.module';
import { GroupsModule } from '../groups/groups.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { Notification } from '../notifications/entities/notification.entity';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { PointsModule } from '../points/points.module';
import { PolicyModule } from '../policy/policy.module';
import { ProfileModule } from '../profile/profile.module';
import { RemindersModule } from '../reminders/reminders.module';
import { SettingsModule } from '../settings/settings.module';
import { SharingModule } from '../sharing/sharing.module';
import { SourcesModule } from '../sources/sources.module';
import { TopicsModule } from '../topics/topics.module';
import { TrackingModule } from '../tracking/tracking.module';
import { TrainingModule } from '../training/training.module';
import { UsersModule } from '../users/users.module';
import { DemoAdvocacy } from './demo-advocacy';
import { DemoChannels } from './demo-channels';
import { DemoCompany } from './demo-company';
import { DemoContent } from './demo-content';
import { DemoNotifications } from './demo-notifications';
import { DemoNotificationsRepository } from './demo-notifications.repository';
import { DemoChallenges } from './demo-challenges';
import { DemoPoints } from './demo-points';
import { DemoReports } from './demo-reports';
import { DemoSeeder } from './demo-seeder.service';
import { DemoSharing } from './demo-sharing';
import { DemoSources } from './demo-sources';

/** Demo mode: imported by the application only when CHORUS_DEMO is on. */
@Module({
  imports: [
    UsersModule,
    GroupsModule,
    ProfileModule,
    AccountsModule,
    AuditModule,
    TopicsModule,
    CampaignsModule,
    ChallengesModule,
    SourcesModule,
    ContentModule,
    DigestModule,
    GuardrailsModule,
    PolicyModule,
    TrainingModule,
    AdvocacyModule,
    RemindersModule,
    EscalationsModule,
    ChannelsModule,
    FeedModule,
    SettingsModule,
    SharingModule,
    TrackingModule,
    PointsModule,
    TypeOrmModule.forFeature([Notification]),
  ],
  providers: [
    DemoSeeder,
    DemoCompany,
    DemoContent,
    DemoAdvocacy,
    DemoReports,
    DemoSources,
    DemoSharing,
    DemoNotifications,
    DemoNotificationsRepository,
    NotificationsRepository,
    DemoChannels,
    DemoChallenges,
    DemoPoints,
  ],
})
export class DemoModule {}
