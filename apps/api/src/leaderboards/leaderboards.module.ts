import { Module } from '@nestjs/common';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { SettingsModule } from '../settings/settings.module';
import { LeaderboardsController } from './leaderboards.controller';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardsService } from './leaderboards.service';

/** Opt-in leaderboards, department standings and a person's own rank, read from points. */
@Module({
  imports: [AdvocacyModule, SettingsModule],
  controllers: [LeaderboardsController],
  providers: [LeaderboardsService, LeaderboardsRepository],
})
export class LeaderboardsModule {}
