import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { UpdateMeDto } from './dto/update-me.dto';
import { UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in person, with their roles' })
  @ApiOkResponse({ type: UserDto })
  async get(@CurrentUser() user: AuthenticatedUser): Promise<UserDto> {
    return UserDto.from(await this.users.get(user.id));
  }

  @Patch()
  @SignedIn()
  @ApiOperation({ summary: 'Change my name or preferred language' })
  @ApiOkResponse({ type: UserDto })
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() changes: UpdateMeDto,
  ): Promise<UserDto> {
    await this.users.updateProfile(user.id, changes);
    return UserDto.from(await this.users.get(user.id));
  }
}
