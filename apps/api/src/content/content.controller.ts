import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CONTENT_CURATOR_ROLES, type ContentAction } from '@chorus/core';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { ContentItemPresenter } from './content-item.presenter';
import { ContentWorkflowService } from './content-workflow.service';
import { toSummary } from './content.mapper';
import { ContentService } from './content.service';
import {
  ContentParams,
  ContentQueryDto,
  CreateContentDto,
  RejectContentDto,
  UpdateContentDto,
} from './dto/content-input.dto';
import { ContentItemDto, ContentPageDto } from './dto/content.dto';
import { UpdateRoute } from '../openapi/routes';

/** Curators (and admins) curate; employees and analysts do not. */
const CURATORS = CONTENT_CURATOR_ROLES;

@ApiTags('content')
@Controller('content')
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly workflow: ContentWorkflowService,
    private readonly presenter: ContentItemPresenter,
  ) {}

  @Get()
  @Roles(...CURATORS)
  @ApiOperation({ summary: "The curators' queue: filter by status, kind, topic, campaign, author" })
  @ApiOkResponse({ type: ContentPageDto })
  async list(@Query() query: ContentQueryDto): Promise<ContentPageDto> {
    const { items, total, counts } = await this.content.search(query);
    return {
      items: items.map(toSummary),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts,
    };
  }

  @Post()
  @Roles(...CURATORS)
  @ApiOperation({
    summary: 'Add a page as a draft; its title, summary and image are read in the background',
  })
  @ApiCreatedResponse({ type: ContentItemDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already an item; details.id names it' })
  async create(
    @Body() input: CreateContentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContentItemDto> {
    return this.presenter.present(await this.content.create(input, auditActor(user)), user);
  }

  @Get(':id')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'One item with its variants, targeting and workflow state' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(
    @Param() { id }: ContentParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContentItemDto> {
    return this.presenter.present(await this.content.get(id), user);
  }

  @Patch(':id')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'Edit an item; fields set here are kept when the page is read again' })
  @UpdateRoute(ContentItemDto, { conflict: 'Archived, or the text of an approved item' })
  async update(
    @Param() { id }: ContentParams,
    @Body() changes: UpdateContentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContentItemDto> {
    return this.presenter.present(await this.content.update(id, changes, auditActor(user)), user);
  }

  @Post(':id/unfurl')
  @Roles(...CURATORS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Read the page again in the background' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto })
  async refresh(
    @Param() { id }: ContentParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContentItemDto> {
    return this.presenter.present(await this.content.refresh(id), user);
  }

  @Post(':id/submit')
  @Roles(...CURATORS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a draft for review (it needs at least one suggested post)' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No content item with that id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Not a draft; the message says its state' })
  @ApiUnprocessableEntityResponse({ type: ErrorDto, description: 'No suggested post yet' })
  submit(@Param() { id }: ContentParams, @CurrentUser() user: AuthenticatedUser) {
    return this.act(id, 'submit', user);
  }

  @Post(':id/approve')
  @Roles(...CURATORS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve an item in review; with four-eyes on, not your own' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'Four-eyes approval: you wrote it' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No content item with that id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Not in review' })
  approve(@Param() { id }: ContentParams, @CurrentUser() user: AuthenticatedUser) {
    return this.act(id, 'approve', user);
  }

  @Post(':id/reject')
  @Roles(...CURATORS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Send an item in review back to draft, saying why' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No content item with that id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Not in review' })
  reject(
    @Param() { id }: ContentParams,
    @Body() body: RejectContentDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.act(id, 'reject', user, body.reason);
  }

  @Post(':id/archive')
  @Roles(...CURATORS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive an item: employees no longer see it' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No content item with that id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already archived' })
  archive(@Param() { id }: ContentParams, @CurrentUser() user: AuthenticatedUser) {
    return this.act(id, 'archive', user);
  }

  private async act(
    id: string,
    action: ContentAction,
    user: AuthenticatedUser,
    reason?: string,
  ): Promise<ContentItemDto> {
    await this.workflow.act(id, action, { ...auditActor(user), roles: user.roles }, reason);
    return this.presenter.present(await this.content.get(id), user);
  }
}
