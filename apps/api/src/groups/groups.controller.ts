import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { GroupDto, GroupKindParams, GroupNameDto, GroupParams } from './dto/group.dto';
import { GroupsService } from './groups.service';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';

@ApiTags('groups')
@Controller('groups/:kind')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The departments or the locations, by name, with member counts' })
  @ApiOkResponse({ type: [GroupDto] })
  async list(@Param() { kind }: GroupKindParams): Promise<GroupDto[]> {
    return (await this.groups.list(kind)).map(GroupDto.withCount);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a department or location' })
  @ApiCreatedResponse({ type: GroupDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The name is taken' })
  async create(
    @Param() { kind }: GroupKindParams,
    @Body() body: GroupNameDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<GroupDto> {
    const group = await this.groups.create(kind, body.name, auditActor(user));
    return GroupDto.withCount({ group, memberCount: 0 });
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename a department or location' })
  @UpdateRoute(GroupDto, { conflict: 'The name is taken' })
  async rename(
    @Param() { kind, id }: GroupParams,
    @Body() body: GroupNameDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<GroupDto> {
    return GroupDto.withCount(await this.groups.rename(kind, id, body.name, auditActor(user)));
  }

  @Delete(':id')
  @Roles('admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Delete a department or location; its members keep no group of it' })
  async remove(
    @Param() { kind, id }: GroupParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.groups.remove(kind, id, auditActor(user));
  }
}
