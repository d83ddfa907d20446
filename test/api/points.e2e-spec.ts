import { DataSource } from 'typeorm';
import { DEFAULT_POINT_RULES } from '@chorus/core';
import { PointsService } from '../../apps/api/src/points/points.service';
import { recountPoints } from '../../apps/api/src/points/recount.repository';
import { SharesRepository } from '../../apps/api/src/sharing/shares.repository';
import { ClickStorage } from '../../apps/api/src/tracking/click-storage';
import { newTrackedCode } from '../../apps/api/src/sharing/tracked-code';
import { eventually } from '../support/eventually';
import {
  approveItem,
  makeClicks,
  makeItem,
  makeLiveItem,
  makeQuiz,
  makeReady,
  makeShare,
  passStage,
  publishPolicy,
} from '../support/factories';
import { createTestApp, makeUser, MadeUser, signIn, TestApp } from '../support/test-app';

describe('points', () => {
  let t: TestApp;
  let db: DataSource;
  let points: PointsService;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    points = t.app.get(PointsService);
    admin = await makeUser(t, { roles: ['admin'] });
    await makeQuiz(t, await makeUser(t, { roles: ['curator'] }), 1, 2);
    await publishPolicy(t, admin);
  });
  afterAll(() => t.close());

  const awardsOf = (userId: string) =>
    db.query<{ rule: string; points: number; count: number }[]>(
      `SELECT rule, sum(points)::int AS points, count(*)::int AS count FROM point_awards
        WHERE user_id = $1 GROUP BY rule ORDER BY rule`,
      [userId],
    );
  const monthsOf = (userId: string) =>
    db.query<{ month: string; points: number }[]>(
      `SELECT month::text, points FROM point_months WHERE user_id = $1 ORDER BY month`,
      [userId],
    );
  const isStale = async (userId: string) =>
    (await db.query(`SELECT 1 FROM points_stale WHERE user_id = $1`, [userId])).length > 0;

  it('derive awards and month sums from the facts, with the caps, and replace them wholesale', async () => {
    const person = await makeUser(t);
    const items = [];
    for (let index = 0; index < 4; index += 1) items.push(await makeLiveItem(t));
    const first = await makeShare(t, person, items[0], {
      network: 'x',
      at: new Date('2025-10-06T08:00:00Z'),
    });
    await db.query(`UPDATE shares SET edited = true WHERE id = $1`, [first]);
    // The same item on another network: no share point, its verification counts for the item.
    await makeShare(t, person, items[0], {
      network: 'linkedin',
      at: new Date('2025-10-06T08:01:00Z'),
      verifiedAt: new Date('2025-10-06T10:00:00Z'),
    });
    await makeShare(t, person, items[1], { network: 'x', at: new Date('2025-10-06T09:00:00Z') });
    await makeShare(t, person, items[2], { network: 'x', at: new Date('2025-10-06T10:00:00Z') });
    // A fourth item that day is beyond the cap: it earns nothing, its clicks neither.
    const beyond = await makeShare(t, person, items[3], {
      network: 'x',
      at: new Date('2025-10-06T11:00:00Z'),
      verifiedAt: new Date('2025-10-06T11:30:00Z'),
    });
    await makeClicks(t, [
      ...Array.from({ length: 25 }, () => ({ shareId: first, day: '2025-10-07' })),
      ...Array.from({ length: 30 }, () => ({ shareId: beyond, day: '2025-10-07' })),
      // Crawlers are no clicks.
      { shareId: first, day: '2025-10-07', kind: 'preview' as const },
    ]);

    await recountPoints(db.manager, [person.id]);

    expect(await awardsOf(person.id)).toEqual([
      { rule: 'clicks', points: 2, count: 1 },
      { rule: 'ownWords', points: 1, count: 1 },
      { rule: 'share', points: 3, count: 3 },
      { rule: 'verified', points: 2, count: 1 },
    ]);
    expect(await monthsOf(person.id)).toEqual([{ month: '2025-10-01', points: 8 }]);

    // A second recount replaces the rows: nothing is added twice.
    await recountPoints(db.manager, [person.id]);
    expect(await awardsOf(person.id)).toHaveLength(4);
    expect(await monthsOf(person.id)).toEqual([{ month: '2025-10-01', points: 8 }]);
  });

  it('mark a sharer stale with the share, and count them before their figures are read', async () => {
    const person = await makeReady(t, await makeUser(t));
    await points.refresh([person.id]);
    expect(await awardsOf(person.id)).toEqual([{ rule: 'training', points: 5, count: 1 }]);
    const agent = await signIn(t, person);
    const item = await makeLiveItem(t, { variants: [['x', 'en', 'Look at this']] });

    await agent.api
      .post('/api/shares', { contentId: item, network: 'x', text: 'Look at this' })
      .expect(201);

    // Counted by the queue or here, whichever comes first: either way it needed the mark.
    await points.refresh([person.id]);
    expect(await isStale(person.id)).toBe(false);
    expect(await awardsOf(person.id)).toEqual([
      { rule: 'share', points: 1, count: 1 },
      { rule: 'training', points: 5, count: 1 },
    ]);
  });

  it('never lose a share committed while a recount of its person runs', async () => {
    const person = await makeUser(t);
    await makeShare(t, person, await makeLiveItem(t), { network: 'x' });
    await points.markStale([person.id]);
    const secondItem = await makeLiveItem(t);
    // A second share, written and marked in a transaction still open when the recount starts.
    const sharing = db.createQueryRunner();
    await sharing.connect();
    await sharing.startTransaction();
    try {
      await t.app.get(SharesRepository).insert(
        {
          userId: person.id,
          itemId: secondItem,
          network: 'x',
          source: 'feed',
          variantId: null,
          text: 'Have a look!',
          edited: false,
          declaredAudience: null,
          code: newTrackedCode(),
        },
        sharing.manager,
      );
      await points.markStale([person.id], sharing.manager);
      let settled = false;
      const recount = points.refresh([person.id]).finally(() => (settled = true));
      // The recount either waits for the share's transaction or (were the mark not locked) ends
      // without seeing it: wait for one or the other, not for a time.
      await eventually('the recount to wait or end', async () => {
        if (settled) return true;
        const [{ waiting }] = await db.query<{ waiting: number }[]>(
          `SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`,
        );
        return waiting > 0;
      });
      await sharing.commitTransaction();
      await recount;
    } finally {
      if (sharing.isTransactionActive) await sharing.rollbackTransaction();
      await sharing.release();
    }

    await points.refresh([person.id]);
    expect(await awardsOf(person.id)).toEqual([{ rule: 'share', points: 2, count: 2 }]);
  });

  it('count a sharer again when clicks are written and the share is verified', async () => {
    const person = await makeUser(t);
    const share = await makeShare(t, person, await makeLiveItem(t), { network: 'x' });
    await recountPoints(db.manager, [person.id]);
    expect(await awardsOf(person.id)).toEqual([{ rule: 'share', points: 1, count: 1 }]);

    await makeClicks(t, [
      { shareId: share, day: '2025-11-02', kind: 'preview' },
      ...Array.from({ length: 10 }, () => ({ shareId: share, day: '2025-11-02' })),
    ]);
    await t.app
      .get(ClickStorage)
      .markVerified(new Map([[share, Date.parse('2025-11-02T12:00:00Z')]]));

    await points.refresh([person.id]);
    expect(await awardsOf(person.id)).toEqual([
      { rule: 'clicks', points: 1, count: 1 },
      { rule: 'share', points: 1, count: 1 },
      { rule: 'verified', points: 2, count: 1 },
    ]);
  });

  it('mark the sharer again when a batch of clicks is written a second time', async () => {
    const person = await makeUser(t);
    const share = await makeShare(t, person, await makeLiveItem(t), { network: 'x' });
    const at = Date.parse('2025-11-03T09:00:00Z');
    const batch = Array.from({ length: 10 }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      shareId: share,
      at: at + index,
      day: '2025-11-03',
      kind: 'click' as const,
      crawler: null,
      visitor: null,
    }));
    const storage = t.app.get(ClickStorage);
    expect(await storage.writeClicks(batch)).toBe(10);
    await points.refresh([person.id]);
    expect(await isStale(person.id)).toBe(false);

    // A retry after the marking failed (or a journal replayed after a crash) writes nothing new,
    // and must still leave the sharer to be counted.
    expect(await storage.writeClicks(batch)).toBe(0);
    expect(await isStale(person.id)).toBe(true);
    await points.refresh([person.id]);
    expect(await awardsOf(person.id)).toEqual([
      { rule: 'clicks', points: 1, count: 1 },
      { rule: 'share', points: 1, count: 1 },
    ]);
  });

  it('tell people of badges earned this week, and record older ones without a word', async () => {
    const person = await makeUser(t);
    await makeShare(t, person, await makeLiveItem(t), {
      network: 'x',
      at: new Date('2025-06-02T08:00:00Z'),
    });
    await passStage(t, person, 1);

    await points.refresh([person.id]);

    const badges = await db.query<{ badge: string; notified: boolean }[]>(
      `SELECT badge, notified_at IS NOT NULL AS notified FROM badge_awards WHERE user_id = $1
        ORDER BY badge`,
      [person.id],
    );
    expect(badges).toEqual([
      { badge: 'first-share', notified: false },
      { badge: 'training-1', notified: true },
    ]);
    const notifications = await db.query<{ kind: string; params: unknown }[]>(
      `SELECT kind, params FROM notifications WHERE user_id = $1`,
      [person.id],
    );
    expect(notifications).toEqual([{ kind: 'badge.earned', params: { badge: 'training-1' } }]);

    // Found again by a later recount, a badge is neither recorded nor announced twice.
    await points.markStale([person.id]);
    await points.refresh([person.id]);
    expect(
      await db.query(`SELECT 1 FROM notifications WHERE user_id = $1`, [person.id]),
    ).toHaveLength(1);
  });

  it('give the suggester +5 once the item credited to their suggestion is approved', async () => {
    const suggester = await makeUser(t);
    const [author, reviewer] = [
      await makeUser(t, { roles: ['curator'] }),
      await makeUser(t, { roles: ['curator'] }),
    ];
    const item = await makeItem(t, { title: 'A page a colleague found' });
    await db.query(
      `INSERT INTO source_entries (url, title, suggested_by_id, note, state, item_id)
       VALUES ($1, 'A page a colleague found', $2, 'Our customers ask about this', 'promoted', $3)`,
      [`https://found.example/${item}`, suggester.id, item],
    );
    await recountPoints(db.manager, [suggester.id]);
    expect(await awardsOf(suggester.id)).toEqual([]);

    await approveItem(t, item, { author, reviewer });

    await points.refresh([suggester.id]);
    expect(await awardsOf(suggester.id)).toEqual([{ rule: 'suggestion', points: 5, count: 1 }]);
  });

  it('go with the person’s account', async () => {
    const person = await makeUser(t);
    await makeShare(t, person, await makeLiveItem(t), { network: 'x' });
    await recountPoints(db.manager, [person.id]);
    expect(await awardsOf(person.id)).toHaveLength(1);

    await db.query(`DELETE FROM users WHERE id = $1`, [person.id]);

    for (const table of ['point_awards', 'point_months', 'badge_awards', 'points_stale']) {
      expect(await db.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [person.id])).toEqual([]);
    }
  });

  describe('over the API', () => {
    it('tell me my points in a period, how I earned them, and every badge I ever earned', async () => {
      const person = await makeUser(t);
      const agent = await signIn(t, person);
      const today = new Date();
      await makeShare(t, person, await makeLiveItem(t), { network: 'x', at: today });
      await makeShare(t, person, await makeLiveItem(t), {
        network: 'x',
        at: new Date('2025-03-03T09:00:00Z'),
        verifiedAt: new Date('2025-03-03T10:00:00Z'),
      });

      const month = await agent.api.get('/api/me/points?period=month').expect(200);
      const all = await agent.api.get('/api/me/points?period=all').expect(200);

      expect(month.body.total).toBe(1);
      expect(month.body.rules).toEqual([
        { rule: 'share', points: 1, count: 1 },
        { rule: 'ownWords', points: 0, count: 0 },
        { rule: 'verified', points: 0, count: 0 },
        { rule: 'clicks', points: 0, count: 0 },
        { rule: 'suggestion', points: 0, count: 0 },
        { rule: 'training', points: 0, count: 0 },
      ]);
      expect(month.body.period.from).toMatch(/^\d{4}-\d{2}-01$/);
      expect(all.body.total).toBe(4);
      expect(all.body.period.from).toBeNull();
      expect(all.body.badges).toEqual([
        { badge: 'first-share', earnedAt: '2025-03-03T09:00:00.000Z' },
      ]);
      await agent.api.get('/api/me/points?period=week').expect(400);
    });

    it('show everyone the rules with their definitions, in their language', async () => {
      const agent = await signIn(t, await makeUser(t));

      const english = await agent.api.get('/api/points/rules').expect(200);
      const german = await agent.api
        .get('/api/points/rules')
        .set('Accept-Language', 'de')
        .expect(200);

      expect(english.body.rules).toEqual(DEFAULT_POINT_RULES);
      expect(english.body.effectiveFrom).toBeNull();
      expect(english.body.definitions.clicks).toContain('every 10 clicks, at most 10 points');
      expect(english.body.definitions.dailyShareCap).toContain('At most 3 shares a day count');
      expect(german.body.definitions.selfClicks).toContain('Ihre eigenen Klicks zählen nie');
    });

    it('let an admin change the rules from now on, audited, and refuse values out of range', async () => {
      const adminAgent = await signIn(t, admin);
      const employee = await signIn(t, await makeUser(t));
      const changed = structuredClone(DEFAULT_POINT_RULES);
      changed.share.points = 4;
      changed.ownWords.enabled = false;

      await employee.api.put('/api/points/rules', changed).expect(403);
      const refused = await adminAgent.api
        .put('/api/points/rules', { ...changed, dailyShareCap: 0 })
        .expect(400);
      expect(JSON.stringify(refused.body)).toContain('dailyShareCap');
      await adminAgent.api
        .put('/api/points/rules', {
          ...changed,
          clicks: { enabled: true, points: 1 } as typeof changed.clicks,
        })
        .expect(400);
      const { share: _left, ...withoutShare } = changed;
      const missing = await adminAgent.api
        .put('/api/points/rules', withoutShare as typeof changed)
        .expect(400);
      expect(JSON.stringify(missing.body)).toContain('share');
      expect(await db.query(`SELECT 1 FROM point_rule_versions`)).toEqual([]);

      const person = await makeUser(t);
      await makeShare(t, person, await makeLiveItem(t), {
        network: 'x',
        at: new Date(Date.now() - 60_000),
      });
      const answer = await adminAgent.api.put('/api/points/rules', changed).expect(200);
      await makeShare(t, person, await makeLiveItem(t), {
        network: 'x',
        at: new Date(Date.now() + 60_000),
      });

      expect(answer.body.rules).toEqual(changed);
      expect(answer.body.effectiveFrom).toEqual(expect.any(String));
      const [entry] = await db.query(
        `SELECT action, summary FROM audit_entries WHERE action = 'points.rules_changed'`,
      );
      expect(entry.summary.after.pointRules).toContain('share 4 · ownWords off');
      await points.markStale([person.id]);
      await points.refresh([person.id]);
      // The share before the change earns what it did; the one after, the new value.
      expect(
        await db.query(
          `SELECT points FROM point_awards WHERE user_id = $1 AND rule = 'share' ORDER BY at`,
          [person.id],
        ),
      ).toEqual([{ points: 1 }, { points: 4 }]);
    });
  });
});
