import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { setAuthCookies } from '../auth/auth-cookies';
import { Public } from '../auth/decorators/access.decorator';
import { ApiJsonOnly } from '../auth/decorators/json-only.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { UserDto } from '../users/dto/user.dto';
import { AccountsService } from './accounts.service';
import {
  AcceptedDto,
  InvitationDto,
  PasswordResetRequestDto,
  SetPasswordDto,
  TokenDto,
} from './dto/account-links.dto';

@ApiTags('auth')
@Controller('auth')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('invitations/lookup')
  @Public()
  @ApiJsonOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Who an invitation link is for (it stays unused)' })
  @ApiOkResponse({ type: InvitationDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'The link has expired' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The link is not valid' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The link has been used' })
  async lookUpInvitation(@Body() body: TokenDto): Promise<InvitationDto> {
    const user = await this.accounts.lookUpInvitation(body.token);
    return { email: user.email, name: user.name };
  }

  @Post('invitations/accept')
  @Public()
  @ApiJsonOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose a password from an invitation link, and be signed in' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Weak password or expired link' })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'The account is deactivated' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The link is not valid' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The link has been used' })
  async acceptInvitation(
    @Body() body: SetPasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserDto> {
    const { user, session } = await this.accounts.acceptInvitation(
      body.token,
      body.password,
      request.headers['user-agent'],
    );
    setAuthCookies(reply, this.config, session);
    return UserDto.from(user);
  }

  @Post('password-reset')
  @Public()
  @ApiJsonOnly()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a password reset link',
    description: 'Answers the same whether or not the address has an account.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  requestPasswordReset(@Body() body: PasswordResetRequestDto): AcceptedDto {
    this.accounts.requestPasswordReset(body.email);
    return {
      message: `If an account exists for ${body.email}, a reset link is on its way. It works once, for 1 hour.`,
    };
  }

  @Post('password-reset/confirm')
  @Public()
  @ApiJsonOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose a new password from a reset link, and be signed in' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Weak password or expired link' })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'The account is deactivated' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The link is not valid' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The link has been used' })
  async resetPassword(
    @Body() body: SetPasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserDto> {
    const { user, session } = await this.accounts.resetPassword(
      body.token,
      body.password,
      request.headers['user-agent'],
    );
    setAuthCookies(reply, this.config, session);
    return UserDto.from(user);
  }
}
