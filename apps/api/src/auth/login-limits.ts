/**
 * The rules that slow down password guessing, as pure functions of what the database counted.
 *
 * - One client (address) on one account: 5 failures in 15 minutes, then it waits until the
 *   oldest of them is 15 minutes old.
 * - One client on any accounts (credential stuffing): 30 failures in 15 minutes, likewise.
 * - One account from anywhere (guesses spread over many addresses): 10 failures in an hour are
 *   free; after that each attempt waits a minute after the latest failure, twice as long after
 *   each further failure, never more than 15 minutes. A browser that has signed in to the
 *   account before (it holds the account's device cookie) is not held back by this one, so
 *   nobody can lock a colleague out of the browser they use every day, and anyone else waits
 *   at most 15 minutes.
 */

import type { MessageRef } from '../common/domain-error';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT_AND_CLIENT = 5;
export const MAX_FAILURES_PER_CLIENT = 30;

export const ACCOUNT_WINDOW_MS = 60 * 60_000;
export const FREE_ACCOUNT_FAILURES = 10;
export const FIRST_ACCOUNT_WAIT_MS = 60_000;
export const MAX_ACCOUNT_WAIT_MS = 15 * 60_000;

/** Failures are kept as long as the longest window needs them. */
export const FAILURE_RETENTION_MS = Math.max(LOGIN_WINDOW_MS, ACCOUNT_WINDOW_MS);

/** What the database counted for one attempt, with the database's own clock. */
export interface SignInStanding {
  now: Date;
  /** Failures on the account from anywhere within ACCOUNT_WINDOW_MS. */
  account: { failures: number; latest: Date | null };
  /** Failures on the account from this client within LOGIN_WINDOW_MS. */
  accountFromClient: { failures: number; oldest: Date | null };
  /** Failures from this client on any account within LOGIN_WINDOW_MS. */
  client: { failures: number; oldest: Date | null };
}

/**
 * Which rule held an attempt back, as the audit log names it: `account` is one client on one
 * account (the name it always had), `client` one client on any accounts, `account-anywhere`
 * one account from anywhere.
 */
export type SignInLimit = 'account' | 'client' | 'account-anywhere';

export interface SignInRefusal {
  limit: SignInLimit;
  retryAfterSeconds: number;
}

/** How long an account waits after its latest failure, given its failures in the last hour. */
export function accountWaitMs(failures: number): number {
  if (failures < FREE_ACCOUNT_FAILURES) return 0;
  const doublings = Math.min(failures - FREE_ACCOUNT_FAILURES, 10);
  return Math.min(FIRST_ACCOUNT_WAIT_MS * 2 ** doublings, MAX_ACCOUNT_WAIT_MS);
}

/** Null when the attempt may be checked; otherwise the rule that holds it back the longest. */
export function signInRefusal(
  standing: SignInStanding,
  options: { trustedDevice: boolean },
): SignInRefusal | null {
  const now = standing.now.getTime();
  const waits: { limit: SignInLimit; until: number }[] = [];
  const { accountFromClient, client, account } = standing;
  if (
    accountFromClient.failures >= MAX_FAILURES_PER_ACCOUNT_AND_CLIENT &&
    accountFromClient.oldest
  ) {
    waits.push({
      limit: 'account',
      until: accountFromClient.oldest.getTime() + LOGIN_WINDOW_MS,
    });
  }
  if (client.failures >= MAX_FAILURES_PER_CLIENT && client.oldest) {
    waits.push({ limit: 'client', until: client.oldest.getTime() + LOGIN_WINDOW_MS });
  }
  if (!options.trustedDevice && account.latest) {
    const wait = accountWaitMs(account.failures);
    if (wait > 0) waits.push({ limit: 'account-anywhere', until: account.latest.getTime() + wait });
  }
  const longest = waits.filter((wait) => wait.until > now).sort((a, b) => b.until - a.until)[0];
  if (!longest) return null;
  return { limit: longest.limit, retryAfterSeconds: Math.ceil((longest.until - now) / 1000) };
}

/** The limits this attempt reaches if it fails: each is worth one audit entry, once. */
export function limitsReachedByAFailure(standing: SignInStanding): SignInLimit[] {
  const reached: SignInLimit[] = [];
  if (standing.accountFromClient.failures + 1 === MAX_FAILURES_PER_ACCOUNT_AND_CLIENT) {
    reached.push('account');
  }
  if (standing.client.failures + 1 === MAX_FAILURES_PER_CLIENT) reached.push('client');
  if (standing.account.failures + 1 === FREE_ACCOUNT_FAILURES) reached.push('account-anywhere');
  return reached;
}

/** A sentence a person can act on, for a refusal: how many whole minutes to wait, and what else helps. */
export function refusalMessage(refusal: SignInRefusal): MessageRef {
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60));
  return {
    key:
      refusal.limit === 'account-anywhere'
        ? 'errors:auth.tooManyAttemptsAnywhere'
        : 'errors:auth.tooManyAttempts',
    params: { count: minutes },
  };
}
