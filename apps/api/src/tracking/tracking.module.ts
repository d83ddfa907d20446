import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { ClickJournal } from './click-journal';
import { ClickStorage } from './click-storage';
import { ClickWriter } from './click-writer';
import { ClicksRepository } from './clicks.repository';
import { ClickEvent } from './entities/click-event.entity';
import { VisitorSalt } from './entities/visitor-salt.entity';
import { LinkResolver } from './link-resolver';
import { TrackedLinkHandler } from './tracked-link-handler';
import { TrackedLinksRepository } from './tracked-links.repository';
import { VisitorHasher } from './visitor-hasher';
import { VisitorSaltsRepository } from './visitor-salts.repository';
import { PointsModule } from '../points/points.module';

/** Tracked links (/r/{code}): the redirect, click classification and batched click events. */
@Module({
  imports: [PointsModule, TypeOrmModule.forFeature([ClickEvent, VisitorSalt]), SettingsModule],
  providers: [
    LinkResolver,
    ClickWriter,
    ClickStorage,
    ClickJournal,
    VisitorHasher,
    TrackedLinkHandler,
    ClicksRepository,
    TrackedLinksRepository,
    VisitorSaltsRepository,
  ],
  exports: [
    ClicksRepository,
    TrackedLinkHandler,
    LinkResolver,
    ClickWriter,
    ClickStorage,
    ClickJournal,
    VisitorHasher,
  ],
})
export class TrackingModule {}
