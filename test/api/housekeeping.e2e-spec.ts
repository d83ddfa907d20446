import { DataSource } from 'typeorm';
import { HousekeepingService } from '../../apps/api/src/housekeeping/housekeeping.service';
import { ClicksRepository } from '../../apps/api/src/tracking/clicks.repository';
import { makeClicks, makeLiveItem, makeShare, saveSettings } from '../support/factories';
import {
  backdateFailedSignIns,
  makeExpiredResetLink,
  makeExpiredSession,
  makeVisitorSaltsAroundToday,
} from '../support/history';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('background jobs and housekeeping', () => {
  let t: TestApp;
  let database: DataSource;

  // Housekeeping works on the whole database: each test runs it on a database of its own.
  beforeEach(async () => {
    t = await createTestApp();
    database = t.app.get(DataSource);
  });
  afterEach(() => t.close());

  it('forgets old failed sign-ins, long-ended sessions, long-expired links and long-delivered mail, and keeps the rest', async () => {
    const user = await makeUser(t);
    const { agent } = await signIn(t, user);
    await t.http().post('/api/auth/login').send({ email: 'old@housekeeping.test', password: 'x1' });
    await t.http().post('/api/auth/login').send({ email: 'new@housekeeping.test', password: 'x2' });
    await backdateFailedSignIns(t, 'old@housekeeping.test', 2 * 60 * 60);
    const old = await makeExpiredSession(t, user, 40);
    await makeExpiredResetLink(t, user, 31);
    await makeExpiredResetLink(t, user, 1);
    await makeVisitorSaltsAroundToday(t);
    for (const [key, status, daysAgo] of [
      ['sent-long-ago', 'sent', 31],
      ['kept-long-ago', 'kept', 31],
      ['sent-yesterday', 'sent', 1],
      ['failed-long-ago', 'failed', 40],
    ] as const) {
      await database.query(
        `INSERT INTO mail_deliveries (idempotency_key, recipient, language, subject, text, html,
           status, send_after, created_at, sent_at)
         VALUES ($1, 'someone@housekeeping.test', 'en', 'Subject', 'Text', '<p>HTML</p>', $2::varchar,
           now() - make_interval(days => $3), now() - make_interval(days => $3),
           CASE WHEN $2::varchar = 'failed' THEN NULL ELSE now() - make_interval(days => $3) END)`,
        [key, status, daysAgo],
      );
    }

    const removed = await t.app.get(HousekeepingService).run();

    expect(removed).toEqual({
      failedSignIns: 1,
      sessions: 1,
      links: 1,
      visitorSalts: 1,
      visitorHashes: 0,
      clickMonths: [],
      deliveredMail: 2,
    });
    const mail = await database.query(
      `SELECT idempotency_key AS key FROM mail_deliveries ORDER BY idempotency_key`,
    );
    expect(mail).toEqual([{ key: 'failed-long-ago' }, { key: 'sent-yesterday' }]);
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

  it("drops months of click events past the retention period, keeps their rollups, and forgets yesterday's visitor hashes", async () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    // 14 and 13 months before November 2026; the default retention is 13 months.
    for (const month of ['2025-09-01', '2025-10-01', '2026-12-01']) {
      await t.app.get(ClicksRepository).createPartition(month);
    }
    const shareId = await makeShare(t, await makeUser(t), await makeLiveItem(t), {
      network: 'linkedin',
    });
    await makeClicks(t, [
      { shareId, day: '2026-11-21', visitor: 'yesterday' },
      { shareId, day: '2026-11-22', visitor: 'today' },
    ]);

    const removed = await t.app.get(HousekeepingService).run(now);

    expect(removed.clickMonths).toEqual(['click_events_2025_09']);
    expect(removed.visitorHashes).toBe(1);
    const partitions = await database.query(
      `SELECT child.relname AS name FROM pg_inherits JOIN pg_class child ON child.oid = inhrelid
        WHERE inhparent = 'click_events'::regclass ORDER BY 1`,
    );
    expect(partitions.map((row: { name: string }) => row.name)).toEqual(
      expect.arrayContaining([
        'click_events_2025_10',
        'click_events_2026_11',
        'click_events_2026_12',
      ]),
    );
    expect(partitions.map((row: { name: string }) => row.name)).not.toContain(
      'click_events_2025_09',
    );
    expect(await database.query('SELECT visitor FROM recent_visitors')).toEqual([
      { visitor: 'today' },
    ]);
  });

  it('keeps as many months as an admin sets', async () => {
    await saveSettings(t, await makeUser(t, { roles: ['admin'] }), { clickRetentionMonths: 1 });
    for (const month of ['2025-10-01', '2026-09-01']) {
      await t.app.get(ClicksRepository).createPartition(month);
    }
    const removed = await t.app.get(HousekeepingService).run(Date.parse('2026-11-22T12:00:00Z'));
    expect(removed.clickMonths).toEqual(['click_events_2025_10', 'click_events_2026_09']);
  });
});
