import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Role } from '@chorus/core';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { AuthenticatedUser, SessionTokenPayload } from './authenticated-user';
import { xsrfTokenFor } from './csrf';
import { UsersService } from '../users/users.service';
import { Session } from './entities/session.entity';

/** The token in the cookie is short-lived; it is renewed while the session is in use. */
export const TOKEN_TTL_SECONDS = 15 * 60;

export interface IssuedSession {
  token: string;
  xsrfToken: string;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string, userAgent: string | undefined): Promise<IssuedSession> {
    const session = await this.sessions.save(
      this.sessions.create({
        userId,
        expiresAt: this.nextExpiry(),
        revokedAt: null,
        userAgent: userAgent?.slice(0, 300) ?? null,
      }),
    );
    await this.users.recordSignIn(userId);
    return { token: await this.sign(session), xsrfToken: xsrfTokenFor(session.id, this.config) };
  }

  /** The session's person, when the session is open and the person active; otherwise null. */
  async resolve(payload: SessionTokenPayload): Promise<AuthenticatedUser | null> {
    // Runs on every signed-in request: one plain statement, no query building.
    const [row] = await this.sessions.query<{ id: string; email: string; roles: Role[] }[]>(
      // An array of a custom enum comes back from pg as its text form: cast it to text[].
      `SELECT person.id, person.email, person.roles::text[] AS roles
         FROM sessions session JOIN users person ON person.id = session.user_id
        WHERE session.id = $1 AND session.user_id = $2
          AND session.revoked_at IS NULL AND session.expires_at > now()
          AND person.status = 'active'`,
      [payload.sid, payload.sub],
    );
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
    await this.sessions.update({ id: session.id }, { expiresAt: this.nextExpiry() });
    return this.sign(session);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** Forgets sessions that ended more than `days` ago (housekeeping). */
  async pruneEnded(days: number): Promise<number> {
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where(`coalesce(revoked_at, expires_at) < now() - make_interval(days => :days)`, { days })
      .execute();
    return result.affected ?? 0;
  }

  /** Every session a person has had, oldest first (part of their data). */
  history(userId: string): Promise<Session[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** Ends every open session of a person at once (deactivation, password reset). */
  async revokeAll(userId: string, manager = this.sessions.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private sign(session: Pick<Session, 'id' | 'userId'>): Promise<string> {
    const payload: SessionTokenPayload = { sub: session.userId, sid: session.id };
    return this.jwt.signAsync(payload, { expiresIn: TOKEN_TTL_SECONDS });
  }

  private nextExpiry(): Date {
    return new Date(Date.now() + this.config.sessionIdleMs);
  }
}
