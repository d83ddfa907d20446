import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { PeoplePageDto } from './dto/people-page.dto';
import { PeopleQueryDto } from './dto/people-query.dto';
import { UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Search the people who use Chorus' })
  @ApiOkResponse({ type: PeoplePageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async list(@Query() query: PeopleQueryDto): Promise<PeoplePageDto> {
    const { items, total } = await this.users.listPeople(query);
    return { items: items.map(UserDto.from), total, page: query.page, pageSize: query.pageSize };
  }
}
