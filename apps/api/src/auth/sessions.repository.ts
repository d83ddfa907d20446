import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Role } from '@chorus/core';
import { Session } from './entities/session.entity';

/** The person behind an open session, as every signed-in request needs them. */
export interface SessionHolder {
  id: string;
  email: string;
  roles: Role[];
}

/** Signed-in sessions: one row each, open until revoked or expired. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {}

  insert(
    session: Pick<Session, 'userId' | 'expiresAt' | 'revokedAt' | 'userAgent'>,
  ): Promise<Session> {
    return this.sessions.save(this.sessions.create(session));
  }

  /** The active person holding this open, unexpired session, by the database's clock. */
  async findActiveHolder(sessionId: string, userId: string): Promise<SessionHolder | null> {
    // Runs on every signed-in request: one plain statement, no query building.
    const [row] = await this.sessions.query<SessionHolder[]>(
      // An array of a custom enum comes back from pg as its text form: cast it to text[].
      `SELECT person.id, person.email, person.roles::text[] AS roles
         FROM sessions session JOIN users person ON person.id = session.user_id
        WHERE session.id = $1 AND session.user_id = $2
          AND session.revoked_at IS NULL AND session.expires_at > now()
          AND person.status = 'active'`,
      [sessionId, userId],
    );
    return row ?? null;
  }

  async setExpiry(id: string, expiresAt: Date): Promise<void> {
    await this.sessions.update({ id }, { expiresAt });
  }

  async setRevoked(id: string, revokedAt: Date): Promise<void> {
    await this.sessions.update({ id }, { revokedAt });
  }

  /** Deletes sessions that ended (revoked or expired) more than `days` ago; returns how many. */
  async deleteEndedDaysAgo(days: number): Promise<number> {
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where(`coalesce(revoked_at, expires_at) < now() - make_interval(days => :days)`, { days })
      .execute();
    return result.affected ?? 0;
  }

  /** Every session of a person, oldest first. */
  findByUser(userId: string): Promise<Session[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** Revokes, now, every session of the person still open. */
  async revokeAllOpen(userId: string, manager: EntityManager = this.sessions.manager) {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
