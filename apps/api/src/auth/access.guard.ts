import { ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasAnyRole } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE, setAuthCookies, XSRF_COOKIE } from './auth-cookies';
import type { AuthenticatedUser } from './authenticated-user';
import { ACCESS_RULE, AccessRule } from './decorators/access.decorator';
import { verifyCsrf, verifyPublicWrite, xsrfTokenFor } from './csrf';
import { SessionsService } from './sessions.service';

/**
 * The one global guard. Default deny: a route that declares no access rule is refused.
 * Signed-in routes authenticate through the jwt strategy, check CSRF on writes, then roles.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
      throw new DomainError('no_access_rule', 'errors:auth.noAccessRule');
    }
    if (rule.kind === 'signed-link') return true;
    if (rule.kind === 'public') {
      verifyPublicWrite(context.switchToHttp().getRequest<FastifyRequest>(), this.config);
      return true;
    }

    await super.canActivate(context);
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user: AuthenticatedUser }>();
    verifyCsrf(request, this.config);

    if (rule.kind === 'roles' && !hasAnyRole(request.user.roles, rule.roles)) {
      throw new DomainError('forbidden', 'errors:auth.needsRole', { roles: rule.roles.join(',') });
    }
    await this.refreshCookies(request, http.getResponse<FastifyReply>());
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) {
      throw new DomainError('not_signed_in', 'errors:auth.notSignedIn');
    }
    return user;
  }

  /**
   * Renews the token when it is past half its life, and gives back an XSRF cookie that went
   * missing or belongs to another session (so the portal can write again without signing in
   * anew).
   */
  private async refreshCookies(
    request: FastifyRequest & { user: AuthenticatedUser },
    reply: FastifyReply,
  ): Promise<void> {
    const xsrfToken = xsrfTokenFor(request.user.sessionId, this.config);
    const due = this.sessions.needsRenewal(request.user);
    if (!due && request.cookies[XSRF_COOKIE] === xsrfToken) return;
    const token = due ? await this.sessions.renew(request.user) : request.cookies[SESSION_COOKIE];
    if (!token) return;
    setAuthCookies(reply, this.config, { token, xsrfToken });
  }
}
