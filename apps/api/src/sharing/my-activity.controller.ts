import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { MyActivityDto, MyActivityQueryDto } from './dto/my-activity.dto';
import { MyActivityService } from './my-activity.service';

@ApiTags('sharing')
@Controller('me')
export class MyActivityController {
  constructor(private readonly activity: MyActivityService) {}

  @Get('activity')
  @SignedIn()
  @ApiOperation({
    summary: 'My shares and the clicks on my links over a period, over time and by network',
    description:
      'Counted as everywhere else (DESIGN.md "Counting honestly"): shares by the day they were ' +
      'made, clicks by the day they came; every day, week or month of the period is there.',
  })
  @ApiOkResponse({ type: MyActivityDto })
  async get(
    @Query() query: MyActivityQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MyActivityDto> {
    return MyActivityDto.from(await this.activity.of(user.id, query.period));
  }
}
