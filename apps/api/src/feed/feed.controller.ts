import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  FeedItemDto,
  FeedItemParams,
  FeedPageDto,
  FeedQueryDto,
  FollowableTopicDto,
  SuggestionDto,
  SuggestionQueryDto,
  TopicParams,
} from './dto/feed.dto';
import { FeedService } from './feed.service';

@ApiTags('feed')
@Controller()
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get('feed')
  @SignedIn()
  @ApiOperation({
    summary: 'What I can share now',
    description:
      'Approved items live now and meant for me (department, location, language): pinned ' +
      'first, then items on topics I follow, then the newest. Cursor-paginated.',
  })
  @ApiOkResponse({ type: FeedPageDto })
  async page(
    @Query() query: FeedQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FeedPageDto> {
    const page = await this.feed.page(user.id, query);
    return { items: page.items.map(FeedItemDto.from), nextCursor: page.nextCursor };
  }

  @Get('feed/:id')
  @SignedIn()
  @ApiOperation({
    summary: 'One item of my feed, as the feed shows it',
    description: 'For links that open the share dialog for an item (a digest’s buttons).',
  })
  @ApiOkResponse({ type: FeedItemDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The item is not being shared to me' })
  async item(
    @Param() { id }: FeedItemParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FeedItemDto> {
    return FeedItemDto.from(await this.feed.entry(user.id, id));
  }

  @Get('feed/:id/suggestion')
  @SignedIn()
  @ApiOperation({
    summary: 'The suggested post offered to me for an item and a network',
    description:
      'Colleagues are offered different variants, so that they do not all post the same text.',
  })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The item is not being shared to me' })
  async suggestion(
    @Param() { id }: FeedItemParams,
    @Query() { network }: SuggestionQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SuggestionDto> {
    return SuggestionDto.from(await this.feed.suggestion(user.id, id, network));
  }

  @Get('me/topics')
  @SignedIn()
  @ApiOperation({ summary: 'Every topic, and whether I follow it' })
  @ApiOkResponse({ type: [FollowableTopicDto] })
  async topics(@CurrentUser() user: AuthenticatedUser): Promise<FollowableTopicDto[]> {
    return (await this.feed.topics(user.id)).map(({ topic, followed }) => ({
      id: topic.id,
      name: topic.name,
      names: topic.names,
      followed,
    }));
  }

  @Put('me/topics/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Follow a topic: its items come first in my feed, after pinned ones' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  async follow(@Param() { id }: TopicParams, @CurrentUser() user: AuthenticatedUser) {
    await this.feed.follow(user.id, id);
  }

  @Delete('me/topics/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop following a topic' })
  @ApiNoContentResponse()
  async unfollow(@Param() { id }: TopicParams, @CurrentUser() user: AuthenticatedUser) {
    await this.feed.unfollow(user.id, id);
  }
}
