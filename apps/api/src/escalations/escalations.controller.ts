import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { PersonRefDto } from '../common/person-ref.dto';
import {
  EscalationDetailDto,
  EscalationDto,
  EscalationEventDto,
  EscalationNoteDto,
  EscalationPageDto,
  EscalationParams,
  EscalationsQuery,
  ReportCommentDto,
  UpdateEscalationDto,
} from './dto/escalation.dto';
import { EscalationsService } from './escalations.service';
import { UpdateRoute } from '../openapi/routes';

type Detail = Awaited<ReturnType<EscalationsService['get']>>;
const detail = ({ escalation, events }: Detail): EscalationDetailDto => ({
  ...EscalationDto.from(escalation),
  events: events.map(EscalationEventDto.from),
});

/** "Do not answer hostile comments yourself": report them to the social media team. */
@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'Reports: mine, or (curators and admins) the whole inbox',
    description: 'Open and in-progress reports first, newest first.',
  })
  @ApiOkResponse({ type: EscalationPageDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'scope=all without being on the team' })
  async list(
    @Query() query: EscalationsQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EscalationPageDto> {
    const { items, total, counts } = await this.escalations.list(query, user);
    return {
      items: items.map(EscalationDto.from),
      total,
      counts,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  @Get('team')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Who reports can be assigned to: active curators and admins' })
  @ApiOkResponse({ type: [PersonRefDto] })
  async team(): Promise<PersonRefDto[]> {
    return (await this.escalations.team()).map(({ id, name }) => ({ id, name }));
  }

  @Post()
  @SignedIn()
  @ApiOperation({ summary: 'Report a hostile or negative comment or post about the company' })
  @ApiCreatedResponse({ type: EscalationDto })
  async report(
    @Body() body: ReportCommentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EscalationDto> {
    return EscalationDto.from(await this.escalations.report(user.id, body));
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: "One report; the team's notes only for the team" })
  @ApiOkResponse({ type: EscalationDetailDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(
    @Param() { id }: EscalationParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EscalationDetailDto> {
    return detail(await this.escalations.get(id, user));
  }

  @Patch(':id')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Assign a report or change its status' })
  @UpdateRoute(EscalationDetailDto)
  async update(
    @Param() { id }: EscalationParams,
    @Body() body: UpdateEscalationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EscalationDetailDto> {
    return detail(await this.escalations.update(id, body, user.id));
  }

  @Post(':id/notes')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Add an internal note (the reporter does not see it)' })
  @ApiCreatedResponse({ type: EscalationDetailDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async addNote(
    @Param() { id }: EscalationParams,
    @Body() body: EscalationNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EscalationDetailDto> {
    return detail(await this.escalations.addNote(id, body.body, user.id));
  }
}
