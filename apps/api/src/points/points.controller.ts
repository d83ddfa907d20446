import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ReaderLanguage } from '../common/reader-language.decorator';
import { MyPointsDto, MyPointsQuery, PointRulesAnswerDto, PointRulesDto } from './dto/points.dto';
import { PointRulesService } from './point-rules.service';
import { PointsService } from './points.service';

@ApiTags('points')
@Controller()
export class PointsController {
  constructor(
    private readonly rules: PointRulesService,
    private readonly points: PointsService,
  ) {}

  @Get('points/rules')
  @SignedIn()
  @ApiOperation({ summary: 'How points are earned: the rules in force and their definitions' })
  @ApiOkResponse({ type: PointRulesAnswerDto })
  current(@ReaderLanguage() language: string): Promise<PointRulesAnswerDto> {
    return this.rules.current(language);
  }

  @Put('points/rules')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change the point rules',
    description: 'A new version, in force from now on: points earned before stay as they were.',
  })
  @ApiOkResponse({ type: PointRulesAnswerDto })
  change(
    @Body() body: PointRulesDto,
    @CurrentUser() user: AuthenticatedUser,
    @ReaderLanguage() language: string,
  ): Promise<PointRulesAnswerDto> {
    return this.rules.change(body, auditActor(user), language);
  }

  @Get('me/points')
  @SignedIn()
  @ApiOperation({
    summary: 'My points in a period, how they were earned, and every badge I earned',
  })
  @ApiOkResponse({ type: MyPointsDto })
  mine(
    @Query() query: MyPointsQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MyPointsDto> {
    return this.points.mine(user.id, query.period);
  }
}
