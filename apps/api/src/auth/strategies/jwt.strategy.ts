import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { SESSION_COOKIE } from '../auth-cookies';
import type { AuthenticatedUser, SessionTokenPayload } from '../authenticated-user';
import { SessionsService } from '../sessions.service';
import { sessionKey } from '../session-key';

/** Reads the session token from its httpOnly cookie and checks the session row behind it. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: (request: FastifyRequest) => request.cookies?.[SESSION_COOKIE] ?? null,
      // jsonwebtoken takes a key object; passport-jwt's types only list strings and buffers.
      secretOrKey: sessionKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  /** Returning null makes passport refuse the request. */
  async validate(payload: SessionTokenPayload): Promise<AuthenticatedUser | null> {
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    return this.sessions.resolve(payload);
  }
}
