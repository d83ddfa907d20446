import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ContentModule } from '../content/content.module';
import { UsersModule } from '../users/users.module';
import { FirstRunService } from './first-run.service';

@Module({
  imports: [UsersModule, AccountsModule, ContentModule],
  providers: [FirstRunService],
  exports: [FirstRunService],
})
export class DemoModule {}
