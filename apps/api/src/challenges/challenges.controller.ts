import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';
import { ChallengesService } from './challenges.service';
import {
  ChallengeDto,
  ChallengeParams,
  ChallengeReportQueryDto,
  CreateChallengeDto,
  UpdateChallengeDto,
} from './dto/challenge.dto';

const COUNTING =
  'Progress counts the shares made from the first to the last day (organisation calendar days) ' +
  'of items in the campaign or topic, by people enrolled in the programme, in its departments ' +
  '(everyone when it names none): all of them, those verified by the end, or the human clicks ' +
  'on them in those days (never previews, bots or the sharer’s own visits). An ended ' +
  'challenge shows its stored result.';

@ApiTags('challenges')
@Controller('challenges')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Get()
  @Roles('curator', 'admin')
  @ApiOperation({
    summary: 'Every challenge, latest first, with its progress',
    description: COUNTING,
  })
  @ApiOkResponse({ type: [ChallengeDto] })
  list(): Promise<ChallengeDto[]> {
    return this.challenges.list();
  }

  @Get('mine')
  @SignedIn()
  @ApiOperation({
    summary: 'The challenges that concern me: running now or ended in the last 14 days',
    description: `Those for everyone and those for my department. ${COUNTING}`,
  })
  @ApiOkResponse({ type: [ChallengeDto] })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<ChallengeDto[]> {
    return this.challenges.forPerson(user.id);
  }

  @Get('report')
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary: 'The challenges that ran on a day of a period, with their result or progress',
    description: COUNTING,
  })
  @ApiOkResponse({ type: [ChallengeDto] })
  report(@Query() { from, to }: ChallengeReportQueryDto): Promise<ChallengeDto[]> {
    return this.challenges.report(from, to);
  }

  @Post()
  @Roles('curator', 'admin')
  @ApiOperation({
    summary: 'Set a challenge for a campaign or a topic',
    description: 'It may not end in the past and lasts at most 366 days.',
  })
  @ApiCreatedResponse({ type: ChallengeDto })
  create(
    @Body() body: CreateChallengeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ChallengeDto> {
    return this.challenges.create(body, auditActor(user));
  }

  @Patch(':id')
  @Roles('curator', 'admin')
  @ApiOperation({
    summary: 'Change a challenge until it ends; once started, its metric and first day stay',
  })
  @UpdateRoute(ChallengeDto, { conflict: 'The challenge ended, or started and keeps its metric' })
  update(
    @Param() { id }: ChallengeParams,
    @Body() body: UpdateChallengeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ChallengeDto> {
    return this.challenges.update(id, body, auditActor(user));
  }

  @Delete(':id')
  @Roles('curator', 'admin')
  @DeleteRoute({ conflict: 'The challenge has started' })
  @ApiOperation({ summary: 'Delete a challenge that has not started' })
  async remove(
    @Param() { id }: ChallengeParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.challenges.remove(id, auditActor(user));
  }
}
