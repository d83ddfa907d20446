import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { LOCKS, lockKeyedBy } from '../database/advisory-lock';
import { LoginFailure } from './entities/login-failure.entity';
import { ACCOUNT_WINDOW_MS, LOGIN_WINDOW_MS, type SignInStanding } from './login-limits';

/** The queries behind the sign-in limits; the failures themselves are LoginFailure rows. */
@Injectable()
export class LoginFailuresRepository {
  constructor(
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
  ) {}

  /**
   * Takes this account's lock and then this client's, held until the caller's transaction
   * ends, so attempts on the same account or from the same client take turns, on every
   * replica. The order is always account, then client: no deadlock.
   */
  async lockAccountAndClient(
    email: string,
    clientHash: string,
    manager: EntityManager,
  ): Promise<void> {
    await lockKeyedBy(manager, LOCKS.signIn, `account:${email}`);
    await lockKeyedBy(manager, LOCKS.signIn, `client:${clientHash}`);
  }

  /** The failures each limit counts for an attempt, by the database's clock. */
  async standing(
    email: string,
    clientHash: string,
    manager: EntityManager = this.failures.manager,
  ): Promise<SignInStanding> {
    const [account] = await manager.query<
      { now: Date; failures: number; latest: Date | null; pair: number; pair_oldest: Date | null }[]
    >(
      `SELECT now() AS now,
              count(*)::int AS failures,
              max(attempted_at) AS latest,
              count(*) FILTER (WHERE client_hash = $2 AND attempted_at > now() - make_interval(secs => $4))::int AS pair,
              min(attempted_at) FILTER (WHERE client_hash = $2 AND attempted_at > now() - make_interval(secs => $4)) AS pair_oldest
         FROM login_failures
        WHERE email = $1 AND attempted_at > now() - make_interval(secs => $3)`,
      [email, clientHash, ACCOUNT_WINDOW_MS / 1000, LOGIN_WINDOW_MS / 1000],
    );
    const [client] = await manager.query<{ failures: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS failures, min(attempted_at) AS oldest
         FROM login_failures
        WHERE client_hash = $1 AND attempted_at > now() - make_interval(secs => $2)`,
      [clientHash, LOGIN_WINDOW_MS / 1000],
    );
    return {
      now: account.now,
      account: { failures: account.failures, latest: account.latest },
      accountFromClient: { failures: account.pair, oldest: account.pair_oldest },
      client: { failures: client.failures, oldest: client.oldest },
    };
  }

  /** Records an attempt as a failure until it proves otherwise; returns its id. */
  async insertAttempt(
    email: string,
    clientHash: string,
    manager: EntityManager = this.failures.manager,
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO login_failures (email, client_hash) VALUES ($1, $2) RETURNING id`,
      [email, clientHash],
    );
    return row.id;
  }

  /** Forgets this client's failures on the account. */
  async deleteByAccountAndClient(email: string, clientHash: string): Promise<void> {
    await this.failures.delete({ email, clientHash });
  }

  async deleteById(id: string): Promise<void> {
    await this.failures.delete({ id });
  }

  /** Forgets this client's failures older than `cutoff`. */
  async deleteByClientBefore(clientHash: string, cutoff: Date): Promise<void> {
    await this.failures.delete({ clientHash, attemptedAt: LessThan(cutoff) });
  }

  /** Forgets every failure older than `cutoff`; returns how many. */
  async deleteBefore(cutoff: Date): Promise<number> {
    const result = await this.failures.delete({ attemptedAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  /** The failures recorded for an address, oldest first. */
  findByEmail(email: string): Promise<LoginFailure[]> {
    return this.failures.find({ where: { email }, order: { attemptedAt: 'ASC' } });
  }

  async deleteByEmail(email: string, manager: EntityManager = this.failures.manager) {
    await manager.delete(LoginFailure, { email });
  }
}
