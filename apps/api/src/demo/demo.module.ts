import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContentModule } from '../content/content.module';
import { DigestModule } from '../digest/digest.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { FeedModule } from '../feed/feed.module';
import { GroupsModule } from '../groups/groups.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { PolicyModule } from '../policy/policy.module';
import { ProfileModule } from '../profile/profile.module';
import { SettingsModule } from '../settings/settings.module';
import { SharingModule } from '../sharing/sharing.module';
import { SourcesModule } from '../sources/sources.module';
import { TopicsModule } from '../topics/topics.module';
import { TrackingModule } from '../tracking/tracking.module';
import { TrainingModule } from '../training/training.module';
import { UsersModule } from '../users/users.module';
import { DemoAdvocacy } from './demo-advocacy';
import { DemoCompany } from './demo-company';
import { DemoContent } from './demo-content';
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
    SourcesModule,
    ContentModule,
    DigestModule,
    GuardrailsModule,
    PolicyModule,
    TrainingModule,
    AdvocacyModule,
    EscalationsModule,
    FeedModule,
    SettingsModule,
    SharingModule,
    TrackingModule,
  ],
  providers: [
    DemoSeeder,
    DemoCompany,
    DemoContent,
    DemoAdvocacy,
    DemoReports,
    DemoSources,
    DemoSharing,
  ],
})
export class DemoModule {}
