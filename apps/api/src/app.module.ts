import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ChannelsModule } from './channels/channels.module';
import { ContentModule } from './content/content.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo';
import { GroupsModule } from './groups/groups.module';
import { HealthModule } from './health/health.module';
import { HousekeepingModule } from './housekeeping/housekeeping.module';
import { LoggingModule } from './logging/logging.module';
import { MailFailureAlertsModule } from './mail/failure-alerts/mail-failure-alerts';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeopleModule } from './people/people.module';
import { ProfileModule } from './profile/profile.module';
import { SettingsModule } from './settings/settings.module';
import { SourcesModule } from './sources/sources.module';
import { SuggestionsModule } from './suggestions/suggestions.module';
import { SsoModule } from './sso/sso.module';
import { TopicsModule } from './topics/topics.module';
import { UsersModule } from './users/users.module';
import { TrainingModule } from './training/training.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { SharingModule } from './sharing/sharing.module';
import { FeedModule } from './feed/feed.module';
import { TrackingModule } from './tracking/tracking.module';
import { PolicyModule } from './policy/policy.module';
import { GuardrailsModule } from './guardrails/guardrails.module';
import { EscalationsModule } from './escalations/escalations.module';
import { AdvocacyModule } from './advocacy/advocacy.module';
import { RemindersModule } from './reminders/reminders.module';
import { DigestModule } from './digest/digest.module';
import { ChallengesModule } from './challenges/challenges.module';
import { DatabaseModule } from './database/transactions';
import { ClockModule } from './common/clock';
import { PointsModule } from './points/points.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 0 }),
        DatabaseModule,
        ClockModule,
        AuthModule,
        UsersModule,
        AuditModule,
        MailModule,
        NotificationsModule,
        MailFailureAlertsModule,
        GroupsModule,
        AccountsModule,
        PeopleModule,
        ProfileModule,
        SsoModule,
        HousekeepingModule,
        SettingsModule,
        TopicsModule,
        CampaignsModule,
        ContentModule,
        SourcesModule,
        SuggestionsModule,
        GuardrailsModule,
        PolicyModule,
        TrainingModule,
        AdvocacyModule,
        DigestModule,
        FeedModule,
        TrackingModule,
        SharingModule,
        AnalyticsModule,
        LeaderboardsModule,
        EscalationsModule,
        RemindersModule,
        PointsModule,
        ChallengesModule,
        ChannelsModule,
        HealthModule,
        // The demo fills an empty database in demo mode; otherwise accounts' FirstAdminService does.
        ...(config.demo ? [DemoModule] : []),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
