import { DataSource } from 'typeorm';
import {
  competitionRanks,
  pointAwards,
  type LeaderboardPeriod,
  type PointShareFact,
} from '@chorus/core';
import { Clock } from '../../apps/api/src/common/clock';
import { PointsService } from '../../apps/api/src/points/points.service';
import { recountPoints } from '../../apps/api/src/points/recount.repository';
import {
  enroll,
  leaveProgramme,
  makeClicks,
  makeGroup,
  makeItem,
  makeShare,
  placeInGroups,
  saveSettings,
} from '../support/factories';
import {
  createTestApp,
  makeUser,
  type MadeUser,
  signIn,
  type SignedInAgent,
  type TestApp,
} from '../support/test-app';

/** 20 November 2026 at noon: this month is November, this quarter October to December. */
const NOW = new Date('2026-11-20T12:00:00Z');
const NOVEMBER = '2026-11-01';
const OCTOBER = '2026-10-01';

/**
 * Opt-in leaderboards: nobody is shown who did not choose it, hiding takes effect at once in
 * every period, everyone in the programme sees their own rank, and departments are ranked per
 * enrolled member without naming anyone.
 */
describe('leaderboards', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(NOW));
    admin = await makeUser(t, { roles: ['admin'] });
  });
  afterAll(() => t.close());

  /** A person's points of a month, as a recount writes them (the recount is tested apart). */
  async function givePoints(person: { id: string }, month: string, points: number) {
    await db.query(
      `INSERT INTO point_months (month, user_id, points) VALUES ($1, $2, $3)
       ON CONFLICT (month, user_id) DO UPDATE SET points = EXCLUDED.points`,
      [month, person.id, points],
    );
  }

  /** Someone in the programme, in `department`, shown on leaderboards or not. */
  async function advocate(
    name: string,
    { department, shown = false }: { department?: { id: string }; shown?: boolean } = {},
  ): Promise<MadeUser & { agent: SignedInAgent }> {
    const person = await makeUser(t, { name });
    await enroll(t, person);
    if (department) await placeInGroups(t, admin, person, { departmentId: department.id });
    const agent = await signIn(t, person);
    if (shown) await agent.api.put('/api/me/leaderboard', { shown: true }).expect(200);
    return Object.assign(person, { agent });
  }

  const board = async (who: SignedInAgent, period: 'month' | 'quarter' = 'month') =>
    (await who.api.get(`/api/leaderboards?period=${period}`).expect(200)).body;

  /** Each test's people are alone: the ones before are taken out of the programme. */
  afterEach(async () => {
    await db.query(`DELETE FROM point_months`);
    await db.query(`DELETE FROM enrollments`);
  });

  describe('choosing to be shown', () => {
    it('is off when joining, saved and audited when changed, and needs the programme', async () => {
      const person = await makeUser(t, { name: 'Ines Ortega' });
      const agent = await signIn(t, person);
      const refused = await agent.api.put('/api/me/leaderboard', { shown: true }).expect(409);
      expect(refused.body.message).toMatch(/Join the advocacy programme first/);

      await enroll(t, person);
      expect((await agent.api.get('/api/me/advocacy').expect(200)).body).toMatchObject({
        enrolled: true,
        shownOnLeaderboards: false,
      });
      const shown = await agent.api.put('/api/me/leaderboard', { shown: true }).expect(200);
      expect(shown.body).toMatchObject({ shownOnLeaderboards: true });
      await agent.api.put('/api/me/leaderboard', { shown: true }).expect(200);
      await agent.api.put('/api/me/leaderboard', { shown: false }).expect(200);

      const audited: { action: string }[] = await db.query(
        `SELECT action FROM audit_entries WHERE target_id = $1 AND action LIKE 'advocacy.leaderboard%'
          ORDER BY at, id`,
        [person.id],
      );
      expect(audited.map((entry) => entry.action)).toEqual([
        'advocacy.leaderboard_shown',
        'advocacy.leaderboard_hidden',
      ]);
    });

    it('starts hidden again after leaving and joining the programme', async () => {
      const person = await advocate('Rejoining Person', { shown: true });
      await leaveProgramme(t, person);
      await enroll(t, person);

      const status = await person.agent.api.get('/api/me/advocacy').expect(200);
      expect(status.body.shownOnLeaderboards).toBe(false);
    });

    it('refuses a choice that is not true or false', async () => {
      const person = await advocate('Typo Person');
      const refused = await person.agent.api
        .malformed('put', '/api/me/leaderboard', { shown: 'yes' })
        .expect(400);
      expect(refused.body.message).toMatch(/shown/);
    });
  });

  describe('the leaderboard', () => {
    it('lists only the people who chose to be shown, equal points sharing a rank', async () => {
      const anna = await advocate('Anna', { shown: true });
      const bram = await advocate('Bram', { shown: true });
      const cleo = await advocate('Cleo', { shown: true });
      const hidden = await advocate('Hidden Person');
      await givePoints(anna, NOVEMBER, 12);
      await givePoints(bram, NOVEMBER, 20);
      await givePoints(cleo, NOVEMBER, 12);
      await givePoints(hidden, NOVEMBER, 50);

      const body = await board(anna.agent);

      expect(body.period).toEqual({ from: NOVEMBER, to: '2026-11-20' });
      expect(
        body.entries.map((e: { name: string; rank: number; points: number }) => [
          e.rank,
          e.name,
          e.points,
        ]),
      ).toEqual([
        [1, 'Bram', 20],
        [2, 'Anna', 12],
        [2, 'Cleo', 12],
      ]);
      expect(JSON.stringify(body)).not.toContain('Hidden Person');
      expect(body.me).toEqual({ rank: 2, of: 3, points: 12, shown: true });
    });

    it('tells someone not shown where they stand among those who are', async () => {
      const anna = await advocate('Anna', { shown: true });
      const bram = await advocate('Bram', { shown: true });
      const quiet = await advocate('Quiet Person');
      await givePoints(anna, NOVEMBER, 30);
      await givePoints(bram, NOVEMBER, 10);
      await givePoints(quiet, NOVEMBER, 15);

      const body = await board(quiet.agent);

      expect(body.me).toEqual({ rank: 2, of: 3, points: 15, shown: false });
      expect(body.entries.map((e: { name: string }) => e.name)).toEqual(['Anna', 'Bram']);
    });

    it('counts this quarter from its first month, and this month alone', async () => {
      const anna = await advocate('Anna', { shown: true });
      const bram = await advocate('Bram', { shown: true });
      await givePoints(anna, OCTOBER, 40);
      await givePoints(anna, NOVEMBER, 5);
      await givePoints(bram, NOVEMBER, 9);
      await givePoints(bram, '2026-09-01', 100);

      const month = await board(anna.agent, 'month');
      const quarter = await board(anna.agent, 'quarter');

      expect(
        month.entries.map((e: { name: string; points: number }) => [e.name, e.points]),
      ).toEqual([
        ['Bram', 9],
        ['Anna', 5],
      ]);
      expect(quarter.period).toEqual({ from: OCTOBER, to: '2026-11-20' });
      expect(
        quarter.entries.map((e: { name: string; points: number }) => [e.name, e.points]),
      ).toEqual([
        ['Anna', 45],
        ['Bram', 9],
      ]);
    });

    it('loses a person in every period the moment they hide themselves or leave', async () => {
      const anna = await advocate('Anna', { shown: true });
      const bram = await advocate('Bram', { shown: true });
      await givePoints(anna, OCTOBER, 40);
      await givePoints(bram, NOVEMBER, 9);

      await bram.agent.api.put('/api/me/leaderboard', { shown: false }).expect(200);
      await leaveProgramme(t, anna);

      const viewer = await advocate('Viewer', { shown: true });
      for (const period of ['month', 'quarter'] as const) {
        const names = (await board(viewer.agent, period)).entries.map(
          (e: { name: string }) => e.name,
        );
        expect(names).toEqual(['Viewer']);
      }
    });

    it('is for people in the programme, analysts and admins', async () => {
      const outsider = await makeUser(t, { name: 'Outsider' });
      const refused = await (await signIn(t, outsider)).api.get('/api/leaderboards').expect(409);
      expect(refused.body.message).toMatch(/Join the programme/);

      const analyst = await makeUser(t, { roles: ['analyst'] });
      const anna = await advocate('Anna', { shown: true });
      await givePoints(anna, NOVEMBER, 3);
      const seen = await board(await signIn(t, analyst));
      expect(seen.entries.map((e: { name: string }) => e.name)).toEqual(['Anna']);
      expect(seen.me).toEqual({ rank: null, of: 1, points: 0, shown: false });
    });

    it('refuses a period it does not offer', async () => {
      const anna = await advocate('Anna');
      await anna.agent.api.get('/api/leaderboards?period=year').expect(400);
    });
  });

  describe('departments', () => {
    it('rank by points per enrolled member, shown or not, so a small team can win', async () => {
      const sales = await makeGroup(t, admin, 'department', `Sales ${Date.now()}`);
      const legal = await makeGroup(t, admin, 'department', `Legal ${Date.now()}`);
      const tiny = await makeGroup(t, admin, 'department', `Tiny ${Date.now()}`);
      const salesPeople = await Promise.all(
        ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].map((name) =>
          advocate(name, { department: sales }),
        ),
      );
      const legalPeople = await Promise.all(
        ['L1', 'L2', 'L3', 'L4', 'L5'].map((name) => advocate(name, { department: legal })),
      );
      const tinyPeople = await Promise.all(
        ['T1', 'T2'].map((name) => advocate(name, { department: tiny, shown: true })),
      );
      // Sales: 70 points over 7 members (10 each); Legal: 60 over 5 (12 each).
      for (const person of salesPeople) await givePoints(person, NOVEMBER, 10);
      await givePoints(legalPeople[0], NOVEMBER, 60);
      await givePoints(tinyPeople[0], NOVEMBER, 500);

      const body = await board(salesPeople[0].agent);

      // No total: with it and the points of those shown, a hidden colleague's could be worked out.
      expect(body.departments).toEqual([
        { rank: 1, id: legal.id, name: legal.name, members: 5, perMember: 12 },
        { rank: 2, id: sales.id, name: sales.name, members: 7, perMember: 10 },
      ]);
    });

    it('share a rank when their points per member are equal, in whole points', async () => {
      const north = await makeGroup(t, admin, 'department', `North ${Date.now()}`);
      const south = await makeGroup(t, admin, 'department', `South ${Date.now()}`);
      const norths = await Promise.all(
        ['N1', 'N2', 'N3', 'N4', 'N5'].map((n) => advocate(n, { department: north })),
      );
      const souths = await Promise.all(
        ['O1', 'O2', 'O3', 'O4', 'O5', 'O6'].map((n) => advocate(n, { department: south })),
      );
      // 10 over 5 and 13 over 6 (2.17): both 2 points per member.
      await givePoints(norths[0], NOVEMBER, 10);
      await givePoints(souths[0], NOVEMBER, 13);

      const ranks = (await board(norths[1].agent)).departments.map(
        (d: { name: string; rank: number }) => [d.rank, d.name],
      );

      expect(ranks).toEqual([
        [1, north.name],
        [1, south.name],
      ]);
    });
  });

  describe('my standing', () => {
    it("compares my points with my team's median, from five enrolled members", async () => {
      const team = await makeGroup(t, admin, 'department', `Support ${Date.now()}`);
      const me = await advocate('Me', { department: team });
      const colleague = await advocate('Colleague', { department: team, shown: true });
      await givePoints(me, NOVEMBER, 7);
      await givePoints(colleague, NOVEMBER, 11);

      const two = await me.agent.api.get('/api/me/standing?period=month').expect(200);
      expect(two.body).toEqual({
        period: { from: NOVEMBER, to: '2026-11-20' },
        points: 7,
        rank: 2,
        of: 2,
        shown: false,
        department: { id: team.id, name: team.name },
        teamMedian: null,
      });

      for (const [name, points] of [
        ['Third', 1],
        ['Fourth', 20],
        ['Fifth', 3],
      ] as const) {
        await givePoints(await advocate(name, { department: team }), NOVEMBER, points);
      }
      const five = await me.agent.api.get('/api/me/standing?period=month').expect(200);
      expect(five.body.teamMedian).toBe(7);
    });

    it('adds up the days of the last 28 days, across months', async () => {
      const me = await advocate('Me');
      await db.query(
        `INSERT INTO point_awards (user_id, rule, day, at, points) VALUES
           ($1, 'share', '2026-10-22', '2026-10-22T10:00:00Z', 1),
           ($1, 'verified', '2026-10-24', '2026-10-24T10:00:00Z', 2),
           ($1, 'share', '2026-11-20', '2026-11-20T10:00:00Z', 1),
           ($1, 'share', '2026-10-20', '2026-10-20T10:00:00Z', 1)`,
        [me.id],
      );

      const body = (await me.agent.api.get('/api/me/standing?period=last-28-days').expect(200))
        .body;

      expect(body.period).toEqual({ from: '2026-10-24', to: '2026-11-20' });
      expect(body.points).toBe(3);
    });

    it('has no rank outside the programme', async () => {
      const outsider = await makeUser(t, { name: 'Outsider' });
      const body = (await (await signIn(t, outsider)).api.get('/api/me/standing').expect(200)).body;
      expect(body).toMatchObject({ rank: null, points: 0, shown: false, department: null });
    });
  });

  describe('recounted from the facts', () => {
    /** A person's shares and clicks as the points engine reads them, straight from the tables. */
    async function shareFacts(person: { id: string }): Promise<PointShareFact[]> {
      const shares: {
        id: string;
        itemId: string;
        day: string;
        at: Date;
        edited: boolean;
        verifiedAt: Date | null;
      }[] = await db.query(
        `SELECT id, item_id AS "itemId", to_char(day, 'YYYY-MM-DD') AS day, created_at AS at,
                edited, verified_at AS "verifiedAt"
           FROM shares WHERE user_id = $1 ORDER BY created_at`,
        [person.id],
      );
      const clicks: { shareId: string; day: string; clicks: number }[] = await db.query(
        `SELECT share_id AS "shareId", to_char(day, 'YYYY-MM-DD') AS day, clicks
           FROM share_click_days WHERE user_id = $1 AND clicks > 0`,
        [person.id],
      );
      return shares.map(({ id, ...share }) => ({
        ...share,
        clicks: clicks
          .filter((c) => c.shareId === id)
          .map(({ day, clicks: n }) => ({ day, clicks: n })),
      }));
    }

    /** The leaderboard the points engine gives for the period, from the same facts. */
    async function expectedBoard(
      people: { id: string; name: string }[],
      from: string,
    ): Promise<[number, string, number][]> {
      const totals = await Promise.all(
        people.map(async (person) => {
          const awards = pointAwards(
            { shares: await shareFacts(person), trainingPasses: [], approvedSuggestions: [] },
            [],
            'Europe/Amsterdam',
          );
          const points = awards
            .filter((award) => award.day >= from && award.day <= '2026-11-20')
            .reduce((sum, award) => sum + award.points, 0);
          return { name: person.name, points };
        }),
      );
      const ranks = competitionRanks(totals.map((total) => total.points));
      return totals
        .map((total, index): [number, string, number] => [ranks[index], total.name, total.points])
        .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    }

    it("count the caller's own new facts at once, without waiting for the background recount", async () => {
      const item = await makeItem(t, { title: 'Fresh story' });
      const me = await advocate('Fresh Sharer', { shown: true });
      await makeShare(t, me, item, { network: 'linkedin', at: new Date('2026-11-19T09:00:00Z') });
      await t.app.get(PointsService).markStale([me.id]);

      expect((await board(me.agent)).me).toEqual({ rank: 1, of: 1, points: 1, shown: true });
      const standing = await me.agent.api.get('/api/me/standing').expect(200);
      expect(standing.body.points).toBe(1);
    });

    it('serve the leaderboard the points engine gives from the facts, for both periods', async () => {
      await saveSettings(t, admin, { timeZone: 'Europe/Amsterdam' });
      const items = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => makeItem(t, { title: `Story ${n}` })),
      );
      const anna = await advocate('Anna', { shown: true });
      const bram = await advocate('Bram', { shown: true });
      const cleo = await advocate('Cleo', { shown: true });
      const hidden = await advocate('Hidden Person');
      const at = (iso: string) => new Date(iso);

      // Anna: four shares in one day (three count), one verified and clicked 25 times.
      const annaFirst = await makeShare(t, anna, items[0], {
        network: 'linkedin',
        at: at('2026-11-03T08:00:00Z'),
        verifiedAt: at('2026-11-03T09:00:00Z'),
      });
      for (const [index, item] of items.slice(1, 4).entries()) {
        await makeShare(t, anna, item, {
          network: 'linkedin',
          at: at(`2026-11-03T1${index}:00:00Z`),
        });
      }
      await makeClicks(
        t,
        Array.from({ length: 25 }, (_, n) => ({
          shareId: annaFirst,
          day: '2026-11-04',
          visitor: `visitor-${n}`,
        })),
      );
      // Bram: one item on two networks (it counts once), verified; another in October.
      await makeShare(t, bram, items[0], {
        network: 'linkedin',
        at: at('2026-11-05T08:00:00Z'),
        verifiedAt: at('2026-11-05T10:00:00Z'),
      });
      await makeShare(t, bram, items[0], { network: 'x', at: at('2026-11-05T09:00:00Z') });
      await makeShare(t, bram, items[1], {
        network: 'linkedin',
        at: at('2026-10-15T08:00:00Z'),
        verifiedAt: at('2026-10-15T09:00:00Z'),
      });
      // Cleo shared in October only; the hidden person has the most, and is never listed.
      await makeShare(t, cleo, items[2], { network: 'facebook', at: at('2026-10-20T08:00:00Z') });
      for (const [index, item] of items.slice(0, 3).entries()) {
        await makeShare(t, hidden, item, {
          network: 'linkedin',
          at: at(`2026-11-06T0${index}:00:00Z`),
          verifiedAt: at(`2026-11-06T0${index}:30:00Z`),
        });
      }

      await recountPoints(db, [anna.id, bram.id, cleo.id, hidden.id]);

      const shown = [anna, bram, cleo];
      for (const [period, from] of [
        ['month', NOVEMBER],
        ['quarter', OCTOBER],
      ] as [LeaderboardPeriod, string][]) {
        const served = (await board(anna.agent, period)).entries.map(
          (e: { rank: number; name: string; points: number }) => [e.rank, e.name, e.points],
        );
        expect(served).toEqual(await expectedBoard(shown, from));
      }
      // The data set is not trivial: caps and clicks decided the order.
      expect(await expectedBoard(shown, NOVEMBER)).toEqual([
        [1, 'Anna', 3 + 2 + 2],
        [2, 'Bram', 1 + 2],
        [3, 'Cleo', 0],
      ]);
    });
  });
});
