import { Module } from '@nestjs/common';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { ContentModule } from '../content/content.module';
import { FeedModule } from '../feed/feed.module';
import { FetchingModule } from '../fetching/fetching.module';
import { SourcesModule } from '../sources/sources.module';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsService } from './suggestions.service';

/** People suggest pages to the curators' inbox; the inbox itself is the sources module's. */
@Module({
  imports: [AdvocacyModule, ContentModule, FeedModule, FetchingModule, SourcesModule],
  controllers: [SuggestionsController],
  providers: [SuggestionsService],
})
export class SuggestionsModule {}
