import { Controller, Get, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SignedIn } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  LeaderboardDto,
  LeaderboardQueryDto,
  StandingDto,
  StandingQueryDto,
} from './dto/leaderboards.dto';
import { LeaderboardsService } from './leaderboards.service';

@ApiTags('leaderboards')
@Controller()
export class LeaderboardsController {
  constructor(private readonly leaderboards: LeaderboardsService) {}

  @Get('leaderboards')
  @SignedIn()
  @ApiOperation({
    summary: "This month's or this quarter's leaderboard",
    description:
      'For people in the programme, analysts and admins: the people who chose to be shown, by ' +
      'points (top 50, equal points share a rank), my own rank and points (always, shown or ' +
      'not), and departments ranked by points per enrolled member (those with fewer than 5 ' +
      'enrolled members are not ranked).',
  })
  @ApiOkResponse({ type: LeaderboardDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'Not in the programme (analysts and admins see leaderboards without joining)',
  })
  async leaderboard(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: LeaderboardQueryDto,
  ): Promise<LeaderboardDto> {
    return LeaderboardDto.from(await this.leaderboards.leaderboard(user, query.period));
  }

  @Get('me/standing')
  @SignedIn()
  @ApiOperation({
    summary: 'My points and rank in a period, beside my team',
    description:
      "My rank among the people shown on leaderboards (even when I am not shown) and my department's median points (from 5 enrolled members); never anyone's name.",
  })
  @ApiOkResponse({ type: StandingDto })
  async standing(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: StandingQueryDto,
  ): Promise<StandingDto> {
    return StandingDto.from(await this.leaderboards.standing(user.id, query.period));
  }
}
