import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountTokensService } from './account-tokens.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AccountToken } from './entities/account-token.entity';
import { FirstAdminService } from './first-admin.service';
import { InvitationNotifier } from './invitation-notifier';
import { NotificationsModule } from '../notifications/notifications.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([AccountToken]),
    AuthModule,
    MailModule,
    AuditModule,
    UsersModule,
    NotificationsModule,
  ],
  controllers: [AccountsController],
  providers: [
    AccountsService,
    AccountTokensService,
    AccountTokensRepository,
    FirstAdminService,
    InvitationNotifier,
  ],
  exports: [AccountsService, AccountTokensService],
})
export class AccountsModule {}
