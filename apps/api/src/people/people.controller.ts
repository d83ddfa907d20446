import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { DomainError } from '../common/domain-error';
import { ErrorDto } from '../common/error-response.dto';
import { UserDto } from '../users/dto/user.dto';
import { PeoplePageDto } from './dto/people-page.dto';
import { PeopleQueryDto } from './dto/people-query.dto';
import { InvitePersonDto, PersonParams, UpdatePersonDto } from './dto/person-changes.dto';
import { ImportOptionsDto, ImportReportDto } from './import/dto/import.dto';
import { PeopleImportService } from './import/people-import.service';
import { PeopleService } from './people.service';
import { UpdateRoute } from '../openapi/routes';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly imports: PeopleImportService,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Search people by name or email; filter by role, status and group' })
  @ApiOkResponse({ type: PeoplePageDto })
  async list(@Query() query: PeopleQueryDto): Promise<PeoplePageDto> {
    const { items, total } = await this.people.search(query);
    return { items: items.map(UserDto.from), total, page: query.page, pageSize: query.pageSize };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Invite someone: they are mailed a link (7 days, single use) to choose a password',
  })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The email address is taken' })
  async invite(
    @Body() invitation: InvitePersonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserDto> {
    return UserDto.from(await this.people.invite(invitation, auditActor(user)));
  }

  @Post('import')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import people from CSV: email,name,department,location,language,roles',
    description:
      'An upsert keyed by email. With dryRun=true it reports what would happen and writes nothing; otherwise it applies everything or, when any line has a problem, nothing (422 with the report in details). Empty cells keep what an existing person has.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'The file cannot be read' })
  @ApiPayloadTooLargeResponse({ type: ErrorDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'Lines with problems; nothing written',
  })
  @ApiConflictResponse({ type: ErrorDto, description: 'It would leave no administrator' })
  importPeople(
    @Query() options: ImportOptionsDto,
    @Req() request: FastifyRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportReportDto> {
    if (!Buffer.isBuffer(request.body)) {
      throw new DomainError('invalid_file', 'errors:people.csvBody');
    }
    return this.imports.run(request.body, options, auditActor(user));
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'One person' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@Param() { id }: PersonParams): Promise<UserDto> {
    return UserDto.from(await this.people.get(id));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change name, roles, department, location or language' })
  @UpdateRoute(UserDto, { conflict: 'It would leave no administrator' })
  async update(
    @Param() { id }: PersonParams,
    @Body() changes: UpdatePersonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserDto> {
    return UserDto.from(await this.people.update(id, changes, auditActor(user)));
  }

  @Post(':id/deactivate')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate: sign-in is refused and every session ends at once' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Yourself, or the last administrator' })
  async deactivate(
    @Param() { id }: PersonParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserDto> {
    return UserDto.from(await this.people.deactivate(id, auditActor(user)));
  }

  @Post(':id/reactivate')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivate a deactivated person' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async reactivate(
    @Param() { id }: PersonParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserDto> {
    return UserDto.from(await this.people.reactivate(id, auditActor(user)));
  }

  @Post(':id/invitation')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a fresh invitation link to someone who has not joined yet' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The person has already joined' })
  async resendInvitation(
    @Param() { id }: PersonParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserDto> {
    return UserDto.from(await this.people.resendInvitation(id, auditActor(user)));
  }
}
