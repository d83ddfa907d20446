import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
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
import { DomainError } from '../common/domain-error';
import { ErrorDto } from '../common/error-response.dto';
import { publicBaseUrl } from '../common/public-url';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { AuthOptionsDto, SsoStartQueryDto } from './dto/sso.dto';
import { SsoService } from './sso.service';

const PENDING_COOKIE = 'chorus_sso';
const CALLBACK_PATH = '/api/auth/sso/callback';

@ApiTags('auth')
@Controller('auth')
export class SsoController {
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
  async start(
    @Query() query: SsoStartQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { url, pending } = await this.sso.start(this.redirectUri(request), query.returnTo ?? '/');
    void reply.setCookie(PENDING_COOKIE, pending, this.pendingCookie()).redirect(url, 302);
  }

  @Get('sso/callback')
  @Public()
  @ApiOperation({
    summary: 'Where the identity provider sends the browser back',
    description:
      'Signs the person in and opens the portal; on failure opens the sign-in page with the reason.',
  })
  @ApiFoundResponse({ description: 'Redirects into the portal' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const callbackUrl = new URL(request.url, publicBaseUrl(this.config, request));
    void reply.clearCookie(PENDING_COOKIE, this.pendingCookie());
    try {
      const providerError = callbackUrl.searchParams.get('error');
      if (providerError) {
        const description = callbackUrl.searchParams.get('error_description');
        throw new DomainError(
          'sso_failed',
          `The identity provider refused the sign-in: ${description ?? providerError}.`,
        );
      }
      const { session, returnTo } = await this.sso.complete(
        callbackUrl,
        request.cookies[PENDING_COOKIE],
        this.redirectUri(request),
        request.headers['user-agent'],
      );
      setAuthCookies(reply, this.config, session);
      void reply.redirect(returnTo, 302);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      void reply.redirect(`/sign-in?sso_error=${encodeURIComponent(error.message)}`, 302);
    }
  }

  private redirectUri(request: FastifyRequest): string {
    return `${publicBaseUrl(this.config, request)}${CALLBACK_PATH}`;
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
