import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { PolicyModule } from '../policy/policy.module';
import { SourcesModule } from '../sources/sources.module';
import { TrainingModule } from '../training/training.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { SocialProfile } from './entities/social-profile.entity';
import { ProfileController } from './profile.controller';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SocialProfile]),
    UsersModule,
    AuditModule,
    AuthModule,
    AccountsModule,
    MailModule,
    AdvocacyModule,
    PolicyModule,
    TrainingModule,
    EscalationsModule,
    NotificationsModule,
    SourcesModule,
  ],
  controllers: [ProfileController],
  providers: [ProfileService, ProfileRepository],
  exports: [ProfileRepository],
})
export class ProfileModule {}
