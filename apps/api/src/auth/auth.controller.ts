import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { normalizeEmail } from '@chorus/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorDto } from '../common/error-response.dto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { UserDto } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { clearAuthCookies, setAuthCookies, setDeviceCookie } from './auth-cookies';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { deviceTokenFor } from './device-token';
import { Public, SignedIn } from './decorators/access.decorator';
import { ApiJsonOnly } from './decorators/json-only.decorator';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with email and password',
    description:
      'Sets an httpOnly session cookie and a readable XSRF-TOKEN cookie whose value the client sends back in the X-XSRF-TOKEN header on every write.',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiUnauthorizedResponse({ type: ErrorDto, description: 'Email or password is incorrect' })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'The account is deactivated' })
  @ApiTooManyRequestsResponse({ type: ErrorDto, description: 'Too many failed attempts' })
  @ApiJsonOnly()
  async login(
    @Body() _credentials: LoginDto,
    @Req() request: FastifyRequest & { user: User },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserDto> {
    const issued = await this.sessions.open(request.user.id, request.headers['user-agent']);
    setAuthCookies(reply, this.config, issued);
    setDeviceCookie(
      reply,
      this.config,
      deviceTokenFor(normalizeEmail(request.user.email), this.config),
    );
    return UserDto.from(await this.users.get(request.user.id));
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session at once' })
  @ApiNoContentResponse()
  async logout(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.revoke(user.sessionId);
    clearAuthCookies(reply, this.config);
  }
}
