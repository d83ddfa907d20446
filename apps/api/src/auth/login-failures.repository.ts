import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LOCKS, lockKeyedBy } from '../database/advisory-lock';
import { ACCOUNT_WINDOW_MS, LOGIN_WINDOW_MS, type SignInStanding } from './login-limits';

/** The queries behind the sign-in limits; the failures themselves are LoginFailure rows. */
@Injectable()
export class LoginFailuresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a transaction that holds this account's lock and then this client's, so
   * attempts on the same account or from the same client take turns, on every replica. The
   * order is always account, then client, and nothing else is locked inside: no deadlock.
   */
  inTurn<T>(
    email: string,
    clientHash: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await lockKeyedBy(manager, LOCKS.signIn, `account:${email}`);
      await lockKeyedBy(manager, LOCKS.signIn, `client:${clientHash}`);
      return work(manager);
    });
  }

  /** The failures each limit counts for an attempt, by the database's clock. */
  async standing(
    manager: EntityManager,
    email: string,
    clientHash: string,
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
  async insertAttempt(manager: EntityManager, email: string, clientHash: string): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO login_failures (email, client_hash) VALUES ($1, $2) RETURNING id`,
      [email, clientHash],
    );
    return row.id;
  }
}
