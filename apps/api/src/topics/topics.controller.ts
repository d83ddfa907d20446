import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { CreateTopicDto, TopicDto, TopicParams, UpdateTopicDto } from './dto/topic.dto';
import { TopicsService } from './topics.service';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';

@ApiTags('topics')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Every topic, by name, with how many content items carry it' })
  @ApiOkResponse({ type: [TopicDto] })
  async list(): Promise<TopicDto[]> {
    return (await this.topics.list()).map(TopicDto.withCount);
  }

  @Post()
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Add a topic, with its name in other languages if given' })
  @ApiCreatedResponse({ type: TopicDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'A name is taken in some language' })
  async create(
    @Body() body: CreateTopicDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TopicDto> {
    const topic = await this.topics.create(body, auditActor(user));
    return TopicDto.withCount({ topic, itemCount: 0 });
  }

  @Patch(':id')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Rename a topic, or change its names in other languages' })
  @UpdateRoute(TopicDto, { conflict: 'A name is taken in some language' })
  async update(
    @Param() { id }: TopicParams,
    @Body() body: UpdateTopicDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TopicDto> {
    return TopicDto.withCount(await this.topics.update(id, body, auditActor(user)));
  }

  @Delete(':id')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Delete a topic; content tagged with it loses the tag' })
  async remove(
    @Param() { id }: TopicParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.topics.remove(id, auditActor(user));
  }
}
