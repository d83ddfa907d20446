import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  CreateSourceDto,
  EntryPageDto,
  EntryQueryDto,
  SourceChangesDto,
  SourceDto,
  SourceParams,
} from './dto/sources.dto';
import { toEntry, toSource } from './sources.mapper';
import { SourcesService } from './sources.service';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'The feeds curators follow, with their health and new suggestions' })
  @ApiOkResponse({ type: [SourceDto] })
  async list(): Promise<SourceDto[]> {
    return (await this.sources.list()).map(({ source, newEntries }) =>
      toSource(source, newEntries),
    );
  }

  @Post()
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Follow an RSS or Atom feed; it is read at once, then on schedule' })
  @ApiCreatedResponse({ type: SourceDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already a source' })
  async create(
    @Body() input: CreateSourceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SourceDto> {
    return toSource(await this.sources.create(input, auditActor(user)), 0);
  }

  @Patch(':id')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: "Change a feed's default topics or how often it is read" })
  @UpdateRoute(SourceDto)
  async update(
    @Param() { id }: SourceParams,
    @Body() changes: SourceChangesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SourceDto> {
    return toSource(await this.sources.update(id, changes, auditActor(user)), 0);
  }

  @Delete(':id')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Stop following a feed; its suggestions go too' })
  async remove(
    @Param() { id }: SourceParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.sources.remove(id, auditActor(user));
  }

  @Post(':id/poll')
  @Roles('curator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Read a feed now, in the background' })
  @ApiOkResponse({ type: SourceDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async poll(@Param() { id }: SourceParams): Promise<SourceDto> {
    return toSource(await this.sources.pollNow(id), 0);
  }

  @Get(':id/entries')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: "One feed's suggestions (new by default)" })
  @ApiOkResponse({ type: EntryPageDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async entries(
    @Param() { id }: SourceParams,
    @Query() query: EntryQueryDto,
  ): Promise<EntryPageDto> {
    await this.sources.get(id);
    const { items, total } = await this.sources.entries({ ...query, sourceId: id });
    return { items: items.map(toEntry), total, page: query.page, pageSize: query.pageSize };
  }
}
