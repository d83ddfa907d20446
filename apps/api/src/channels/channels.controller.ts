import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { Roles } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';
import { toChannel } from './channels.mapper';
import { ChannelsService } from './channels.service';
import {
  ChannelDto,
  ChannelParams,
  ChannelTestResultDto,
  CreateChannelDto,
  UpdateChannelDto,
} from './dto/channels.dto';

@ApiTags('channels')
@Controller('channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The Slack and Teams channels Chorus posts to, with their health' })
  @ApiOkResponse({ type: [ChannelDto] })
  async list(): Promise<ChannelDto[]> {
    return (await this.channels.list()).map(toChannel);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Connect a Slack or Teams channel by its incoming webhook address',
    description: 'The address is stored encrypted and never returned; webhookHint shows its end.',
  })
  @ApiCreatedResponse({ type: ChannelDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Another channel has this name' })
  async create(
    @Body() input: CreateChannelDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ChannelDto> {
    return toChannel(await this.channels.create(input, auditActor(user)));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Change a channel's name, language, filters or webhook address" })
  @UpdateRoute(ChannelDto, { conflict: 'Another channel has this name' })
  async update(
    @Param() { id }: ChannelParams,
    @Body() changes: UpdateChannelDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ChannelDto> {
    return toChannel(await this.channels.update(id, changes, auditActor(user)));
  }

  @Delete(':id')
  @Roles('admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Disconnect a channel: nothing more is posted to it' })
  async remove(
    @Param() { id }: ChannelParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.channels.remove(id, auditActor(user));
  }

  @Post(':id/test')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Post a test message to the channel now, and say whether it arrived' })
  @ApiOkResponse({ type: ChannelTestResultDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async test(
    @Param() { id }: ChannelParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ChannelTestResultDto> {
    return this.channels.test(id, auditActor(user));
  }
}
