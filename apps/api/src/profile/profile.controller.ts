import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { clearAuthCookies } from '../auth/auth-cookies';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { DeleteAccountDto, ProfileDto, UpdateProfileDto } from './dto/profile.dto';
import { ProfileService } from './profile.service';

@ApiTags('me')
@Controller('me')
export class ProfileController {
  constructor(
    private readonly profiles: ProfileService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('profile')
  @SignedIn()
  @ApiOperation({ summary: 'My profile: name, language and social profiles' })
  @ApiOkResponse({ type: ProfileDto })
  get(@CurrentUser() user: AuthenticatedUser): Promise<ProfileDto> {
    return this.profiles.get(user.id);
  }

  @Patch('profile')
  @SignedIn()
  @ApiOperation({
    summary: 'Change my profile',
    description:
      'Social profiles hold a handle and a declared audience size per network; Chorus never asks for social passwords or tokens.',
  })
  @ApiOkResponse({ type: ProfileDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'A Mastodon handle that is not @name@server with a public server name',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() changes: UpdateProfileDto,
  ): Promise<ProfileDto> {
    return this.profiles.update(user.id, changes);
  }

  @Get('export')
  @SignedIn()
  @ApiOperation({ summary: 'Download my data: everything Chorus holds about me, as JSON' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    const data = await this.profiles.export(user.id);
    const day = new Date().toISOString().slice(0, 10);
    void reply.header('content-disposition', `attachment; filename="chorus-my-data-${day}.json"`);
    return data;
  }

  @Delete()
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account',
    description:
      'Removes my personal data and signs me out. What I shared stays only in anonymous totals.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto, description: 'The confirmation does not match' })
  @ApiConflictResponse({ type: ErrorDto, description: 'I am the last administrator' })
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: DeleteAccountDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.profiles.deleteAccount(user.id, body.confirmEmail);
    clearAuthCookies(reply, this.config);
  }
}
