import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ContentModule } from '../content/content.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder.service';

/** Demo mode: imported by the application only when CHORUS_DEMO is on. */
@Module({
  imports: [UsersModule, AccountsModule, ContentModule],
  providers: [DemoSeeder],
})
export class DemoModule {}
