import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { AuthenticatedUser, SessionTokenPayload } from './authenticated-user';
import { xsrfTokenFor } from './csrf';
import { UsersService } from '../users/users.service';
import { Session } from './entities/session.entity';
import { SessionsRepository } from './sessions.repository';

/** The token in the cookie is short-lived; it is renewed while the session is in use. */
export const TOKEN_TTL_SECONDS = 15 * 60;

export interface IssuedSession {
  token: string;
  xsrfToken: string;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string, userAgent: string | undefined): Promise<IssuedSession> {
    const session = await this.sessions.insert({
      userId,
      expiresAt: this.nextExpiry(),
      revokedAt: null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await this.users.recordSignIn(userId);
    return { token: await this.sign(session), xsrfToken: xsrfTokenFor(session.id, this.config) };
  }

  /** The session's person, when the session is open and the person active; otherwise null. */
  async resolve(payload: SessionTokenPayload): Promise<AuthenticatedUser | null> {
    const row = await this.sessions.findActiveHolder(payload.sid, payload.sub);
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      roles: row.roles,
      sessionId: payload.sid,
      tokenExpiresAt: new Date((payload.exp ?? 0) * 1000),
    };
  }

  /** True when the cookie's token is past half its life and should be replaced. */
  needsRenewal(user: AuthenticatedUser, now = Date.now()): boolean {
    return user.tokenExpiresAt.getTime() - now < (TOKEN_TTL_SECONDS * 1000) / 2;
  }

  /** Extends the session and returns a fresh token for it. */
  async renew(user: AuthenticatedUser): Promise<string> {
    const session = { id: user.sessionId, userId: user.id };
    await this.sessions.setExpiry(session.id, this.nextExpiry());
    return this.sign(session);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.setRevoked(sessionId, new Date());
  }

  /** Forgets sessions that ended more than `days` ago (housekeeping). */
  pruneEnded(days: number): Promise<number> {
    return this.sessions.deleteEndedDaysAgo(days);
  }

  /** Every session a person has had, oldest first (part of their data). */
  history(userId: string): Promise<Session[]> {
    return this.sessions.findByUser(userId);
  }

  /** Ends every open session of a person at once (deactivation, password reset). */
  async revokeAll(userId: string, manager?: EntityManager): Promise<void> {
    await this.sessions.revokeAllOpen(userId, manager);
  }

  private sign(session: Pick<Session, 'id' | 'userId'>): Promise<string> {
    const payload: SessionTokenPayload = { sub: session.userId, sid: session.id };
    return this.jwt.signAsync(payload, { expiresIn: TOKEN_TTL_SECONDS });
  }

  private nextExpiry(): Date {
    return new Date(Date.now() + this.config.sessionIdleMs);
  }
}
