import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { AccountTokensService } from './account-tokens.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  imports: [AuthModule, MailModule, AuditModule],
  controllers: [AccountsController],
  providers: [AccountsService, AccountTokensService],
  exports: [AccountsService],
})
export class AccountsModule {}
