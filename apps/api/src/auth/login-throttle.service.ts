import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { isDeviceTokenFor } from './device-token';
import { LoginFailuresRepository } from './login-failures.repository';
import {
  ACCOUNT_WINDOW_MS,
  FAILURE_RETENTION_MS,
  FREE_ACCOUNT_FAILURES,
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT_AND_CLIENT,
  MAX_FAILURES_PER_CLIENT,
  limitsReachedByAFailure,
  refusalMessage,
  signInRefusal,
  type SignInLimit,
} from './login-limits';

/** One sign-in attempt, counted as a failure from the moment it was let through. */
export interface SignInAttempt {
  id: string;
  email: string;
  clientHash: string;
  /** The limits this attempt reaches if it fails. */
  reaches: SignInLimit[];
}

const LIMIT_AUDIT: Record<SignInLimit, { failures: number; windowMinutes: number }> = {
  account: {
    failures: MAX_FAILURES_PER_ACCOUNT_AND_CLIENT,
    windowMinutes: LOGIN_WINDOW_MS / 60_000,
  },
  client: { failures: MAX_FAILURES_PER_CLIENT, windowMinutes: LOGIN_WINDOW_MS / 60_000 },
  'account-anywhere': {
    failures: FREE_ACCOUNT_FAILURES,
    windowMinutes: ACCOUNT_WINDOW_MS / 60_000,
  },
};

/**
 * Enforces the sign-in limits of login-limits.ts. Failures are rows in PostgreSQL, so every
 * replica of the API sees the same counts. Each attempt is counted before its password is
 * checked, while it holds its account's and client's locks, so parallel attempts cannot all
 * slip in under a limit: begin() lets an attempt through, then succeeded() or failed() says how
 * it went.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** A keyed hash of the client address: enough to count, useless to identify anyone. */
  clientKey(address: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`login:${address}`).digest('hex');
  }

  /**
   * Lets an attempt through, counted as a failure until it succeeds, or refuses it with a 429
   * that says how long to wait. `deviceToken` is the browser's device cookie, if any.
   */
  begin(email: string, clientHash: string, deviceToken?: string): Promise<SignInAttempt> {
    const trustedDevice = isDeviceTokenFor(deviceToken, email, this.config);
    return this.transactions.run(async (manager) => {
      await this.failures.lockAccountAndClient(email, clientHash, manager);
      const standing = await this.failures.standing(email, clientHash, manager);
      const refusal = signInRefusal(standing, { trustedDevice });
      if (refusal) {
        const { key, params } = refusalMessage(refusal);
        throw new DomainError('too_many_attempts', key, params, {
          headers: { 'retry-after': String(refusal.retryAfterSeconds) },
        });
      }
      const id = await this.failures.insertAttempt(email, clientHash, manager);
      return { id, email, clientHash, reaches: limitsReachedByAFailure(standing) };
    });
  }

  /** The password was right: this client's failures on the account are forgotten. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.failures.deleteByAccountAndClient(attempt.email, attempt.clientHash);
  }

  /** The attempt could not be checked (an error on our side): it does not count. */
  async abandoned(attempt: SignInAttempt): Promise<void> {
    await this.failures.deleteById(attempt.id);
  }

  /**
   * The password was wrong: the attempt stays counted. Forgets this client's failures that
   * have left every window, and reports a failure that reaches a limit in the audit log.
   */
  async failed(attempt: SignInAttempt): Promise<void> {
    const cutoff = new Date(Date.now() - FAILURE_RETENTION_MS);
    await this.failures.deleteByClientBefore(attempt.clientHash, cutoff);
    for (const limit of attempt.reaches) {
      await this.audit.record({
        actor: null,
        action: 'auth.sign_in_throttled',
        target: { type: 'account', label: attempt.email },
        summary: { ...LIMIT_AUDIT[limit], limit, client: attempt.clientHash.slice(0, 12) },
      });
    }
  }

  /** Forgets failures that have left every window (housekeeping). */
  pruneExpired(): Promise<number> {
    return this.failures.deleteBefore(new Date(Date.now() - FAILURE_RETENTION_MS));
  }

  /** When sign-ins to an address failed, oldest first (part of that person's data). */
  async failuresFor(email: string): Promise<Date[]> {
    const rows = await this.failures.findByEmail(email);
    return rows.map((row) => row.attemptedAt);
  }

  /** Forgets every failure recorded for an address (its password was reset, or it was deleted). */
  async forget(email: string, manager?: EntityManager): Promise<void> {
    await this.failures.deleteByEmail(email, manager);
  }
}
