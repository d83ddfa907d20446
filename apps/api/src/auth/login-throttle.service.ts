import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { LoginFailure } from './entities/login-failure.entity';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one account from one client within the window before sign-in is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failures from one client, whatever the accounts, within the window (credential stuffing). */
export const MAX_FAILURES_PER_CLIENT = 30;

/**
 * Counts failed sign-ins in PostgreSQL, so that every replica of the API sees the same count,
 * and refuses further attempts with a 429 once a limit is reached.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** A keyed hash of the client address: enough to count, useless to identify anyone. */
  clientKey(address: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`login:${address}`).digest('hex');
  }

  async assertAllowed(email: string, clientHash: string): Promise<void> {
    const since = MoreThan(new Date(Date.now() - LOGIN_WINDOW_MS));
    const [forAccount, forClient] = await Promise.all([
      this.failures.countBy({ email, clientHash, attemptedAt: since }),
      this.failures.countBy({ clientHash, attemptedAt: since }),
    ]);
    if (forAccount >= MAX_FAILURES_PER_ACCOUNT || forClient >= MAX_FAILURES_PER_CLIENT) {
      const minutes = Math.round(LOGIN_WINDOW_MS / 60_000);
      throw new DomainError(
        'too_many_attempts',
        `Too many failed sign-in attempts. Wait ${minutes} minutes and try again, or ask an administrator to reset your password.`,
        { 'retry-after': String(LOGIN_WINDOW_MS / 1000) },
      );
    }
  }

  /** Records a failure and forgets this client's failures that have left the window. */
  async recordFailure(email: string, clientHash: string): Promise<void> {
    const cutoff = new Date(Date.now() - LOGIN_WINDOW_MS);
    await this.failures.delete({ clientHash, attemptedAt: LessThan(cutoff) });
    await this.failures.insert({ email, clientHash });
    await this.reportBurst(email, clientHash);
  }

  /** The failure that reaches a limit is a burst worth an audit entry; the ones after it are not. */
  private async reportBurst(email: string, clientHash: string): Promise<void> {
    const since = MoreThan(new Date(Date.now() - LOGIN_WINDOW_MS));
    const [forAccount, forClient] = await Promise.all([
      this.failures.countBy({ email, clientHash, attemptedAt: since }),
      this.failures.countBy({ clientHash, attemptedAt: since }),
    ]);
    const windowMinutes = LOGIN_WINDOW_MS / 60_000;
    if (forAccount === MAX_FAILURES_PER_ACCOUNT) {
      await this.audit.record({
        actor: null,
        action: 'auth.sign_in_throttled',
        target: { type: 'account', label: email },
        summary: {
          failures: forAccount,
          windowMinutes,
          limit: 'account',
          client: clientHash.slice(0, 12),
        },
      });
    }
    if (forClient === MAX_FAILURES_PER_CLIENT) {
      await this.audit.record({
        actor: null,
        action: 'auth.sign_in_throttled',
        target: { type: 'account', label: email },
        summary: {
          failures: forClient,
          windowMinutes,
          limit: 'client',
          client: clientHash.slice(0, 12),
        },
      });
    }
  }

  /** Forgets failures that have left the window everywhere (housekeeping). */
  async pruneExpired(): Promise<number> {
    const cutoff = new Date(Date.now() - LOGIN_WINDOW_MS);
    const result = await this.failures.delete({ attemptedAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  /** When sign-ins to an address failed, oldest first (part of that person's data). */
  async failuresFor(email: string): Promise<Date[]> {
    const rows = await this.failures.find({ where: { email }, order: { attemptedAt: 'ASC' } });
    return rows.map((row) => row.attemptedAt);
  }

  /** Forgets every failure recorded for an address (its password was reset, or it was deleted). */
  async forget(email: string, manager = this.failures.manager): Promise<void> {
    await manager.delete(LoginFailure, { email });
  }

  async clear(email: string, clientHash: string): Promise<void> {
    await this.failures.delete({ email, clientHash });
  }
}
