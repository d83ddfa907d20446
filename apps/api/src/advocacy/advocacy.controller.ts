import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { AdvocacyStatusDto, LeaderboardChoiceDto } from './dto/advocacy.dto';
import { EnrollmentService } from './enrollment.service';
import { ReadinessService } from './readiness.service';

@ApiTags('advocacy')
@Controller('me')
export class AdvocacyController {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly readiness: ReadinessService,
  ) {}

  @Get('advocacy')
  @SignedIn()
  @ApiOperation({
    summary: 'Where I stand in the advocacy programme',
    description: 'Enrolled or not, the policy, my training stage, and what I still need to share.',
  })
  @ApiOkResponse({ type: AdvocacyStatusDto })
  async status(@CurrentUser() user: AuthenticatedUser): Promise<AdvocacyStatusDto> {
    return AdvocacyStatusDto.from(await this.readiness.of(user.id));
  }

  @Post('enrollment')
  @SignedIn()
  @ApiOperation({
    summary: 'Join the advocacy programme',
    description: 'Voluntary, and I can leave at any time. Joining twice changes nothing.',
  })
  @ApiCreatedResponse({ type: AdvocacyStatusDto })
  async join(@CurrentUser() user: AuthenticatedUser): Promise<AdvocacyStatusDto> {
    await this.enrollments.join(user.id, auditActor(user));
    return AdvocacyStatusDto.from(await this.readiness.of(user.id));
  }

  @Delete('enrollment')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Leave the advocacy programme',
    description:
      'I stop being able to share, disappear from every leaderboard and get no reminders; ' +
      'what I shared stays only in anonymous totals.',
  })
  @ApiNoContentResponse()
  async leave(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.enrollments.leave(user.id, auditActor(user));
  }

  @Put('leaderboard')
  @SignedIn()
  @ApiOperation({
    summary: 'Choose whether I am shown on leaderboards',
    description:
      'Off until I choose it, and apart from joining the programme. Hiding takes me off every ' +
      "leaderboard at once, past periods' included; I still see my own rank.",
  })
  @ApiOkResponse({ type: AdvocacyStatusDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'I have not joined the programme' })
  async showOnLeaderboards(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: LeaderboardChoiceDto,
  ): Promise<AdvocacyStatusDto> {
    await this.enrollments.showOnLeaderboards(user.id, body.shown, auditActor(user));
    return AdvocacyStatusDto.from(await this.readiness.of(user.id));
  }
}
