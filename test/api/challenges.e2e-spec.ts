import { DataSource } from 'typeorm';
import { ChallengeEnder } from '../../apps/api/src/challenges/challenge-ender';
import { Clock } from '../../apps/api/src/common/clock';
import {
  enroll,
  leaveProgramme,
  makeCampaign,
  makeClicks,
  makeGroup,
  makeItem,
  makeShare,
  makeTopic,
  placeInGroups,
  saveSettings,
} from '../support/factories';
import {
  createTestApp,
  makeUser,
  signIn,
  type MadeUser,
  type SignedInAgent,
  type TestApp,
} from '../support/test-app';
import type { Schema } from '../support/api-client';

/** "Today" for these tests, in the organisation's time zone (UTC: none was chosen). */
const TODAY = '2026-12-10';
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

describe('challenges', () => {
  let t: TestApp;
  let admin: MadeUser;
  let curatorUser: MadeUser;
  let curator: SignedInAgent;
  let clock: jest.SpyInstance<Date, []>;

  beforeEach(async () => {
    t = await createTestApp();
    clock = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(noon(TODAY));
    admin = await makeUser(t, { roles: ['admin'] });
    curatorUser = await makeUser(t, { roles: ['curator'], name: 'Carla Curator' });
    curator = await signIn(t, curatorUser);
  });
  afterEach(() => t.close());

  /** An enrolled employee, in `departmentId` when given. */
  async function advocate(departmentId?: string) {
    const person = await makeUser(t);
    await enroll(t, person);
    if (departmentId) await placeInGroups(t, admin, person, { departmentId });
    return person;
  }

  async function createChallenge(body: Partial<Schema<'CreateChallengeDto'>>) {
    const response = await curator.api
      .post('/api/challenges', {
        title: '100 verified shares by 20 December',
        metric: 'shares',
        target: 3,
        startsOn: '2026-12-01',
        endsOn: '2026-12-20',
        ...body,
      })
      .expect(201);
    return response.body as { id: string; progress: { count: number } };
  }

  const progressOf = async (id: string) => {
    const response = await curator.api.get('/api/challenges').expect(200);
    const found = (response.body as { id: string; progress: unknown }[]).find((c) => c.id === id);
    return found?.progress;
  };

  describe('progress', () => {
    it('counts shares of the campaign’s items made from the first to the last day by enrolled people', async () => {
      const campaign = await makeCampaign(t, curatorUser, { name: 'Winter launch' });
      const inCampaign = await makeItem(t, { status: 'approved', campaignId: campaign.id });
      const elsewhere = await makeItem(t, { status: 'approved' });
      const ann = await advocate();
      const bob = await advocate();
      const left = await advocate();
      const challenge = await createChallenge({ campaignId: campaign.id });

      await makeShare(t, ann, inCampaign, { network: 'linkedin', at: noon('2026-12-01') });
      await makeShare(t, ann, inCampaign, { network: 'x', at: noon('2026-12-09') });
      await makeShare(t, bob, inCampaign, { network: 'linkedin', at: noon('2026-12-05') });
      // Before its first day, another item, someone who left the programme: not counted.
      await makeShare(t, bob, inCampaign, { network: 'x', at: noon('2026-11-30') });
      await makeShare(t, ann, elsewhere, { network: 'mastodon', at: noon('2026-12-05') });
      await makeShare(t, left, inCampaign, { network: 'linkedin', at: noon('2026-12-05') });
      await leaveProgramme(t, left);

      expect(await progressOf(challenge.id)).toEqual({ count: 3, target: 3, reached: true });
    });

    it('counts verified shares and human clicks of a topic’s items', async () => {
      const topic = await makeTopic(t, curatorUser, 'Sustainability');
      const item = await makeItem(t, { status: 'approved', topicIds: [topic.id] });
      const ann = await advocate();
      const verified = await createChallenge({
        topicId: topic.id,
        metric: 'verified-shares',
        target: 2,
      });
      const clicks = await createChallenge({ topicId: topic.id, metric: 'clicks', target: 10 });

      const first = await makeShare(t, ann, item, {
        network: 'linkedin',
        at: noon('2026-12-02'),
        verifiedAt: noon('2026-12-02'),
      });
      await makeShare(t, ann, item, { network: 'x', at: noon('2026-12-03') });
      await makeClicks(t, [
        { shareId: first, day: '2026-12-03', visitor: 'a' },
        { shareId: first, day: '2026-12-04', visitor: 'b' },
        { shareId: first, day: '2026-12-04', kind: 'preview' },
        { shareId: first, day: '2026-12-04', kind: 'bot' },
      ]);

      expect(await progressOf(verified.id)).toEqual({ count: 1, target: 2, reached: false });
      expect(await progressOf(clicks.id)).toEqual({ count: 2, target: 10, reached: false });
    });

    it('counts only the people of its departments when it names some', async () => {
      const sales = await makeGroup(t, admin, 'department', 'Sales');
      const legal = await makeGroup(t, admin, 'department', 'Legal');
      const campaign = await makeCampaign(t, curatorUser, { name: 'Sales push' });
      const item = await makeItem(t, { status: 'approved', campaignId: campaign.id });
      const seller = await advocate(sales.id);
      const lawyer = await advocate(legal.id);
      const challenge = await createChallenge({
        campaignId: campaign.id,
        departmentIds: [sales.id],
      });
      await makeShare(t, seller, item, { network: 'linkedin', at: noon('2026-12-02') });
      await makeShare(t, lawyer, item, { network: 'linkedin', at: noon('2026-12-02') });

      expect(await progressOf(challenge.id)).toMatchObject({ count: 1 });
    });
  });

  describe('whom it concerns', () => {
    it('lists to each person the running and recently ended challenges for everyone or their department', async () => {
      const sales = await makeGroup(t, admin, 'department', 'Sales');
      const legal = await makeGroup(t, admin, 'department', 'Legal');
      const campaign = await makeCampaign(t, curatorUser, { name: 'Autumn' });
      await createChallenge({ campaignId: campaign.id, title: 'For everyone' });
      await createChallenge({
        campaignId: campaign.id,
        title: 'For sales',
        departmentIds: [sales.id],
      });
      await createChallenge({
        campaignId: campaign.id,
        title: 'For legal',
        departmentIds: [legal.id],
      });
      await createChallenge({
        campaignId: campaign.id,
        title: 'Not yet',
        startsOn: '2026-12-15',
        endsOn: '2026-12-31',
      });
      const seller = await signIn(t, await advocate(sales.id));
      const newcomer = await signIn(t, await makeUser(t));

      const titles = async (agent: SignedInAgent) =>
        ((await agent.api.get('/api/challenges/mine').expect(200)).body as { title: string }[])
          .map((challenge) => challenge.title)
          .sort();
      expect(await titles(seller)).toEqual(['For everyone', 'For sales']);
      expect(await titles(newcomer)).toEqual(['For everyone']);

      // An ended challenge stays listed 14 days after its last day, not 15.
      clock.mockReturnValue(noon('2027-01-03'));
      expect(await titles(seller)).toEqual(['For everyone', 'For sales', 'Not yet']);
      clock.mockReturnValue(noon('2027-01-04'));
      expect(await titles(seller)).toEqual(['Not yet']);
      clock.mockReturnValue(noon('2027-01-15'));
      expect(await titles(seller)).toEqual([]);
    });
  });

  describe('ending', () => {
    it('stores the result after the last day and tells every participant and the creator once', async () => {
      const sales = await makeGroup(t, admin, 'department', 'Sales');
      const campaign = await makeCampaign(t, curatorUser, { name: 'Year end' });
      const item = await makeItem(t, { status: 'approved', campaignId: campaign.id });
      const seller = await advocate(sales.id);
      const quiet = await advocate(sales.id);
      const outsider = await advocate();
      const challenge = await createChallenge({
        campaignId: campaign.id,
        departmentIds: [sales.id],
        title: 'Sales shares the year end',
        target: 2,
      });
      await makeShare(t, seller, item, { network: 'linkedin', at: noon('2026-12-20') });
      await makeShare(t, seller, item, { network: 'x', at: noon('2026-12-21') });
      const ender = t.app.get(ChallengeEnder);

      // Its last day is not over yet.
      expect(await ender.run(new Date('2026-12-20T23:59:00Z'))).toBe(0);
      expect(await ender.run(new Date('2026-12-21T00:01:00Z'))).toBe(1);
      expect(await ender.run(new Date('2026-12-21T01:00:00Z'))).toBe(0);

      const told = await t.app
        .get(DataSource)
        .query<{ user_id: string; params: Record<string, unknown>; link: string }[]>(
          `SELECT user_id, params, link FROM notifications WHERE kind = 'challenge.ended'`,
        );
      expect(told.map((notice) => notice.user_id).sort()).toEqual(
        [seller.id, quiet.id, curatorUser.id].sort(),
      );
      expect(told.map((notice) => notice.user_id)).not.toContain(outsider.id);
      expect(told[0]).toMatchObject({
        link: '/challenges',
        params: { title: 'Sales shares the year end', result: 1, target: 2, reached: 'no' },
      });

      // A share verified or made later changes nothing: the result is stored.
      await makeShare(t, quiet, item, { network: 'linkedin', at: noon('2026-12-19') });
      clock.mockReturnValue(noon('2026-12-22'));
      expect(await progressOf(challenge.id)).toEqual({ count: 1, target: 2, reached: false });
      const audit = await signIn(t, admin);
      const entries = await audit.api.get(`/api/audit?targetId=${challenge.id}`).expect(200);
      expect(entries.body.items.map((entry: { action: string }) => entry.action)).toEqual([
        'challenge.ended',
        'challenge.created',
      ]);
    });

    it('ends a challenge when its last day is over in the organisation’s time zone', async () => {
      await saveSettings(t, admin, { timeZone: 'Pacific/Auckland' });
      const campaign = await makeCampaign(t, curatorUser, { name: 'Down under' });
      await createChallenge({ campaignId: campaign.id, endsOn: '2026-12-20' });
      const ender = t.app.get(ChallengeEnder);

      // 23:30 on the 20th in Auckland (UTC+13), then 00:30 on the 21st.
      expect(await ender.run(new Date('2026-12-20T10:30:00Z'))).toBe(0);
      expect(await ender.run(new Date('2026-12-20T11:30:00Z'))).toBe(1);
    });
  });

  describe('editing', () => {
    it('keeps a started challenge’s metric, refuses changes once ended, and deletes only upcoming ones', async () => {
      const campaign = await makeCampaign(t, curatorUser, { name: 'Rules' });
      const running = await createChallenge({ campaignId: campaign.id });
      const upcoming = await createChallenge({
        campaignId: campaign.id,
        startsOn: '2026-12-11',
        endsOn: '2026-12-12',
      });

      const metric = await curator.api
        .patch(`/api/challenges/${running.id}`, { metric: 'clicks' })
        .expect(409);
      expect(metric.body.message).toContain('has started');
      await curator.api.patch(`/api/challenges/${running.id}`, { target: 50 }).expect(200);
      await curator.api.delete(`/api/challenges/${running.id}`).expect(409);
      await curator.api.patch(`/api/challenges/${upcoming.id}`, { metric: 'clicks' }).expect(200);
      await curator.api.delete(`/api/challenges/${upcoming.id}`).expect(204);

      clock.mockReturnValue(noon('2026-12-21'));
      const ended = await curator.api
        .patch(`/api/challenges/${running.id}`, { title: 'Too late' })
        .expect(409);
      expect(ended.body.message).toContain('has ended');
    });

    it('moves a challenge from its campaign to a topic when given one, named in every language', async () => {
      const campaign = await makeCampaign(t, curatorUser, { name: 'Moving' });
      const topic = await curator.api
        .post('/api/topics', { name: 'Careers', names: { fr: 'Carrières' } })
        .expect(201);
      const challenge = await createChallenge({ campaignId: campaign.id });

      const moved = await curator.api
        .patch(`/api/challenges/${challenge.id}`, { topicId: topic.body.id })
        .expect(200);
      expect(moved.body).toMatchObject({
        campaign: null,
        topic: { id: topic.body.id, name: 'Careers', names: { fr: 'Carrières' } },
      });
    });
  });

  describe('validation', () => {
    it('refuses a challenge about both or neither a campaign and a topic, or with bad dates', async () => {
      const campaign = await makeCampaign(t, curatorUser, { name: 'Checks' });
      const topic = await makeTopic(t, curatorUser, 'Checks');
      const base = { title: 'X', metric: 'shares', target: 5 };
      const refused = async (body: Record<string, unknown>) =>
        (
          await curator.agent
            .post('/api/challenges')
            .set('X-XSRF-TOKEN', curator.xsrf)
            .send({ ...base, startsOn: '2026-12-01', endsOn: '2026-12-20', ...body })
            .expect(400)
        ).body.message as string;

      expect(await refused({ campaignId: campaign.id, topicId: topic.id })).toContain(
        'not both and not neither',
      );
      expect(await refused({})).toContain('not both and not neither');
      expect(
        await refused({ campaignId: campaign.id, startsOn: '2026-12-20', endsOn: '2026-12-19' }),
      ).toContain('must not be before the first day');
      expect(
        await refused({ campaignId: campaign.id, startsOn: '2026-11-01', endsOn: '2026-12-09' }),
      ).toContain('already past');
      expect(
        await refused({ campaignId: campaign.id, startsOn: '2026-12-01', endsOn: '2027-12-31' }),
      ).toContain('at most 366 days');
      expect(await refused({ campaignId: campaign.id, target: 0 })).toContain('target');
      expect(await refused({ campaignId: campaign.id, metric: 'points' })).toContain('metric');
      expect(await refused({ campaignId: campaign.id, startsOn: '2026-02-30' })).toContain(
        'startsOn',
      );
      expect(await refused({ campaignId: campaign.id, departmentIds: [topic.id] })).toContain(
        topic.id,
      );
      const count = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM challenges`);
      expect(count).toEqual([{ n: 0 }]);
    });
  });

  describe('authorization', () => {
    it('lets curators and admins set and list challenges, analysts read the report, employees their own', async () => {
      const employee = await signIn(t, await advocate());
      const analyst = await signIn(t, await makeUser(t, { roles: ['analyst'] }));
      const campaign = await makeCampaign(t, curatorUser, { name: 'Access' });
      const challenge = await createChallenge({ campaignId: campaign.id });

      await employee.api
        .post('/api/challenges', {
          title: 'Mine',
          metric: 'shares',
          target: 1,
          campaignId: campaign.id,
          startsOn: TODAY,
          endsOn: TODAY,
        })
        .expect(403);
      await employee.api.get('/api/challenges').expect(403);
      await employee.api.patch(`/api/challenges/${challenge.id}`, { target: 1 }).expect(403);
      await employee.api.get('/api/challenges/report?from=2026-12-01&to=2026-12-31').expect(403);
      await employee.api.get('/api/challenges/mine').expect(200);
      await analyst.agent
        .post('/api/challenges')
        .set('X-XSRF-TOKEN', analyst.xsrf)
        .send({})
        .expect(403);

      const report = await analyst.api
        .get('/api/challenges/report?from=2026-12-15&to=2026-12-31')
        .expect(200);
      expect(report.body.map((c: { id: string }) => c.id)).toEqual([challenge.id]);
      const before = await analyst.api
        .get('/api/challenges/report?from=2026-11-01&to=2026-11-30')
        .expect(200);
      expect(before.body).toEqual([]);
    });
  });
});
