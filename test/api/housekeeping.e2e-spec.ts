import { DataSource } from 'typeorm';
import { HousekeepingService } from '../../apps/api/src/housekeeping/housekeeping.service';
import { JOBS_SCHEMA } from '../../apps/api/src/jobs/jobs.service';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('background jobs and housekeeping', () => {
  let t: TestApp;
  let database: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    database = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('keeps the job queues in PostgreSQL, with housekeeping scheduled every hour', async () => {
    const schedules = await database.query(
      `SELECT name, cron FROM ${JOBS_SCHEMA}.schedule WHERE name = 'housekeeping'`,
    );
    expect(schedules).toEqual([{ name: 'housekeeping', cron: '17 * * * *' }]);
  });

  it('forgets old failed sign-ins, long-ended sessions and long-expired links, and keeps the rest', async () => {
    const user = await makeUser(t);
    const { agent } = await signIn(t, user);
    await t.http().post('/api/auth/login').send({ email: 'old@housekeeping.test', password: 'x1' });
    await t.http().post('/api/auth/login').send({ email: 'new@housekeeping.test', password: 'x2' });
    await database.query(
      `UPDATE login_failures SET attempted_at = now() - interval '1 hour' WHERE email = 'old@housekeeping.test'`,
    );
    const [old] = await database.query(
      `INSERT INTO sessions (user_id, expires_at, revoked_at) VALUES ($1, now() - interval '40 days', NULL) RETURNING id`,
      [user.id],
    );
    await database.query(
      `INSERT INTO account_tokens (user_id, purpose, secret_hash, expires_at)
       VALUES ($1, 'password_reset', repeat('a', 64), now() - interval '31 days'),
              ($1, 'password_reset', repeat('b', 64), now() - interval '1 day')`,
      [user.id],
    );

    await database.query(
      `INSERT INTO visitor_salts (day, salt) VALUES (current_date - 1, '\\x00'), (current_date + 1, '\\x01')`,
    );

    const removed = await t.app.get(HousekeepingService).run();

    expect(removed).toEqual({ failedSignIns: 1, sessions: 1, links: 1, visitorSalts: 1 });
    const failures = await database.query(`SELECT email FROM login_failures`);
    expect(failures).toEqual([{ email: 'new@housekeeping.test' }]);
    expect(await database.query(`SELECT id FROM sessions WHERE id = $1`, [old.id])).toEqual([]);
    await agent.get('/api/me').expect(200);
    const [{ count }] = await database.query(
      `SELECT count(*)::int AS count FROM account_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(count).toBe(1);
  });
});
