import request from 'supertest';
import { DataSource } from 'typeorm';
import { backdateFailedSignIns, recordFailedSignIns } from '../support/history';
import { cookieValue, createTestApp, makeUser, MadeUser, TestApp } from '../support/test-app';

/**
 * The limits on password guessing. Requests are fired in parallel and their outcomes counted,
 * so the counts hold however the attempts interleave. Time is moved by dating the recorded
 * failures back in the database, whose clock the limits read.
 */
describe('limits on password guessing', () => {
  let t: TestApp;
  let url: string;
  let database: DataSource;

  beforeAll(async () => {
    // Behind a trusted proxy, so that each test can speak from several addresses.
    t = await createTestApp({ CHORUS_TRUST_PROXY: 'true' });
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    database = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  let addresses = 0;
  /** A client address no other attempt has used. */
  const freshAddress = () => {
    addresses += 1;
    return `198.51.100.${addresses}`;
  };

  function attempt(email: string, password: string, from: string, deviceCookie?: string) {
    const call = request(url)
      .post('/api/auth/login')
      .set('X-Forwarded-For', from)
      .send({ email, password });
    return deviceCookie ? call.set('Cookie', `chorus_device=${deviceCookie}`) : call;
  }

  const statuses = (responses: { status: number }[]) => {
    const counts: Record<number, number> = {};
    for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  };

  /** Moves every recorded failure of an account `seconds` into the past. */
  const ageFailures = (email: string, seconds: number) => backdateFailedSignIns(t, email, seconds);

  const failuresOf = async (email: string) =>
    (await database.query(`SELECT id FROM login_failures WHERE email = $1`, [email])).length;

  describe('from one address', () => {
    it('checks 5 of 40 parallel wrong passwords for one account and refuses the rest', async () => {
      const user = await makeUser(t);
      const from = freshAddress();

      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, n) => attempt(user.email, `wrong-${n}`, from)),
      );

      expect(statuses(responses)).toEqual({ 401: 5, 429: 35 });
      expect(await failuresOf(user.email)).toBe(5);
      const refused = responses.find((response) => response.status === 429)!;
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(refused.body.message).toMatch(
        /^Too many failed sign-in attempts\. Wait 15 minutes and try again, or reset your password/,
      );
    });

    it('checks 30 of 40 parallel guesses spread over 40 accounts', async () => {
      const from = freshAddress();

      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, n) =>
          attempt(`stuffed-${n}-${Date.now()}@chorus.test`, 'password123', from),
        ),
      );

      expect(statuses(responses)).toEqual({ 401: 30, 429: 10 });
    });

    it('lets the address try again once its oldest failure has left the 15 minutes', async () => {
      const user = await makeUser(t);
      const from = freshAddress();
      for (let n = 0; n < 5; n += 1) await attempt(user.email, `wrong-${n}`, from).expect(401);
      await attempt(user.email, user.password, from).expect(429);

      await ageFailures(user.email, 15 * 60 + 1);

      await attempt(user.email, user.password, from).expect(200);
    });
  });

  describe('on one account from many addresses', () => {
    it('checks 10 of 30 parallel guesses spread over 6 addresses, then makes every address wait', async () => {
      const user = await makeUser(t);
      const from = Array.from({ length: 6 }, freshAddress);

      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, n) => attempt(user.email, `wrong-${n}`, from[n % 6])),
      );

      expect(statuses(responses)).toEqual({ 401: 10, 429: 20 });
      const audited = await database.query(
        `SELECT summary FROM audit_entries
          WHERE action = 'auth.sign_in_throttled' AND target_label = $1
            AND summary->>'limit' = 'account-anywhere'`,
        [user.email],
      );
      expect(audited).toEqual([{ summary: expect.objectContaining({ failures: 10 }) }]);
      const refused = await attempt(user.email, 'wrong-again', freshAddress()).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(refused.body.message).toBe(
        'Too many failed sign-in attempts on this account, from several places. Wait 1 minute and try again, ' +
          'sign in from a browser you have used with Chorus before, or reset your password ("Forgot your password?" on the sign-in page).',
      );
    });

    it('doubles the wait with each further failure, up to 15 minutes', async () => {
      const user = await makeUser(t);
      await failFromManyAddresses(user, 10);
      const waits: number[] = [];

      for (let further = 0; further < 6; further += 1) {
        const refused = await attempt(user.email, 'wrong', freshAddress()).expect(429);
        const retryAfter = Number(refused.headers['retry-after']);
        waits.push(retryAfter);
        // Waiting as long as Retry-After said lets the next guess be checked.
        await ageFailures(user.email, retryAfter);
        await attempt(user.email, `wrong-${further}`, freshAddress()).expect(401);
      }

      // Each wait is counted from the latest failure, a moment before it was asked for.
      expect(waits.map((seconds) => Math.ceil(seconds / 60))).toEqual([1, 2, 4, 8, 15, 15]);
    });

    it('lets the wait end once the failures are an hour old', async () => {
      const user = await makeUser(t);
      await failFromManyAddresses(user, 12);
      await attempt(user.email, user.password, freshAddress()).expect(429);

      await ageFailures(user.email, 60 * 60 + 1);

      await attempt(user.email, user.password, freshAddress()).expect(200);
    });

    it('does not hold back a browser that signed in to the account before', async () => {
      const user = await makeUser(t);
      const earlier = await attempt(user.email, user.password, freshAddress()).expect(200);
      const device = cookieValue(earlier, 'chorus_device');
      expect(earlier.headers['set-cookie']).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^chorus_device=.*Path=\/api\/auth\/login.*HttpOnly/i),
        ]),
      );
      await failFromManyAddresses(user, 15);

      await attempt(user.email, user.password, freshAddress()).expect(429);
      await attempt(user.email, user.password, freshAddress(), device).expect(200);
    });

    it("does not let one account's device cookie past another account's wait", async () => {
      const attacker = await makeUser(t);
      const victim = await makeUser(t);
      const own = await attempt(attacker.email, attacker.password, freshAddress()).expect(200);
      await failFromManyAddresses(victim, 10);

      await attempt(
        victim.email,
        victim.password,
        freshAddress(),
        cookieValue(own, 'chorus_device'),
      ).expect(429);
      await attempt(victim.email, victim.password, freshAddress(), 'made.up').expect(429);
    });

    it('gives an unknown address the same answers as a known one', async () => {
      const unknown = `nobody-${Date.now()}@chorus.test`;
      const from = Array.from({ length: 3 }, freshAddress);

      const responses = await Promise.all(
        Array.from({ length: 15 }, (_, n) => attempt(unknown, `wrong-${n}`, from[n % 3])),
      );

      expect(statuses(responses)).toEqual({ 401: 10, 429: 5 });
    });

    /**
     * `count` wrong passwords for `user` from as many addresses: the first 10 through the API,
     * any beyond them recorded as the throttle records them, as the API would refuse them.
     */
    async function failFromManyAddresses(user: MadeUser, count: number): Promise<void> {
      for (let n = 0; n < Math.min(count, 10); n += 1) {
        await attempt(user.email, `wrong-${n}`, freshAddress()).expect(401);
      }
      await recordFailedSignIns(t, user.email, Math.max(count - 10, 0));
    }
  });
});
