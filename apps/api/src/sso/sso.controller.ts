import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import { SSO_ERROR_REASONS } from '@chorus/core';
import {
  ApiFoundResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { setAuthCookies } from '../auth/auth-cookies';
import { Public } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { publicAddress } from '../config/public-address';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { AuthOptionsDto, SsoStartQueryDto } from './dto/sso.dto';
import { SsoFailure } from './sso-failure';
import { SsoService } from './sso.service';

const PENDING_COOKIE = 'chorus_sso';

@ApiTags('auth')
@Controller('auth')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('options')
  @Public()
  @ApiOperation({ summary: 'The ways to sign in that this Chorus offers' })
  @ApiOkResponse({ type: AuthOptionsDto })
  options(): AuthOptionsDto {
    return { sso: this.sso.enabled };
  }

  @Get('sso/start')
  @Public()
  @ApiOperation({ summary: 'Leave for the identity provider to sign in (OpenID Connect)' })
  @ApiFoundResponse({ description: 'Redirects to the identity provider' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Single sign-on is not configured' })
  async start(@Query() query: SsoStartQueryDto, @Res() reply: FastifyReply): Promise<void> {
    try {
      const { url, pending } = await this.sso.start(query.returnTo ?? '/');
      void reply.setCookie(PENDING_COOKIE, pending, this.pendingCookie()).redirect(url, 302);
    } catch (error) {
      this.backToSignIn(reply, error);
    }
  }

  @Get('sso/callback')
  @Public()
  @ApiOperation({
    summary: 'Where the identity provider sends the browser back',
    description:
      'Signs the person in and opens the portal; on failure opens the sign-in page with `sso_error` set to one of: ' +
      SSO_ERROR_REASONS.join(', '),
  })
  @ApiFoundResponse({ description: 'Redirects into the portal, or back to the sign-in page' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Single sign-on is not configured' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const callbackUrl = new URL(request.url, publicAddress(this.config));
    void reply.clearCookie(PENDING_COOKIE, this.pendingCookie());
    try {
      const providerError = callbackUrl.searchParams.get('error');
      if (providerError) {
        const description = callbackUrl.searchParams.get('error_description');
        throw new SsoFailure(
          'provider_refused',
          `The identity provider refused the sign-in: ${description ?? providerError}`,
        );
      }
      const { session, returnTo } = await this.sso.complete(
        callbackUrl,
        request.cookies[PENDING_COOKIE],
        request.headers['user-agent'],
      );
      setAuthCookies(reply, this.config, session);
      void reply.redirect(returnTo, 302);
    } catch (error) {
      this.backToSignIn(reply, error);
    }
  }

  /** A failed sign-in is a page for a person, not a JSON error: back to sign-in, with the reason. */
  private backToSignIn(reply: FastifyReply, error: unknown): void {
    if (!(error instanceof SsoFailure)) throw error;
    this.logger.warn(`Single sign-on failed (${error.reason}): ${error.message}`);
    void reply.redirect(`/sign-in?sso_error=${error.reason}`, 302);
  }

  private pendingCookie() {
    return {
      path: '/api/auth/sso',
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level navigation, which Lax cookies follow.
      sameSite: 'lax' as const,
      secure: this.config.publicUrl?.protocol === 'https:',
      maxAge: 600,
    };
  }
}
