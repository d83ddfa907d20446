import { renderMessage } from '@chorus/core';
import {
  accountWaitMs,
  limitsReachedByAFailure,
  refusalMessage,
  signInRefusal,
  type SignInStanding,
} from './login-limits';

const NOW = new Date('2026-03-02T09:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

function standing(overrides: Partial<Omit<SignInStanding, 'now'>> = {}): SignInStanding {
  return {
    now: NOW,
    account: { failures: 0, latest: null },
    accountFromClient: { failures: 0, oldest: null },
    client: { failures: 0, oldest: null },
    ...overrides,
  };
}

const untrusted = { trustedDevice: false };

describe('accountWaitMs', () => {
  it('lets the first 10 failures of the hour cost nothing', () => {
    expect(accountWaitMs(0)).toBe(0);
    expect(accountWaitMs(9)).toBe(0);
  });

  it('waits a minute after the tenth, doubling with each further failure, up to 15 minutes', () => {
    const minutes = [10, 11, 12, 13, 14, 15, 500].map((n) => accountWaitMs(n) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });
});

describe('signInRefusal', () => {
  it('lets an attempt through below every limit', () => {
    const fine = standing({
      account: { failures: 9, latest: ago(1) },
      accountFromClient: { failures: 4, oldest: ago(60) },
      client: { failures: 29, oldest: ago(60) },
    });
    expect(signInRefusal(fine, untrusted)).toBeNull();
  });

  it('holds one client on one account back until its oldest failure is 15 minutes old', () => {
    const five = standing({ accountFromClient: { failures: 5, oldest: ago(60) } });
    expect(signInRefusal(five, untrusted)).toEqual({
      limit: 'account',
      retryAfterSeconds: 14 * 60,
    });
  });

  it('holds one client back across accounts after 30 failures', () => {
    const thirty = standing({ client: { failures: 30, oldest: ago(5 * 60) } });
    expect(signInRefusal(thirty, untrusted)).toEqual({ limit: 'client', retryAfterSeconds: 600 });
  });

  it('makes the account wait after its latest failure, except for a trusted browser', () => {
    const twelve = standing({ account: { failures: 12, latest: ago(30) } });
    expect(signInRefusal(twelve, untrusted)).toEqual({
      limit: 'account-anywhere',
      retryAfterSeconds: 210,
    });
    expect(signInRefusal(twelve, { trustedDevice: true })).toBeNull();
  });

  it('lets the account try again once the wait is over', () => {
    const waited = standing({ account: { failures: 11, latest: ago(120) } });
    expect(signInRefusal(waited, untrusted)).toBeNull();
  });

  it('names the limit that holds the attempt back the longest', () => {
    const both = standing({
      account: { failures: 14, latest: ago(1) },
      accountFromClient: { failures: 5, oldest: ago(14 * 60) },
    });
    expect(signInRefusal(both, untrusted)).toEqual({
      limit: 'account-anywhere',
      retryAfterSeconds: 899,
    });
  });

  it('rounds a wait of part of a second up, never to zero', () => {
    const almost = standing({
      accountFromClient: { failures: 5, oldest: new Date(NOW.getTime() - 15 * 60_000 + 200) },
    });
    expect(signInRefusal(almost, untrusted)?.retryAfterSeconds).toBe(1);
  });
});

describe('limitsReachedByAFailure', () => {
  it('names each limit the next failure reaches, once', () => {
    const onTheEdge = standing({
      account: { failures: 9, latest: ago(1) },
      accountFromClient: { failures: 4, oldest: ago(1) },
      client: { failures: 29, oldest: ago(1) },
    });
    expect(limitsReachedByAFailure(onTheEdge)).toEqual(['account', 'client', 'account-anywhere']);
    expect(limitsReachedByAFailure(standing())).toEqual([]);
  });
});

describe('refusalMessage', () => {
  it('says how many minutes to wait and what else to do', () => {
    const account = refusalMessage({ limit: 'account', retryAfterSeconds: 61 });
    expect(account).toEqual({ key: 'errors:auth.tooManyAttempts', params: { count: 2 } });
    expect(renderMessage('en', account.key, account.params)).toBe(
      'Too many failed sign-in attempts. Wait 2 minutes and try again, or reset your password ("Forgot your password?" on the sign-in page).',
    );
    const anywhere = refusalMessage({ limit: 'account-anywhere', retryAfterSeconds: 20 });
    expect(renderMessage('en', anywhere.key, anywhere.params)).toContain(
      'Wait 1 minute and try again, sign in from a browser you have used with Chorus before',
    );
    expect(renderMessage('nl', anywhere.key, anywhere.params)).toContain('Wacht 1 minuut');
  });
});
