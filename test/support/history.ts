import { createHash } from 'node:crypto';
import { localDate } from '@chorus/core';
import { DataSource } from 'typeorm';
import { AccountToken } from '../../apps/api/src/accounts/entities/account-token.entity';
import { AccountTokensRepository } from '../../apps/api/src/accounts/account-tokens.repository';
import { LoginFailure } from '../../apps/api/src/auth/entities/login-failure.entity';
import { LoginFailuresRepository } from '../../apps/api/src/auth/login-failures.repository';
import { SessionsRepository } from '../../apps/api/src/auth/sessions.repository';
import { SettingsService } from '../../apps/api/src/settings/settings.service';
import { SourcesRepository } from '../../apps/api/src/sources/sources.repository';
import { VisitorSaltsRepository } from '../../apps/api/src/tracking/visitor-salts.repository';
import type { User } from '../../apps/api/src/users/entities/user.entity';
import type { TestApp } from './test-app';

/**
 * Data with a past, for tests of what time does (expiries, limits, housekeeping). The product
 * only ever writes "now"; these write the same rows through its repositories with the time
 * given, or move rows the product wrote back in time. Times are by this machine's clock, which
 * the database shares, unless a helper says otherwise.
 */

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

/**
 * Moves every recorded failed sign-in of an account `seconds` into the past, by the database's
 * clock, which the sign-in limits read.
 */
export async function backdateFailedSignIns(
  t: TestApp,
  email: string,
  seconds: number,
): Promise<void> {
  await t.app
    .get(DataSource)
    .createQueryBuilder()
    .update(LoginFailure)
    .set({ attemptedAt: () => 'attempted_at - make_interval(secs => :seconds)' })
    .where('email = :email', { email })
    .setParameter('seconds', seconds)
    .execute();
}

/**
 * `count` failed sign-ins for an account, each from an address of its own, recorded as the
 * sign-in throttle records them: for more failures than the API would let through.
 */
export async function recordFailedSignIns(
  t: TestApp,
  email: string,
  count: number,
  origin = 'elsewhere',
): Promise<void> {
  const failures = t.app.get(LoginFailuresRepository);
  for (let n = 1; n <= count; n += 1) {
    const clientHash = createHash('sha256').update(`${origin}${n}`).digest('hex');
    await failures.insertAttempt(email, clientHash);
  }
}

/** A session of `person` that was never revoked and expired `daysAgo` days ago. */
export async function makeExpiredSession(t: TestApp, person: Pick<User, 'id'>, daysAgo: number) {
  return t.app.get(SessionsRepository).insert({
    userId: person.id,
    expiresAt: new Date(Date.now() - daysAgo * DAY_MS),
    revokedAt: null,
    userAgent: null,
  });
}

/** An unused password-reset link of `person` that expired `daysAgo` days ago. */
export async function makeExpiredResetLink(
  t: TestApp,
  person: Pick<User, 'id'>,
  daysAgo: number,
): Promise<void> {
  await t.app.get(AccountTokensRepository).insert({
    userId: person.id,
    purpose: 'password_reset',
    secretHash: createHash('sha256').update(`expired ${daysAgo} ${Math.random()}`).digest('hex'),
    expiresAt: new Date(Date.now() - daysAgo * DAY_MS),
    usedAt: null,
  });
}

/** Lets every account link (invitation, password reset) of `person` expire a second ago. */
export async function expireAccountLinks(t: TestApp, person: Pick<User, 'id'>): Promise<void> {
  await t.app
    .get(DataSource)
    .getRepository(AccountToken)
    .update({ userId: person.id }, { expiresAt: new Date(Date.now() - SECOND_MS) });
}

/**
 * The visitor-hash salts of yesterday and tomorrow, in the organisation's time zone, as the
 * click tracker stores one on each day's first visit.
 */
export async function makeVisitorSaltsAroundToday(t: TestApp): Promise<void> {
  const { timeZone } = await t.app.get(SettingsService).get();
  const salts = t.app.get(VisitorSaltsRepository);
  const now = Date.now();
  await salts.insertIfMissing(localDate(now - DAY_MS, timeZone), Buffer.from([0]));
  await salts.insertIfMissing(localDate(now + DAY_MS, timeZone), Buffer.from([1]));
}

/** Dates a feed source's last poll `minutes` ago, as if its poller had run then. */
export async function backdateLastPoll(
  t: TestApp,
  sourceId: string,
  minutes: number,
): Promise<void> {
  await t.app
    .get(SourcesRepository)
    .recordPoll(sourceId, { lastPolledAt: new Date(Date.now() - minutes * 60_000) });
}

/** Dates the person's joining of the advocacy programme at `at`. */
export async function backdateEnrollment(
  t: TestApp,
  person: Pick<User, 'id'>,
  at: Date,
): Promise<void> {
  await t.app
    .get(DataSource)
    .query(`UPDATE enrollments SET enrolled_at = $2 WHERE user_id = $1`, [person.id, at]);
}

/** Dates the publication of policy version `version` at `at`. */
export async function backdatePolicyVersion(t: TestApp, version: number, at: Date): Promise<void> {
  await t.app
    .get(DataSource)
    .query(`UPDATE policy_versions SET published_at = $2 WHERE version = $1`, [version, at]);
}

/** Dates an item's last submission for review at `at`. */
export async function backdateSubmission(t: TestApp, itemId: string, at: Date): Promise<void> {
  await t.app
    .get(DataSource)
    .query(`UPDATE content_items SET submitted_at = $2 WHERE id = $1`, [itemId, at]);
}
