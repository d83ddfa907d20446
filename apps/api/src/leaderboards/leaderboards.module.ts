import { Module } from '@nestjs/common';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { PointsModule } from '../points/points.module';
import { SettingsModule } from '../settings/settings.module';
import { LeaderboardsController } from './leaderboards.controller';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardsService } from './leaderboards.service';

/** Opt-in leaderboards, department standings and a person's own rank, read from points. */
@Module({
  imports: [AdvocacyModule, PointsModule, SettingsModule],
  controllers: [LeaderboardsController],
  providers: [LeaderboardsService, LeaderboardsRepository],
})
export class LeaderboardsModule {}
